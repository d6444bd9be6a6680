import { createLb } from '../../../api/scaleway-lb/client';
import type { CreateLbRequest } from '../../../api/scaleway-lb/types';
import { invalidateIps, lbQueries } from '../../../api/scaleway-lb/queries';
import { useCreateResource } from '../../../lib/resource-mutations';

export function useCreateLb(region: string) {
  return useCreateResource((body: CreateLbRequest) => createLb({ region, body }), { detailKey: (lb) => lbQueries.detail(region, lb.id).queryKey, invalidate: invalidateIps });
}
