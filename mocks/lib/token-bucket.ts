/**
 * A token bucket: `capacity` requests at once, refilled at `perSecond`. The
 * budget a rate-limited API gives one client. Pure: time comes from `now`.
 */
export interface TokenBucket {
  /** Takes one token; when none is left, says how long until one is back. */
  take(): { ok: true } | { ok: false; retryAfterMs: number };
  readonly perSecond: number;
}

export function createTokenBucket({ capacity, perSecond, now = Date.now }: { capacity: number; perSecond: number; now?: () => number }): TokenBucket {
  let tokens = capacity;
  let last = now();
  return {
    perSecond,
    take() {
      const t = now();
      tokens = Math.min(capacity, tokens + ((t - last) / 1000) * perSecond);
      last = t;
      if (tokens >= 1) {
        tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterMs: Math.ceil(((1 - tokens) / perSecond) * 1000) };
    },
  };
}
