/**
 * Runs one async task per item with at most `limit` in flight, so a scan of
 * thousands of devices does not flood the API. Pure (no React, no I/O of its
 * own): the caller's worker does the requests.
 *
 * - Each item settles on its own: a failure is reported and the run goes on.
 * - Aborting the signal stops starting new items and aborts the ones in
 *   flight (the worker gets the signal); aborted items are not reported as
 *   failures, and the result says the run was cancelled.
 */
export type Outcome<T, R> = { ok: true; item: T; index: number; value: R } | { ok: false; item: T; index: number; error: unknown };

export interface RunOptions<T, R> {
  limit?: number;
  signal?: AbortSignal;
  /** Called once per item that finished (in completion order), not for items cut short by a cancel. */
  onSettled?: (outcome: Outcome<T, R>) => void;
}

export interface RunResult<T, R> {
  /** In the items' order; `undefined` for items never finished (cancelled). */
  outcomes: Array<Outcome<T, R> | undefined>;
  cancelled: boolean;
}

export const DEFAULT_SCAN_CONCURRENCY = 6;

export async function runBounded<T, R>(items: readonly T[], worker: (item: T, signal: AbortSignal) => Promise<R>, options: RunOptions<T, R> = {}): Promise<RunResult<T, R>> {
  const limit = Math.max(1, Math.floor(options.limit ?? DEFAULT_SCAN_CONCURRENCY));
  const controller = new AbortController();
  const outer = options.signal;
  const onAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) controller.abort(outer.reason);
  else outer?.addEventListener('abort', onAbort, { once: true });

  const outcomes: Array<Outcome<T, R> | undefined> = new Array<Outcome<T, R> | undefined>(items.length).fill(undefined);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (!controller.signal.aborted && next < items.length) {
      const index = next++;
      const item = items[index] as T;
      let outcome: Outcome<T, R>;
      try {
        outcome = { ok: true, item, index, value: await worker(item, controller.signal) };
      } catch (error) {
        outcome = { ok: false, item, index, error };
      }
      // A request cut short by the cancel is not the device's failure.
      if (controller.signal.aborted) return;
      outcomes[index] = outcome;
      options.onSettled?.(outcome);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  } finally {
    outer?.removeEventListener('abort', onAbort);
  }
  return { outcomes, cancelled: controller.signal.aborted };
}
