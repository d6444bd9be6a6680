import { useMutation, useQueryClient } from '@tanstack/react-query';
import { removeNamespace } from '../../../api/akamai/client';
import { namespaceQueries } from '../../../api/akamai/queries';

export function useRemoveNamespace(namespace: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => removeNamespace({ namespace }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: namespaceQueries.namespaceKey(namespace) });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: namespaceQueries.listsKey() }),
        queryClient.invalidateQueries({ queryKey: namespaceQueries.searchesKey() }),
      ]);
    },
  });
}
