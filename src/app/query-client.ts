import { notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { errorMessage, isApiError } from '../api/errors/api-error';
import { PROVIDER_LABELS } from '../api/providers';
import { isRateLimited, rateLimitDelayMs } from '../api/rate-limit';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /**
       * Opt in to a notification when the mutation fails, titled "Could not <notifyError>"
       * (e.g. "remove the server"). Forms and dialogs show their errors where the user can act
       * on them, and optimistic updates say what they restored, so most mutations leave it out.
       */
      notifyError?: string;
    };
  }
}

/** A rate-limited read is asked again this many times, each after a longer pause. */
export const RATE_LIMIT_RETRIES = 5;

/** 4xx answers will not change by asking again, except a rate limit (429); 5xx and network failures might. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isRateLimited(error)) return failureCount < RATE_LIMIT_RETRIES;
  if (isApiError(error) && error.isClientError) return false;
  if (isApiError(error) && error.code === 'invalid_response') return false;
  return failureCount < 2;
}

let lastUnauthorizedNotice = 0;

function notifyUnauthorized(provider: keyof typeof PROVIDER_LABELS): void {
  // Many queries fail together when a token is wrong: one notice is enough.
  if (Date.now() - lastUnauthorizedNotice < 5000) return;
  lastUnauthorizedNotice = Date.now();
  notifications.show({
    id: `unauthorized-${provider}`,
    color: 'red',
    title: `${PROVIDER_LABELS[provider]} rejected the token`,
    message: 'Open Settings to check the token of this connection profile.',
  });
}

/** A change is asked again only after a rate limit: the server refused it before doing anything, so nothing is done twice. */
export function shouldRetryMutation(failureCount: number, error: unknown): boolean {
  return isRateLimited(error) && failureCount < RATE_LIMIT_RETRIES;
}

/** After a 429: exponential backoff, never sooner than the server's Retry-After; otherwise a short doubling pause. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isRateLimited(error)) return rateLimitDelayMs(failureCount, error);
  return Math.min(500 * 2 ** failureCount, 4000);
}

/** The console's own session ran out: the shell's "sign in again" dialog says so, not a notice per call. */
const isSignInRequired = (error: unknown) => isApiError(error) && error.code === 'sign_in_required';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isApiError(error) && error.isUnauthorized && !isSignInRequired(error)) notifyUnauthorized(error.provider);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => {
        if (isSignInRequired(error)) return;
        if (isApiError(error) && error.isUnauthorized) notifyUnauthorized(error.provider);
        const action = mutation.meta?.notifyError;
        if (action) notifications.show({ color: 'red', title: `Could not ${action}`, message: errorMessage(error, 'Unknown error') });
      },
    }),
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        staleTime: 10_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: shouldRetryMutation, retryDelay },
    },
  });
}
