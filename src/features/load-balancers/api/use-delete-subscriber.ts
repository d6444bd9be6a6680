import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteSubscriber } from '../../../api/scaleway-lb/client';
import { lbQueries, subscriberQueries } from './lb-queries';

/** Load balancers subscribed to it stop sending alerts. */
export function useDeleteSubscriber(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: string) => deleteSubscriber({ region, subscriberId: vars }),
    // The form or dialog shows the error where the user can act on it.
    meta: { errorNotification: false },
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: subscriberQueries.all() }), queryClient.invalidateQueries({ queryKey: lbQueries.lbs() })]),
  });
}
