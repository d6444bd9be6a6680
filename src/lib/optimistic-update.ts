import { notifications } from '@mantine/notifications';
import type { DataTag, QueryClient, QueryKey } from '@tanstack/react-query';
import { errorMessage } from '../api/errors/api-error';

/** One cached query an optimistic change shows in, and how it changes there. */
export interface CachePatch {
  queryKey: QueryKey;
  /** Receives the cached data (never undefined: uncached queries are left alone). */
  update: (data: unknown) => unknown;
}

/** A typed patch: the key comes from a query factory, so `update` sees that query's data type. */
export function patchQuery<T, E>(queryKey: DataTag<QueryKey, T, E>, update: (data: T) => T): CachePatch {
  return { queryKey, update: (data) => update(data as T) };
}

interface Snapshot {
  queryKey: QueryKey;
  data: unknown;
}

export interface OptimisticOptions<V> {
  /** The cached queries the change shows in, and how each changes. */
  patches: (variables: V) => CachePatch[];
  /** The notification title when the server refuses, e.g. "Could not enable telemetry-hub". */
  failureTitle: (variables: V, error: unknown) => string;
  /** What is put back, for the message: "the previous status", "the previous order"… */
  restored?: string;
  /** Runs once the server answered either way (usually the resource's invalidation helper). */
  settle?: (variables: V) => Promise<unknown> | unknown;
}

export interface OptimisticContext {
  snapshots: Snapshot[];
}

/**
 * The one way a mutation updates the screen before the server answers: cancel the queries it
 * touches (so a refetch in flight cannot overwrite the change), snapshot them, apply the change,
 * and on a refusal put every snapshot back and tell the user what was restored. Spread the
 * result into `useMutation`; the change is never silently lost (see MutationLeaveGuard for the
 * tab closing while it is in flight).
 */
export function optimisticUpdate<V>(queryClient: QueryClient, options: OptimisticOptions<V>) {
  const restored = options.restored ?? 'the previous state';
  return {
    onMutate: async (variables: V): Promise<OptimisticContext> => {
      const patches = options.patches(variables);
      await Promise.all(patches.map((p) => queryClient.cancelQueries({ queryKey: p.queryKey, exact: true })));
      const snapshots = patches.map((p) => ({ queryKey: p.queryKey, data: queryClient.getQueryData(p.queryKey) }));
      for (const p of patches) {
        const data = queryClient.getQueryData(p.queryKey);
        if (data !== undefined) queryClient.setQueryData(p.queryKey, p.update(data));
      }
      return { snapshots };
    },
    onError: (error: unknown, variables: V, context: OptimisticContext | undefined) => {
      for (const s of context?.snapshots ?? []) queryClient.setQueryData(s.queryKey, s.data);
      const reason = errorMessage(error, 'Unknown error').replace(/\.$/, '');
      notifications.show({ color: 'red', title: options.failureTitle(variables, error), message: `${reason}. ${capitalise(restored)} was restored.` });
    },
    onSettled: (_data: unknown, _error: unknown, variables: V) => options.settle?.(variables),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
