import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors/api-error';
import { runAdaptive, type PoolProgress } from './adaptive-pool';

const LATENCY = 10;
const rateLimited = () => new ApiError({ provider: 'nexigon', status: 429, code: 'RateLimited', message: 'slow down' });

/**
 * A fake API: each call answers after LATENCY ms; `limited(call)` decides, when the call starts,
 * whether it is rate-limited. Records the calls' concurrency and start times.
 */
function fakeApi(limited: (call: { n: number; inFlight: number; item: number }) => boolean = () => false) {
  let inFlight = 0;
  const starts: Array<{ item: number; at: number; inFlight: number }> = [];
  const signals: AbortSignal[] = [];
  let peak = 0;
  const worker = (item: number, signal: AbortSignal) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    starts.push({ item, at: Date.now(), inFlight });
    signals.push(signal);
    const limit = limited({ n: starts.length, inFlight, item });
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        inFlight--;
        if (limit) reject(rateLimited());
        else resolve(item * 2);
      }, LATENCY);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        inFlight--;
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  };
  return { worker, starts, signals, peak: () => peak };
}

const items = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Runs the pool to the end under fake timers. */
async function run<T>(promise: Promise<T>): Promise<T> {
  await vi.runAllTimersAsync();
  return promise;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => vi.useRealTimers());

describe('runAdaptive', () => {
  it('starts at 6 and grows by one per round of successes', async () => {
    const api = fakeApi();
    const limits: number[] = [];
    const result = await run(runAdaptive(items(200), api.worker, { onProgress: (p) => limits.push(p.limit) }));
    expect(limits[0]).toBe(6);
    expect(api.starts.slice(0, 7).map((s) => s.at)).toEqual([0, 0, 0, 0, 0, 0, LATENCY]);
    for (let i = 1; i < limits.length; i++) expect((limits[i] as number) - (limits[i - 1] as number)).toBeLessThanOrEqual(1);
    expect(result.peakLimit).toBeGreaterThan(12);
    expect(result.outcomes.every((o) => o?.ok)).toBe(true);
    expect(result.cancelled).toBe(false);
  });

  it('never exceeds the ceiling', async () => {
    const api = fakeApi();
    const result = await run(runAdaptive(items(300), api.worker, { max: 9 }));
    expect(result.peakLimit).toBe(9);
    expect(api.peak()).toBe(9);
  });

  it('halves the limit on a 429, once per burst, and loses no task', async () => {
    // The API accepts at most 10 requests at once.
    const api = fakeApi(({ inFlight }) => inFlight > 10);
    const limits: number[] = [];
    const settled: number[] = [];
    const result = await run(
      runAdaptive(items(200), api.worker, {
        backoffMs: () => 50,
        onProgress: (p) => limits.push(p.limit),
        onSettled: (o) => settled.push(o.index),
      }),
    );
    const drops = limits.flatMap((l, i) => (i > 0 && l < (limits[i - 1] as number) ? [[limits[i - 1], l]] : []));
    expect(drops.length).toBeGreaterThan(0);
    for (const [before, after] of drops) expect(after).toBe(Math.floor((before as number) / 2));
    expect(result.progress.rateLimited).toBeGreaterThan(0);
    // Every item finished once, successfully, despite the 429s.
    expect(settled.sort((a, b) => a - b)).toEqual(items(200));
    expect(result.outcomes.every((o) => o?.ok)).toBe(true);
    expect(result.progress.requests).toBe(200 + result.progress.rateLimited);
  });

  it('does not go below one', async () => {
    // The first 20 calls are all rate-limited, whatever the concurrency.
    const api = fakeApi(({ n }) => n <= 20);
    const limits: number[] = [];
    const result = await run(runAdaptive(items(30), api.worker, { backoffMs: () => 5, onProgress: (p) => limits.push(p.limit) }));
    expect(Math.min(...limits)).toBe(1);
    expect(result.outcomes.every((o) => o?.ok)).toBe(true);
  });

  it('starts nothing until the backoff has passed, and retries the limited item first', async () => {
    const api = fakeApi(({ n }) => n === 1);
    const promise = runAdaptive(items(10), api.worker, { initial: 1, backoffMs: (attempt) => (attempt === 0 ? 1000 : 0) });
    await vi.advanceTimersByTimeAsync(LATENCY + 999);
    expect(api.starts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(api.starts[1]).toMatchObject({ item: 0, at: LATENCY + 1000 });
    const result = await run(promise);
    expect(result.outcomes.every((o) => o?.ok)).toBe(true);
  });

  it('uses the server Retry-After by default', async () => {
    let calls = 0;
    const worker = () => {
      calls++;
      return calls === 1 ? Promise.reject(new ApiError({ provider: 'nexigon', status: 429, code: 'RateLimited', message: '', details: { retryAfterMs: 3000 } })) : Promise.resolve('ok');
    };
    const promise = runAdaptive(['a'], worker);
    await vi.advanceTimersByTimeAsync(2999);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toBe(2);
    expect((await promise).outcomes[0]).toMatchObject({ ok: true, value: 'ok' });
  });

  it('reports another failure once, without retrying it', async () => {
    const worker = (item: number) => (item === 3 ? Promise.reject(new Error('boom')) : Promise.resolve(item));
    const result = await run(runAdaptive(items(6), worker));
    expect(result.outcomes[3]).toMatchObject({ ok: false, error: new Error('boom') });
    expect(result.progress).toMatchObject({ settled: 6, requests: 6, rateLimited: 0 });
  });

  it('stops on abort: aborts the tasks in flight, drops the waiting ones, says it was cancelled', async () => {
    const api = fakeApi(({ item }) => item === 0);
    const controller = new AbortController();
    const progress: PoolProgress[] = [];
    const settled: number[] = [];
    const promise = runAdaptive(items(100), api.worker, {
      signal: controller.signal,
      backoffMs: () => 10_000,
      onProgress: (p) => progress.push(p),
      onSettled: (o) => settled.push(o.index),
    });
    await vi.advanceTimersByTimeAsync(LATENCY * 3);
    const startedBefore = api.starts.length;
    controller.abort();
    const result = await run(promise);
    expect(result.cancelled).toBe(true);
    expect(api.starts).toHaveLength(startedBefore);
    expect(api.signals.every((s) => s.aborted)).toBe(true);
    expect(settled).not.toContain(0);
    expect(result.outcomes.filter(Boolean)).toHaveLength(settled.length);
    expect(settled.length).toBeLessThan(100);
    expect(result.progress.inFlight).toBe(0);
  });

  it('finishes at once with no items, or when already aborted', async () => {
    await expect(runAdaptive([], () => Promise.resolve(1))).resolves.toMatchObject({ cancelled: false, outcomes: [] });
    const worker = vi.fn(() => Promise.resolve(1));
    await expect(runAdaptive([1, 2], worker, { signal: AbortSignal.abort() })).resolves.toMatchObject({ cancelled: true });
    expect(worker).not.toHaveBeenCalled();
  });
});
