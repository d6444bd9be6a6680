import { describe, expect, it } from 'vitest';
import { runBounded, type Outcome } from './bounded';

/** A worker whose calls the test resolves or rejects by hand. */
function controllable() {
  const calls: Array<{ item: number; resolve: (v: string) => void; reject: (e: unknown) => void; signal: AbortSignal }> = [];
  const worker = (item: number, signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      calls.push({ item, resolve, reject, signal });
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  return { calls, worker };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('runBounded', () => {
  it('never runs more than the limit at once, and reports every item', async () => {
    let inFlight = 0;
    let peak = 0;
    const settled: number[] = [];
    const result = await runBounded(
      Array.from({ length: 20 }, (_, i) => i),
      async (i) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, (i * 7) % 5));
        inFlight--;
        return i * 2;
      },
      { limit: 6, onSettled: (o) => settled.push(o.index) },
    );
    expect(peak).toBe(6);
    expect(result.cancelled).toBe(false);
    expect(settled).toHaveLength(20);
    expect(result.outcomes.map((o) => (o?.ok ? o.value : null))).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
  });

  it('starts items in order and keeps outcomes in item order whatever the completion order', async () => {
    const { calls, worker } = controllable();
    const done = runBounded([10, 11, 12], worker, { limit: 2 });
    await tick();
    expect(calls.map((c) => c.item)).toEqual([10, 11]);
    calls[1]?.resolve('b');
    await tick();
    expect(calls.map((c) => c.item)).toEqual([10, 11, 12]);
    calls[2]?.resolve('c');
    calls[0]?.resolve('a');
    const result = await done;
    expect(result.outcomes.map((o) => o?.ok && o.value)).toEqual(['a', 'b', 'c']);
  });

  it('a failing item is reported with its error and does not stop the run', async () => {
    const progress: Array<Outcome<number, number>> = [];
    const result = await runBounded(
      [1, 2, 3, 4],
      async (i) => {
        if (i === 2) throw new Error('device 2 is down');
        return i;
      },
      { limit: 2, onSettled: (o) => progress.push(o) },
    );
    expect(progress).toHaveLength(4);
    const failed = result.outcomes.filter((o) => o && !o.ok);
    expect(failed).toHaveLength(1);
    expect(failed[0]?.ok === false && (failed[0].error as Error).message).toBe('device 2 is down');
    expect(result.outcomes.filter((o) => o?.ok)).toHaveLength(3);
  });

  it('cancelling stops new items, aborts those in flight and does not report them as failures', async () => {
    const { calls, worker } = controllable();
    const controller = new AbortController();
    const settled: number[] = [];
    const done = runBounded([1, 2, 3, 4, 5], worker, { limit: 2, signal: controller.signal, onSettled: (o) => settled.push(o.item) });
    await tick();
    calls[0]?.resolve('one');
    await tick();
    expect(calls.map((c) => c.item)).toEqual([1, 2, 3]);
    controller.abort();
    const result = await done;
    expect(result.cancelled).toBe(true);
    expect(calls.every((c) => c.signal.aborted)).toBe(true);
    expect(calls).toHaveLength(3);
    expect(settled).toEqual([1]);
    expect(result.outcomes.filter(Boolean)).toHaveLength(1);
  });

  it('does nothing when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    let started = 0;
    const result = await runBounded([1, 2], async () => started++, { signal: controller.signal });
    expect(started).toBe(0);
    expect(result.cancelled).toBe(true);
  });
});
