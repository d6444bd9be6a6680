import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setHubCa } from '../../../api/scaleway-iot/client';
import { hubQueries, invalidateHubs } from '../../../api/scaleway-iot/queries';
import type { SetHubCaRequest } from '../../../api/scaleway-iot/types';

/** A new CA shows on the hub, its CA tab, and the certificates overview at once. */
export function useSetHubCa(region: string, hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetHubCaRequest) => setHubCa({ region, hubId, body }),
    onSuccess: (hub) => {
      queryClient.setQueryData(hubQueries.detail(region, hubId).queryKey, hub);
      return invalidateHubs(queryClient, { region, hubId });
    },
  });
}
