import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createSubscriber } from '../../../api/scaleway-lb/client';
import type { CreateSubscriberRequest } from '../../../api/scaleway-lb/types';
import { invalidateSubscribers } from '../../../api/scaleway-lb/queries';

export function useCreateSubscriber(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: CreateSubscriberRequest) => createSubscriber({ region, body: vars }),
    onSuccess: () => invalidateSubscribers(queryClient),
  });
}
