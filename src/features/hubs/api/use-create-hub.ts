import { createHub } from '../../../api/scaleway-iot/client';
import { hubQueries, invalidateHubs } from '../../../api/scaleway-iot/queries';
import type { CreateHubRequest } from '../../../api/scaleway-iot/types';
import { useCreateResource } from '../../../lib/resource-mutations';

export function useCreateHub(region: string) {
  return useCreateResource((body: CreateHubRequest) => createHub({ region, body }), { detailKey: (hub) => hubQueries.detail(region, hub.id).queryKey, invalidate: invalidateHubs });
}
