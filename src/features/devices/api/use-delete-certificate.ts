import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteDeviceCertificate } from '../../../api/nexigon/client';
import { invalidateDevice } from '../../../api/nexigon/queries';

export function useDeleteCertificate(deviceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (certificateId: string) => deleteDeviceCertificate({ certificateId }),
    onSuccess: () => invalidateDevice(queryClient, deviceId, { fleet: true }),
  });
}
