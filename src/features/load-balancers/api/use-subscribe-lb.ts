import { useMutation, useQueryClient } from '@tanstack/react-query';
import { subscribeToLb } from '../../../api/scaleway-lb/client';
import { lbQueries, subscriberQueries } from './lb-queries';

/** A load balancer has at most one alert subscriber: subscribing replaces the previous one. */
export function useSubscribeLb(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ lbId, subscriberId }: { lbId: string; subscriberId: string }) => subscribeToLb({ region, lbId, subscriberId }),
    meta: { errorNotification: true, action: 'subscribe the load balancer to alerts' },
    onSuccess: (lb) => {
      queryClient.setQueryData(lbQueries.detail(region, lb.id).queryKey, lb);
      return Promise.all([queryClient.invalidateQueries({ queryKey: lbQueries.lists() }), queryClient.invalidateQueries({ queryKey: subscriberQueries.all() })]);
    },
  });
}
