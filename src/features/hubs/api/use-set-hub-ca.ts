import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setHubCa } from '../../../api/scaleway-iot/client';
import type { SetHubCaRequest } from '../../../api/scaleway-iot/types';
import { hubQueries } from './hub-queries';

export function useSetHubCa(region: string, hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetHubCaRequest) => setHubCa({ region, hubId, body }),
    meta: { errorNotification: false },
    onSuccess: (hub) => {
      queryClient.setQueryData(hubQueries.detail(region, hubId).queryKey, hub);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: hubQueries.ca(region, hubId).queryKey }),
        queryClient.invalidateQueries({ queryKey: hubQueries.lists() }),
      ]);
    },
  });
}
