import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unsubscribeFromLb } from '../../../api/scaleway-lb/client';
import { invalidateSubscribers, lbQueries } from '../../../api/scaleway-lb/queries';

export function useUnsubscribeLb(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lbId: string) => unsubscribeFromLb({ region, lbId }),
    meta: { notifyError: 'unsubscribe the load balancer from alerts' },
    onSuccess: (lb) => {
      queryClient.setQueryData(lbQueries.detail(region, lb.id).queryKey, lb);
      return invalidateSubscribers(queryClient);
    },
  });
}
