import { useMutation, useQueryClient } from '@tanstack/react-query';
import { migrateLb } from '../../../api/scaleway-lb/client';
import { lbQueries, subscriberQueries } from './lb-queries';

/** The load balancer is briefly unavailable while it moves to the new type. */
export function useMigrateLb(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: string) => migrateLb({ region, lbId, body: { type: vars } }),
    // The form or dialog shows the error where the user can act on it.
    meta: { errorNotification: false },
    onSuccess: (lb) => {
      queryClient.setQueryData(lbQueries.detail(region, lbId).queryKey, lb);
      return Promise.all([queryClient.invalidateQueries({ queryKey: lbQueries.lists() }), queryClient.invalidateQueries({ queryKey: subscriberQueries.all() })]);
    },
  });
}
