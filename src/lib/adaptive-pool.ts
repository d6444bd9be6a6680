import type { Outcome, RunResult } from '../api/bounded';
import { isRateLimited, rateLimitDelayMs } from '../api/rate-limit';

/**
 * Runs one async task per item with a concurrency that adapts to the API's
 * rate limit (AIMD, as TCP does with congestion):
 * - it starts at `initial` (6) tasks in flight;
 * - each time as many tasks succeed in a row as the current limit (one
 *   "round"), the limit grows by one, up to `max` (additive increase);
 * - a rate-limited task (429) halves the limit, down to `min` (multiplicative
 *   decrease). The tasks that were already in flight when it halved meet the
 *   same limit: their 429s do not halve it again, so one burst of 429s counts
 *   once;
 * - the rate-limited task goes back to the front of the queue and nothing new
 *   starts until its backoff (the server's Retry-After, else exponential) has
 *   passed. A task is never reported failed because of a rate limit.
 *
 * Other failures are reported once (the caller decides about retrying them).
 * Aborting the signal stops starting tasks, aborts those in flight (the worker
 * gets the signal), drops the waiting ones, and the result says it was
 * cancelled. Pure: no React, no I/O of its own, timers only for the backoff.
 */
export interface PoolProgress {
  total: number;
  /** Items finished (succeeded or failed for good). */
  settled: number;
  inFlight: number;
  /** Items waiting for their backoff after a rate limit. */
  backingOff: number;
  /** The current concurrency limit. */
  limit: number;
  /** Requests started, retries included. */
  requests: number;
  /** Answers that were a rate limit. */
  rateLimited: number;
}

export interface AdaptivePoolOptions<T, R> {
  initial?: number;
  min?: number;
  max?: number;
  signal?: AbortSignal;
  /** Called once per item that finished, in completion order; never for a rate limit or an item cut short by a cancel. */
  onSettled?: (outcome: Outcome<T, R>) => void;
  /** Called whenever the counts change. */
  onProgress?: (progress: PoolProgress) => void;
  /** Which errors are a rate limit (default: HTTP 429 / Nexigon `RateLimited`). */
  isRateLimited?: (error: unknown) => boolean;
  /** The pause before the `attempt`-th retry (0-based) of a rate-limited item (default: Retry-After, else exponential backoff). */
  backoffMs?: (attempt: number, error: unknown) => number;
}

export interface AdaptiveRunResult<T, R> extends RunResult<T, R> {
  progress: PoolProgress;
  /** The highest limit reached. */
  peakLimit: number;
}

export const POOL_DEFAULTS = { initial: 6, min: 1, max: 48 } as const;

export function runAdaptive<T, R>(
  items: readonly T[],
  worker: (item: T, signal: AbortSignal) => Promise<R>,
  options: AdaptivePoolOptions<T, R> = {},
): Promise<AdaptiveRunResult<T, R>> {
  const min = Math.max(1, Math.floor(options.min ?? POOL_DEFAULTS.min));
  const max = Math.max(min, Math.floor(options.max ?? POOL_DEFAULTS.max));
  const rateLimitedError = options.isRateLimited ?? isRateLimited;
  const backoff = options.backoffMs ?? ((attempt: number, error: unknown) => rateLimitDelayMs(attempt, error));
  const controller = new AbortController();
  const outer = options.signal;

  const outcomes = new Array<Outcome<T, R> | undefined>(items.length).fill(undefined);
  const ready: number[] = items.map((_, i) => i);
  const attempts = new Map<number, number>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const progress: PoolProgress = {
    total: items.length,
    settled: 0,
    inFlight: 0,
    backingOff: 0,
    limit: Math.min(max, Math.max(min, Math.floor(options.initial ?? POOL_DEFAULTS.initial))),
    requests: 0,
    rateLimited: 0,
  };
  let peakLimit = progress.limit;
  // Successes in a row since the limit last changed.
  let streak = 0;
  // Bumped on every decrease; a 429 from a task started before it does not decrease again.
  let epoch = 0;
  let pausedUntil = 0;
  let pauseTimer: ReturnType<typeof setTimeout> | null = null;

  return new Promise((resolve) => {
    let finished = false;
    const report = () => options.onProgress?.({ ...progress });
    const later = (ms: number, fn: () => void) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        fn();
      }, ms);
      timers.add(timer);
      return timer;
    };

    const finish = () => {
      if (finished) return;
      finished = true;
      for (const timer of timers) clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
      resolve({ outcomes, cancelled: controller.signal.aborted, progress: { ...progress }, peakLimit });
    };

    const pump = () => {
      if (finished) return;
      if (controller.signal.aborted) {
        // The tasks in flight reject with the abort; wait for them so none outlives the run.
        if (progress.inFlight === 0) finish();
        return;
      }
      if (progress.settled === items.length) return finish();
      const wait = pausedUntil - Date.now();
      if (wait > 0) {
        if (pauseTimer) clearTimeout(pauseTimer);
        pauseTimer = later(wait, () => {
          pauseTimer = null;
          pump();
        });
        return;
      }
      while (progress.inFlight < progress.limit && ready.length > 0) start(ready.shift() as number);
    };

    const start = (index: number) => {
      const item = items[index] as T;
      const startedIn = epoch;
      progress.inFlight++;
      progress.requests++;
      report();
      worker(item, controller.signal).then(
        (value) => settle(index, startedIn, { ok: true, item, index, value }),
        (error: unknown) => settle(index, startedIn, { ok: false, item, index, error }),
      );
    };

    const settle = (index: number, startedIn: number, outcome: Outcome<T, R>) => {
      progress.inFlight--;
      if (controller.signal.aborted) {
        // Cut short by the cancel: not the item's outcome.
        report();
        return pump();
      }
      if (!outcome.ok && rateLimitedError(outcome.error)) {
        progress.rateLimited++;
        if (startedIn === epoch) {
          progress.limit = Math.max(min, Math.floor(progress.limit / 2));
          epoch++;
          streak = 0;
        }
        const attempt = attempts.get(index) ?? 0;
        attempts.set(index, attempt + 1);
        const delay = Math.max(0, backoff(attempt, outcome.error));
        pausedUntil = Math.max(pausedUntil, Date.now() + delay);
        progress.backingOff++;
        later(delay, () => {
          progress.backingOff--;
          // First in line again: a retried item does not wait behind the whole queue.
          ready.unshift(index);
          pump();
        });
        report();
        return pump();
      }
      if (outcome.ok && ++streak >= progress.limit && progress.limit < max) {
        progress.limit++;
        peakLimit = Math.max(peakLimit, progress.limit);
        streak = 0;
      }
      outcomes[index] = outcome;
      progress.settled++;
      options.onSettled?.(outcome);
      report();
      pump();
    };

    function onAbort() {
      controller.abort(outer?.reason);
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      progress.backingOff = 0;
      pump();
    }
    if (outer?.aborted) controller.abort(outer.reason);
    else outer?.addEventListener('abort', onAbort, { once: true });
    pump();
  });
}
