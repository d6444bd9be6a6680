import { useMutation, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';

/** Refreshes what shows a resource after it changed (the provider's `invalidate…` helper). */
type Invalidate = (queryClient: QueryClient) => Promise<unknown>;

/**
 * A create: the new resource's detail query starts from the API's answer (its page opens without
 * a fetch), then the lists and views that show it refresh.
 */
export function useCreateResource<V, T>(create: (variables: V) => Promise<T>, { detailKey, invalidate }: { detailKey: (created: T) => QueryKey; invalidate: Invalidate }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: create,
    onSuccess: (created) => {
      queryClient.setQueryData(detailKey(created), created);
      return invalidate(queryClient);
    },
  });
}

/**
 * A delete: the resource's own queries go (refetching them would only find it gone), then the
 * lists and views that showed it refresh.
 */
export function useDeleteResource<V = void>(remove: (variables: V) => Promise<unknown>, { queryKey, invalidate }: { queryKey: QueryKey; invalidate: Invalidate }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: remove,
    onSuccess: () => {
      queryClient.removeQueries({ queryKey });
      return invalidate(queryClient);
    },
  });
}
