import { notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { errorMessage, isApiError } from '../api/errors/api-error';
import { PROVIDER_LABELS } from '../api/providers';

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

/** 4xx answers will not change by asking again; 5xx and network failures might. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
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
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
        staleTime: 10_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
