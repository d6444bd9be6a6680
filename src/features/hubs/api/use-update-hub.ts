import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateHub } from '../../../api/scaleway-iot/client';
import { hubQueries, invalidateHubs } from '../../../api/scaleway-iot/queries';
import type { UpdateHubRequest } from '../../../api/scaleway-iot/types';

/** `notifyErrors` for changes made outside a form (a switch), where nothing else would show the refusal. */
export function useUpdateHub(region: string, hubId: string, options: { notifyErrors?: boolean } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateHubRequest) => updateHub({ region, hubId, body }),
    meta: options.notifyErrors ? { notifyError: 'update the hub' } : undefined,
    onSuccess: (hub) => {
      queryClient.setQueryData(hubQueries.detail(region, hubId).queryKey, hub);
      return invalidateHubs(queryClient);
    },
  });
}
