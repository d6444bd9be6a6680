import { deleteHub } from '../../../api/scaleway-iot/client';
import { hubQueries, invalidateHubs } from '../../../api/scaleway-iot/queries';
import { useDeleteResource } from '../../../lib/resource-mutations';

export function useDeleteHub(region: string, hubId: string) {
  return useDeleteResource((deleteDevices: boolean) => deleteHub({ region, hubId, deleteDevices }), { queryKey: hubQueries.detail(region, hubId).queryKey, invalidate: invalidateHubs });
}
