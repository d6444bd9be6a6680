import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteHub } from '../../../api/scaleway-iot/client';
import { hubQueries, invalidateHubs } from '../../../api/scaleway-iot/queries';

export function useDeleteHub(region: string, hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deleteDevices: boolean) => deleteHub({ region, hubId, deleteDevices }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: hubQueries.detail(region, hubId).queryKey });
      return invalidateHubs(queryClient);
    },
  });
}
