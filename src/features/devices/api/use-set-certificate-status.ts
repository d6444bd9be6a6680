import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setDeviceCertificateStatus } from '../../../api/nexigon/client';
import { nexigonDeviceQueries, invalidateDevice } from '../../../api/nexigon/queries';
import type { WireDeviceCertificateStatus } from '../../../api/nexigon/wire';
import { optimisticUpdate, patchQuery } from '../../../lib/optimistic-update';

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
    ...optimisticUpdate(queryClient, {
      patches: ({ certificateId, status }: Change) => [
        patchQuery(key, (device) => ({ ...device, certificates: device.certificates.map((c) => (c.certificateId === certificateId ? { ...c, status } : c)) })),
      ],
      failureTitle: ({ verb }) => `Could not ${verb} the certificate`,
      restored: 'the previous status',
      settle: () => invalidateDevice(queryClient, deviceId, { fleet: true }),
    }),
  });
}
