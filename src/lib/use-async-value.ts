import { useEffect, useState } from 'react';

export type AsyncValue<T> = { status: 'idle' } | { status: 'pending' } | { status: 'done'; value: T } | { status: 'failed'; error: unknown };

/**
 * The result of an async computation over component state (parsing a pasted PEM, inspecting a
 * certificate chain), recomputed when `input` changes and dropped when it changes again first.
 *
 * Unlike a query, the input is never a cache key: pasted certificates and private keys stay in
 * component state and never reach the query cache, devtools or logs. `null` input means idle.
 */
export function useAsyncValue<I, T>(input: I | null, compute: (input: I) => Promise<T>): AsyncValue<T> {
  const [state, setState] = useState<{ input: I | null; result: AsyncValue<T> }>({ input: null, result: { status: 'idle' } });
  useEffect(() => {
    if (input === null) return undefined;
    let current = true;
    compute(input).then(
      (value) => current && setState({ input, result: { status: 'done', value } }),
      (error: unknown) => current && setState({ input, result: { status: 'failed', error } }),
    );
    return () => {
      current = false;
    };
    // `compute` is a stable module-level function at every call site; only the input drives it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [input]);
  if (input === null) return { status: 'idle' };
  // A result computed for an older input is never shown for the new one.
  return Object.is(state.input, input) ? state.result : { status: 'pending' };
}
