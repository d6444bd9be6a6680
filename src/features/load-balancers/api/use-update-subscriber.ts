import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateSubscriber } from '../../../api/scaleway-lb/client';
import type { UpdateSubscriberRequest } from '../../../api/scaleway-lb/types';
import { invalidateSubscribers } from '../../../api/scaleway-lb/queries';

export function useUpdateSubscriber(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { subscriberId: string; body: UpdateSubscriberRequest }) => updateSubscriber({ region, ...vars }),
    onSuccess: () => invalidateSubscribers(queryClient),
  });
}
