import { QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { ReactNode } from 'react';
import { createTestQueryClient } from './render';

/**
 * Renders a mutation hook over a fresh query cache that holds `data` at `queryKey`, for the
 * optimistic hooks' tests: `cached()` reads what the cache shows now (the optimistic value, the
 * server's answer, or the restored snapshot).
 */
export function renderCachedHook<R, T>(useHook: () => R, queryKey: QueryKey, data: T) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(queryKey, data);
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  const { result } = renderHook(useHook, { wrapper });
  return { result, queryClient, cached: () => queryClient.getQueryData<T>(queryKey) };
}

/** Runs the mutation and waits for the server's refusal (the moment a rollback must have happened). */
export async function mutateUntilRefused<V>(result: { current: { mutate: (variables: V) => void; isError: boolean } }, variables: V) {
  act(() => result.current.mutate(variables));
  await waitFor(() => expect(result.current.isError).toBe(true));
}
