import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteLb } from '../../../api/scaleway-lb/client';
import { invalidateIps, invalidateSubscribers, lbQueries } from '../../../api/scaleway-lb/queries';

export function useDeleteLb(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (releaseIp: boolean) => deleteLb({ region, lbId, releaseIp }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: lbQueries.detail(region, lbId).queryKey });
      return Promise.all([invalidateIps(queryClient), invalidateSubscribers(queryClient)]);
    },
  });
}
