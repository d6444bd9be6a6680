import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../api/errors/api-error';
import { setHubEnabled } from '../../../api/scaleway-iot/client';
import type { Hub } from '../../../api/scaleway-iot/types';
import { hubQueries } from './hub-queries';

/**
 * Enable/disable is optimistic: the badge changes at once, and if the call
 * fails the previous hub is put back and the user is told why.
 */
export function useSetHubEnabled(region: string, hubId: string) {
  const queryClient = useQueryClient();
  const key = hubQueries.detail(region, hubId).queryKey;
  return useMutation({
    mutationFn: (enabled: boolean) => setHubEnabled({ region, hubId, enabled }),
    meta: { errorNotification: false },
    onMutate: async (enabled) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Hub>(key);
      if (previous) queryClient.setQueryData<Hub>(key, { ...previous, enabled, status: enabled ? 'enabling' : 'disabling' });
      return { previous };
    },
    onError: (error, enabled, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      notifications.show({
        color: 'red',
        title: `Could not ${enabled ? 'enable' : 'disable'} ${context?.previous?.name ?? 'the hub'}`,
        message: `${isApiError(error) ? error.message : 'Unknown error'}. The previous status was restored.`,
      });
    },
    onSuccess: (hub) => queryClient.setQueryData(key, hub),
    onSettled: () => queryClient.invalidateQueries({ queryKey: hubQueries.lists() }),
  });
}
