import { useMutation, useQueryClient } from '@tanstack/react-query';
import { migrateLb } from '../../../api/scaleway-lb/client';
import { invalidateSubscribers, lbQueries } from '../../../api/scaleway-lb/queries';

/** The load balancer is briefly unavailable while it moves to the new type. */
export function useMigrateLb(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: string) => migrateLb({ region, lbId, body: { type: vars } }),
    onSuccess: (lb) => {
      queryClient.setQueryData(lbQueries.detail(region, lbId).queryKey, lb);
      return invalidateSubscribers(queryClient);
    },
  });
}
