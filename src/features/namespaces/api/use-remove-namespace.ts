import type { QueryClient } from '@tanstack/react-query';
import { removeNamespace } from '../../../api/akamai/client';
import { namespaceQueries } from '../../../api/akamai/queries';
import { useDeleteResource } from '../../../lib/resource-mutations';

/** The namespace lists and name searches no longer hold it. */
const invalidateNamespaceLists = (queryClient: QueryClient) =>
  Promise.all([queryClient.invalidateQueries({ queryKey: namespaceQueries.listsKey() }), queryClient.invalidateQueries({ queryKey: namespaceQueries.searchesKey() })]);

export function useRemoveNamespace(namespace: string) {
  return useDeleteResource(() => removeNamespace({ namespace }), { queryKey: namespaceQueries.namespaceKey(namespace), invalidate: invalidateNamespaceLists });
}
