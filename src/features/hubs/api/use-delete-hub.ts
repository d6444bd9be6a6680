import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteHub } from '../../../api/scaleway-iot/client';
import { hubQueries } from './hub-queries';

export function useDeleteHub(region: string, hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deleteDevices: boolean) => deleteHub({ region, hubId, deleteDevices }),
    // The dialog explains a refusal in words, next to the option that fixes it.
    meta: { errorNotification: false },
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: hubQueries.detail(region, hubId).queryKey });
      return queryClient.invalidateQueries({ queryKey: hubQueries.lists() });
    },
  });
}
