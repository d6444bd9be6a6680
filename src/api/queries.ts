import type { ProviderId } from './providers';

/**
 * The root of every query key: the provider. Each provider's factory
 * (`src/api/<provider>/queries.ts`) starts its keys with it, so dropping a provider's whole cache
 * (its connection profile changed in Settings) is one call.
 */
export const providerQueries = {
  allKey: (provider: ProviderId) => [provider] as const,
};
