import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cancelDeviceOperation } from '../../../api/nexigon/client';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';

/** Cancels a pending or running operation; the device's operations refetch (and polling stops once all have settled). */
export function useCancelOperation(deviceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deviceOperationId: string) => cancelDeviceOperation({ deviceOperationId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: nexigonDeviceQueries.operationsKey(deviceId) }),
  });
}
