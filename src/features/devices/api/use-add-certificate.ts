import { useMutation, useQueryClient } from '@tanstack/react-query';
import { addDeviceCertificate } from '../../../api/nexigon/client';
import type { WireDeviceCertificateStatus } from '../../../api/nexigon/wire';
import { invalidateDevice } from './invalidate';

export function useAddCertificate(deviceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { fingerprint: string; status: WireDeviceCertificateStatus }) => addDeviceCertificate({ deviceId, ...input }),
    onSuccess: () => invalidateDevice(queryClient, deviceId, { fleet: true }),
  });
}
