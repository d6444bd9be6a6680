import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteDevice } from '../../../api/nexigon/client';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';

export function useDeleteDevice(deviceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteDevice({ deviceId }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: nexigonDeviceQueries.deviceKey(deviceId) });
      return queryClient.invalidateQueries({ queryKey: nexigonDeviceQueries.fleet().queryKey });
    },
  });
}
