import { useMutation, useQueryClient } from '@tanstack/react-query';
import { removeDeviceProperty } from '../../../api/nexigon/client';
import { invalidateDevice } from '../../../api/nexigon/queries';

export function useRemoveProperty(deviceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => removeDeviceProperty({ deviceId, name }),
    onSuccess: () => invalidateDevice(queryClient, deviceId),
  });
}
