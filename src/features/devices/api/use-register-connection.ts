import { useMutation, useQueryClient } from '@tanstack/react-query';
import { registerDeviceConnection } from '../../../api/nexigon/client';
import { invalidateDevice } from '../../../api/nexigon/queries';

/** Registers a connection as a cluster node would; the device's connections and online state (here and in the list) refetch. */
export function useRegisterConnection(deviceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ nodeId, connectionId }: { nodeId: string; connectionId: string }) => registerDeviceConnection({ deviceId, nodeId, connectionId }),
    onSuccess: () => invalidateDevice(queryClient, deviceId, { fleet: true }),
  });
}
