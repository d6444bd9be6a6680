import { delay, type HttpResponseResolver } from 'msw';
import { hasProviderScenario } from '../../src/lib/mock-scenario';
import type { ProviderId } from '../../src/api/providers';
import { akamaiProblem, nexigonError, scalewayError, scalewayUnauthorized } from './envelopes';

/** Latency of a real API on a good day; `?scenario=slow` (or `<provider>:slow`) makes it 5 s. */
async function latency(provider: ProviderId): Promise<void> {
  const base = 40 + Math.floor(Math.random() * 120);
  await delay(hasProviderScenario(provider, 'slow') ? 5000 + base : base);
}

function failure(provider: ProviderId, status: 401 | 500): Response {
  if (status === 401) {
    switch (provider) {
      case 'scaleway':
        return scalewayUnauthorized();
      case 'akamai':
        return akamaiProblem(401, 'unauthorized', 'Not authorized', { detail: 'The signature does not match' });
      case 'nexigon':
        return nexigonError(401, 'Forbidden', 'invalid or expired token');
    }
  }
  switch (provider) {
    case 'scaleway':
      return scalewayError(500, 'api_error', 'Internal server error');
    case 'akamai':
      return akamaiProblem(500, 'internal_server_error', 'Internal Server Error', { detail: 'An unexpected error occurred' });
    case 'nexigon':
      return nexigonError(500, 'Internal', 'internal server error');
  }
}

/**
 * Wraps a provider's resolver with what every mock endpoint shares: latency
 * and the generic `?scenario=` failures (server-error, unauthorized, slow,
 * unreachable), each also as `<provider>:<scenario>` for that provider alone.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- msw's resolver generics vary per handler
export function withScenario<R extends HttpResponseResolver<any, any, any>>(provider: ProviderId, resolver: R): R {
  const wrapped = (async (info: Parameters<R>[0]) => {
    await latency(provider);
    // A network failure, as when the provider does not answer at all.
    if (hasProviderScenario(provider, 'unreachable')) return Response.error();
    if (hasProviderScenario(provider, 'unauthorized')) return failure(provider, 401);
    if (hasProviderScenario(provider, 'server-error')) return failure(provider, 500);
    return resolver(info);
  }) as unknown as R;
  return wrapped;
}

/** Every mock path is matched on this page's origin only, so Direct and Proxy requests pass through untouched. */
export function mockOrigin(): string {
  return globalThis.location?.origin ?? 'http://localhost';
}
