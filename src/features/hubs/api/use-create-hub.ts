import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createHub } from '../../../api/scaleway-iot/client';
import { hubQueries, invalidateHubs } from '../../../api/scaleway-iot/queries';
import type { CreateHubRequest } from '../../../api/scaleway-iot/types';

export function useCreateHub(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateHubRequest) => createHub({ region, body }),
    onSuccess: (hub) => {
      queryClient.setQueryData(hubQueries.detail(region, hub.id).queryKey, hub);
      return invalidateHubs(queryClient);
    },
  });
}
