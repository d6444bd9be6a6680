import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteSubscriber } from '../../../api/scaleway-lb/client';
import { invalidateSubscribers } from '../../../api/scaleway-lb/queries';

/** Load balancers subscribed to it stop sending alerts. */
export function useDeleteSubscriber(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: string) => deleteSubscriber({ region, subscriberId: vars }),
    onSuccess: () => invalidateSubscribers(queryClient),
  });
}
