import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reserveNamespace } from '../../../api/akamai/client';
import { namespaceQueries } from '../../../api/akamai/queries';

export function useReserveNamespace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (namespace: string) => reserveNamespace({ namespace }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: namespaceQueries.listsKey() }),
        queryClient.invalidateQueries({ queryKey: namespaceQueries.searchesKey() }),
      ]),
  });
}
