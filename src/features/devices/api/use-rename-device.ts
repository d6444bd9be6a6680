import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setDeviceName } from '../../../api/nexigon/client';
import { nexigonDeviceQueries, invalidateDevice } from '../../../api/nexigon/queries';

export function useRenameDevice(deviceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => setDeviceName({ deviceId, name }),
    onSuccess: (_void, name) => {
      const key = nexigonDeviceQueries.detail(deviceId).queryKey;
      queryClient.setQueryData(key, (d) => (d ? { ...d, name: name.trim() || null } : d));
      return invalidateDevice(queryClient, deviceId, { fleet: true });
    },
  });
}
