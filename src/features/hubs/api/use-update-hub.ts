import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateHub } from '../../../api/scaleway-iot/client';
import type { UpdateHubRequest } from '../../../api/scaleway-iot/types';
import { hubQueries } from './hub-queries';

export function useUpdateHub(region: string, hubId: string, options: { notifyErrors?: boolean } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateHubRequest) => updateHub({ region, hubId, body }),
    meta: { errorNotification: options.notifyErrors ?? false, action: 'update the hub' },
    onSuccess: (hub) => {
      queryClient.setQueryData(hubQueries.detail(region, hubId).queryKey, hub);
      return queryClient.invalidateQueries({ queryKey: hubQueries.lists() });
    },
  });
}
