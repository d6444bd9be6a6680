import { useMutation, useQueryClient } from '@tanstack/react-query';
import { subscribeToLb } from '../../../api/scaleway-lb/client';
import { invalidateSubscribers, lbQueries } from '../../../api/scaleway-lb/queries';

/** A load balancer has at most one alert subscriber: subscribing replaces the previous one. */
export function useSubscribeLb(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ lbId, subscriberId }: { lbId: string; subscriberId: string }) => subscribeToLb({ region, lbId, subscriberId }),
    meta: { notifyError: 'subscribe the load balancer to alerts' },
    onSuccess: (lb) => {
      queryClient.setQueryData(lbQueries.detail(region, lb.id).queryKey, lb);
      return invalidateSubscribers(queryClient);
    },
  });
}
