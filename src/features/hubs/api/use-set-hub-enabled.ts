import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setHubEnabled } from '../../../api/scaleway-iot/client';
import { hubQueries, invalidateHubs } from '../../../api/scaleway-iot/queries';
import { optimisticUpdate, patchQuery } from '../../../lib/optimistic-update';

/** Enable/disable is optimistic: the badge changes at once; a refusal puts the previous status back and says so. */
export function useSetHubEnabled(region: string, hubId: string) {
  const queryClient = useQueryClient();
  const key = hubQueries.detail(region, hubId).queryKey;
  return useMutation({
    mutationFn: (enabled: boolean) => setHubEnabled({ region, hubId, enabled }),
    ...optimisticUpdate(queryClient, {
      patches: (enabled: boolean) => [patchQuery(key, (hub) => ({ ...hub, enabled, status: enabled ? ('enabling' as const) : ('disabling' as const) }))],
      failureTitle: (enabled) => `Could not ${enabled ? 'enable' : 'disable'} ${queryClient.getQueryData(key)?.name ?? 'the hub'}`,
      restored: 'the previous status',
      settle: () => invalidateHubs(queryClient),
    }),
    onSuccess: (hub) => queryClient.setQueryData(key, hub),
  });
}
