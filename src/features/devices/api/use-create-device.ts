import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createDevice } from '../../../api/nexigon/client';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';

export function useCreateDevice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { projectId: string; fingerprint: string }) => createDevice(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: nexigonDeviceQueries.fleet().queryKey }),
  });
}
