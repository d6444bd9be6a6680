import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createDeviceOperation, startDeviceOperation } from '../../../api/nexigon/client';
import { invalidateDevice } from '../../../api/nexigon/queries';

/** Runs one command as a single-step device operation, the API's way to reach a device on demand. */
export function useRunCommand(deviceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ command, input, timeoutSecs }: { command: string; input: unknown; timeoutSecs: number }) => {
      const deviceOperationId = await createDeviceOperation({
        deviceId,
        name: `Run ${command}`,
        description: 'Started from the console',
        steps: [{ kind: 'DeviceCommand', command, input, timeoutSecs }],
      });
      await startDeviceOperation({ deviceOperationId });
      return deviceOperationId;
    },
    onSuccess: () => invalidateDevice(queryClient, deviceId),
  });
}
