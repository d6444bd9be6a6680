import { ApiError, isApiError } from './errors/api-error';

/**
 * Rate limits (HTTP 429, Nexigon's `RateLimited`): the one 4xx worth asking
 * again, after a pause. Pure helpers shared by the transport (which reads
 * `Retry-After`), the React Query retry policy and the adaptive pool.
 */

/** Longest pause a server may ask for before the console gives up waiting on its word. */
export const MAX_RETRY_AFTER_MS = 60_000;

export function isRateLimited(error: unknown): error is ApiError {
  return isApiError(error) && (error.status === 429 || error.code === 'RateLimited');
}

/**
 * `Retry-After` is either delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Returns milliseconds to wait, or undefined when absent or unreadable.
 */
export function parseRetryAfter(header: string | null | undefined, now = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Math.min(Number(value) * 1000, MAX_RETRY_AFTER_MS);
  // An HTTP date names its day and month; anything else (e.g. "-1", which Date.parse takes as a year) is unreadable.
  const at = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - now), MAX_RETRY_AFTER_MS);
}

/** The pause the server asked for, as kept on the error by the transport. */
export function retryAfterMs(error: unknown): number | undefined {
  if (!isRateLimited(error)) return undefined;
  const value = error.details.retryAfterMs;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * The transport's 429: the provider's own message, then when to try again.
 * (Cross-origin, Direct mode sees `Retry-After` only if the API exposes it.)
 */
export function withRetryAfter(error: ApiError, header: string | null): ApiError {
  const wait = parseRetryAfter(header);
  if (wait === undefined) return error;
  const seconds = Math.max(1, Math.ceil(wait / 1000));
  return new ApiError({
    provider: error.provider,
    status: error.status,
    code: error.code,
    message: `${error.message} Retry after ${seconds} s.`,
    fields: error.fields,
    details: { ...error.details, retryAfterMs: wait },
  });
}

/** Exponential backoff with jitter, capped: 500 ms, 1 s, 2 s, 4 s, … */
export function backoffMs(attempt: number, { baseMs = 500, maxMs = 8000, random = Math.random } = {}): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
  // Half fixed, half random: many clients limited together do not come back together.
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** How long to wait before asking again after a rate limit: the server's word if it gave one, else the backoff. */
export function rateLimitDelayMs(attempt: number, error: unknown, random = Math.random): number {
  return Math.max(retryAfterMs(error) ?? 0, backoffMs(attempt, { random }));
}
