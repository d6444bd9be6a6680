import type { QueryClient } from '@tanstack/react-query';
import { deleteLb } from '../../../api/scaleway-lb/client';
import { invalidateIps, invalidateSubscribers, lbQueries } from '../../../api/scaleway-lb/queries';
import { useDeleteResource } from '../../../lib/resource-mutations';

/** Its flexible IPs are released or detached, and its alert subscription goes with it. */
const invalidateLbDependents = (queryClient: QueryClient) => Promise.all([invalidateIps(queryClient), invalidateSubscribers(queryClient)]);

export function useDeleteLb(region: string, lbId: string) {
  return useDeleteResource((releaseIp: boolean) => deleteLb({ region, lbId, releaseIp }), { queryKey: lbQueries.detail(region, lbId).queryKey, invalidate: invalidateLbDependents });
}
