import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateSubscriber } from '../../../api/scaleway-lb/client';
import type { UpdateSubscriberRequest } from '../../../api/scaleway-lb/types';
import { subscriberQueries } from './lb-queries';

export function useUpdateSubscriber(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { subscriberId: string; body: UpdateSubscriberRequest }) => updateSubscriber({ region, ...vars }),
    // The form or dialog shows the error where the user can act on it.
    meta: { errorNotification: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subscriberQueries.all() }),
  });
}
