import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unregisterDeviceConnection } from '../../../api/nexigon/client';
import type { ConnectionEndReason } from '../../../api/nexigon/types';
import { invalidateDevice } from '../../../api/nexigon/queries';

/** Ends a connection as its cluster node would, with the reason; the device's connections and online state refetch. */
export function useUnregisterConnection(deviceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { connectionId: string; endReason: ConnectionEndReason }) => unregisterDeviceConnection(input),
    onSuccess: () => invalidateDevice(queryClient, deviceId, { fleet: true }),
  });
}
