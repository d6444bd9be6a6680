import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../../api/errors/api-error';
import { setDeviceCertificateStatus } from '../../../api/nexigon/client';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';
import type { WireDeviceCertificateStatus } from '../../../api/nexigon/wire';
import { invalidateDevice } from './invalidate';

interface Change {
  certificateId: string;
  status: WireDeviceCertificateStatus;
  /** For the messages, e.g. "approve". */
  verb: string;
}

/** Optimistic: the badge changes at once; a refusal puts the previous status back and says so. */
export function useSetCertificateStatus(deviceId: string) {
  const queryClient = useQueryClient();
  const key = nexigonDeviceQueries.detail(deviceId).queryKey;
  return useMutation({
    mutationFn: ({ certificateId, status }: Change) => setDeviceCertificateStatus({ certificateId, status }),
    onMutate: async ({ certificateId, status }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData(key);
      if (previous) {
        queryClient.setQueryData(key, { ...previous, certificates: previous.certificates.map((c) => (c.certificateId === certificateId ? { ...c, status } : c)) });
      }
      return { previous };
    },
    onError: (error, { verb }, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      notifications.show({
        color: 'red',
        title: `Could not ${verb} the certificate`,
        message: `${errorMessage(error, 'Unknown error')}. The previous status was restored.`,
      });
    },
    onSettled: () => invalidateDevice(queryClient, deviceId, { fleet: true }),
  });
}
