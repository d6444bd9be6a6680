import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors/api-error';
import { RATE_LIMIT_RETRIES, retryDelay, shouldRetry, shouldRetryMutation } from './query-client';

const error = (status: number, code = 'x', details: Record<string, unknown> = {}) => new ApiError({ provider: 'nexigon', status, code, message: 'm', details });

describe('the query retry policy', () => {
  it('never retries a 4xx other than 429', () => {
    for (const status of [400, 401, 403, 404, 409, 422]) expect(shouldRetry(0, error(status))).toBe(false);
  });

  it('retries a 429 a few times, then gives up', () => {
    expect(shouldRetry(0, error(429, 'RateLimited'))).toBe(true);
    expect(shouldRetry(RATE_LIMIT_RETRIES - 1, error(429))).toBe(true);
    expect(shouldRetry(RATE_LIMIT_RETRIES, error(429))).toBe(false);
  });

  it('retries 5xx and network failures twice', () => {
    expect(shouldRetry(1, error(500))).toBe(true);
    expect(shouldRetry(2, error(0))).toBe(false);
  });

  it('waits at least Retry-After after a 429, and backs off exponentially', () => {
    expect(retryDelay(0, error(429, 'RateLimited', { retryAfterMs: 5000 }))).toBeGreaterThanOrEqual(5000);
    const first = retryDelay(0, error(429));
    const fourth = retryDelay(3, error(429));
    expect(first).toBeGreaterThanOrEqual(250);
    expect(first).toBeLessThanOrEqual(500);
    expect(fourth).toBeGreaterThanOrEqual(2000);
    expect(fourth).toBeLessThanOrEqual(4000);
    expect(retryDelay(1, error(500))).toBe(1000);
  });

  it('asks a change again only after a rate limit', () => {
    expect(shouldRetryMutation(0, error(429, 'RateLimited'))).toBe(true);
    expect(shouldRetryMutation(RATE_LIMIT_RETRIES, error(429))).toBe(false);
    for (const status of [0, 400, 409, 500]) expect(shouldRetryMutation(0, error(status))).toBe(false);
  });
});
