import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unsubscribeFromLb } from '../../../api/scaleway-lb/client';
import { lbQueries, subscriberQueries } from './lb-queries';

export function useUnsubscribeLb(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lbId: string) => unsubscribeFromLb({ region, lbId }),
    meta: { errorNotification: true, action: 'unsubscribe the load balancer from alerts' },
    onSuccess: (lb) => {
      queryClient.setQueryData(lbQueries.detail(region, lb.id).queryKey, lb);
      return Promise.all([queryClient.invalidateQueries({ queryKey: lbQueries.lists() }), queryClient.invalidateQueries({ queryKey: subscriberQueries.all() })]);
    },
  });
}
