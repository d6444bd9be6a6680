import { describe, expect, it } from 'vitest';
import { ApiError } from './errors/api-error';
import { parseNexigonError } from './errors/nexigon-envelope';
import { backoffMs, isRateLimited, MAX_RETRY_AFTER_MS, parseRetryAfter, rateLimitDelayMs, retryAfterMs, withRetryAfter } from './rate-limit';

const limited = (details: Record<string, unknown> = {}) => new ApiError({ provider: 'nexigon', status: 429, code: 'RateLimited', message: 'slow', details });

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates, and ignores what it cannot read', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-1', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('caps an unreasonable pause', () => {
    expect(parseRetryAfter('86400')).toBe(MAX_RETRY_AFTER_MS);
  });
});

describe('a rate-limited ApiError', () => {
  it('is recognised by status or by the Nexigon kind, and nothing else is', () => {
    expect(isRateLimited(limited())).toBe(true);
    expect(isRateLimited(new ApiError({ provider: 'nexigon', status: 400, code: 'RateLimited', message: '' }))).toBe(true);
    expect(isRateLimited(new ApiError({ provider: 'nexigon', status: 400, code: 'Invalid', message: '' }))).toBe(false);
    expect(isRateLimited(new Error('429'))).toBe(false);
  });

  it('says so, and when to come back when the server said', () => {
    const parsed = parseNexigonError(429, { kind: 'RateLimited', message: 'request budget exhausted' });
    expect(parsed.message).toBe('Nexigon Hub is limiting the request rate (too many requests): request budget exhausted.');
    expect(parsed.code).toBe('RateLimited');
    const error = withRetryAfter(parsed, '2');
    expect(error.message).toBe('Nexigon Hub is limiting the request rate (too many requests): request budget exhausted. Retry after 2 s.');
    expect(retryAfterMs(error)).toBe(2000);
    expect(withRetryAfter(parsed, null)).toBe(parsed);
    expect(retryAfterMs(parsed)).toBeUndefined();
  });
});

describe('backoff', () => {
  it('doubles per attempt up to the cap, with jitter in the upper half', () => {
    expect([0, 1, 2, 3, 4, 5].map((a) => backoffMs(a, { random: () => 1 }))).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(backoffMs(2, { random: () => 0 })).toBe(1000);
  });

  it('never comes back sooner than Retry-After', () => {
    expect(rateLimitDelayMs(0, limited({ retryAfterMs: 3000 }), () => 1)).toBe(3000);
    expect(rateLimitDelayMs(4, limited({ retryAfterMs: 3000 }), () => 1)).toBe(8000);
    expect(rateLimitDelayMs(1, limited(), () => 1)).toBe(1000);
  });
});
