import { hasScenario, scenarioArguments } from '../../src/lib/mock-scenario';
import { nexigonError } from './envelopes';
import { createTokenBucket, type TokenBucket } from './token-bucket';

/**
 * `?scenario=rate-limit`: the Nexigon mock keeps a request budget (a token
 * bucket of RATE_LIMIT_PER_SECOND requests a second, as many at once) and
 * answers past it as the hub does: HTTP 429 with a `RateLimited` envelope and
 * `Retry-After` (seconds). `rate-limit:<n>` sets another budget per second.
 */
export const RATE_LIMIT_SCENARIO = 'rate-limit';
export const RATE_LIMIT_PER_SECOND = 20;

let bucket: TokenBucket | null = null;

function budget(): number | null {
  const arg = scenarioArguments(RATE_LIMIT_SCENARIO)[0];
  const custom = arg === undefined ? NaN : Number(arg);
  if (Number.isFinite(custom) && custom > 0) return custom;
  return hasScenario(RATE_LIMIT_SCENARIO) ? RATE_LIMIT_PER_SECOND : null;
}

/** The 429 to answer instead of serving the request, or null when the budget allows it (or no rate limit is on). */
export function nexigonRateLimited(): Response | null {
  const perSecond = budget();
  if (perSecond === null) return null;
  if (bucket?.perSecond !== perSecond) bucket = createTokenBucket({ capacity: perSecond, perSecond });
  const verdict = bucket.take();
  if (verdict.ok) return null;
  const response = nexigonError(429, 'RateLimited', `request budget of ${perSecond} requests per second exceeded`);
  response.headers.set('Retry-After', String(Math.max(1, Math.ceil(verdict.retryAfterMs / 1000))));
  return response;
}
