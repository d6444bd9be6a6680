import { useMutation, useQueryClient } from '@tanstack/react-query';
import { addDeviceCertificate } from '../../../api/nexigon/client';
import { nexigonDeviceQueries, invalidateDevice } from '../../../api/nexigon/queries';
import type { WireDeviceCertificateStatus } from '../../../api/nexigon/wire';

export function useAddCertificate(deviceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { fingerprint: string; status: WireDeviceCertificateStatus }) => addDeviceCertificate({ deviceId, ...input }),
    // Waits for the device's own data (the form checks duplicates against it), not for the whole fleet:
    // the form resets when this settles, and a slow fleet refresh must not wipe what the user typed meanwhile.
    onSuccess: () => {
      void invalidateDevice(queryClient, deviceId, { fleet: true });
      return queryClient.refetchQueries({ queryKey: nexigonDeviceQueries.detail(deviceId).queryKey });
    },
  });
}
