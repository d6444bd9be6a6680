import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createSubscriber } from '../../../api/scaleway-lb/client';
import type { CreateSubscriberRequest } from '../../../api/scaleway-lb/types';
import { subscriberQueries } from './lb-queries';

export function useCreateSubscriber(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: CreateSubscriberRequest) => createSubscriber({ region, body: vars }),
    // The form or dialog shows the error where the user can act on it.
    meta: { errorNotification: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subscriberQueries.all() }),
  });
}
