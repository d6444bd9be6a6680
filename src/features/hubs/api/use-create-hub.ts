import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createHub } from '../../../api/scaleway-iot/client';
import type { CreateHubRequest } from '../../../api/scaleway-iot/types';
import { hubQueries } from './hub-queries';

export function useCreateHub(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateHubRequest) => createHub({ region, body }),
    // The form shows field errors where they belong.
    meta: { errorNotification: false },
    onSuccess: (hub) => {
      queryClient.setQueryData(hubQueries.detail(region, hub.id).queryKey, hub);
      return queryClient.invalidateQueries({ queryKey: hubQueries.lists() });
    },
  });
}
