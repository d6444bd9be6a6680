import { describe, expect, it } from 'vitest';
import { createTokenBucket } from './token-bucket';

describe('token bucket', () => {
  it('allows a burst of its capacity, then refills at its rate', () => {
    let t = 0;
    const bucket = createTokenBucket({ capacity: 3, perSecond: 2, now: () => t });
    expect([bucket.take(), bucket.take(), bucket.take()].every((r) => r.ok)).toBe(true);
    expect(bucket.take()).toEqual({ ok: false, retryAfterMs: 500 });
    t = 250;
    expect(bucket.take()).toEqual({ ok: false, retryAfterMs: 250 });
    t = 500;
    expect(bucket.take()).toEqual({ ok: true });
    expect(bucket.take().ok).toBe(false);
    // Never more than the capacity, however long it rested.
    t = 60_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()].map((r) => r.ok)).toEqual([true, true, true, false]);
  });
});
