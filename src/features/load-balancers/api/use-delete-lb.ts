import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteLb } from '../../../api/scaleway-lb/client';
import { ipQueries, lbQueries, subscriberQueries } from './lb-queries';

export function useDeleteLb(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (releaseIp: boolean) => deleteLb({ region, lbId, releaseIp }),
    // The dialog explains a refusal next to the choice.
    meta: { errorNotification: false },
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: lbQueries.detail(region, lbId).queryKey });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: lbQueries.lists() }),
        queryClient.invalidateQueries({ queryKey: ipQueries.all() }),
        queryClient.invalidateQueries({ queryKey: subscriberQueries.all() }),
      ]);
    },
  });
}
