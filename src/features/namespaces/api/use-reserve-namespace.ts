import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reserveNamespace } from '../../../api/akamai/client';
import { namespaceQueries } from './namespace-queries';

export function useReserveNamespace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (namespace: string) => reserveNamespace({ namespace }),
    // The dialog puts the API's objection (invalid, already reserved) at the name field.
    meta: { errorNotification: false },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: namespaceQueries.lists() }),
        queryClient.invalidateQueries({ queryKey: namespaceQueries.searches() }),
      ]),
  });
}
