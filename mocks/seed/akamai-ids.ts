import type { AkamaiJurisdiction } from '../../src/api/akamai/types';

/** A configuration of a namespace in one jurisdiction (a page of the console: /namespaces/<namespace>/configurations/<jurisdiction>). */
export interface SeedConfiguration {
  namespace: string;
  jurisdiction: AkamaiJurisdiction;
}

/**
 * The namespace configurations' problems, for an overview and the filters to show (and the e2e
 * specs to find). `daysAgo` counts back from SEED_EPOCH (mocks/lib/random.ts), like the rest of
 * the Akamai seed.
 */
export const NAMESPACE_PROBLEMS = {
  /** acme-coldchain/na: its latest operation, version 2's activation, FAILED; version 1 still serves. */
  latestActivationFailed: { namespace: 'acme-coldchain', jurisdiction: 'na', version: '2', activeVersion: '1', daysAgo: 3 },
  /** acme-meters/xw: its latest operation, version 2's activation, was ABORTED (rejected); version 1 still serves. */
  latestActivationAborted: { namespace: 'acme-meters', jurisdiction: 'xw', version: '2', activeVersion: '1', daysAgo: 1 },
  /** acme-fleet/jp: its only version was deactivated: nothing serves in Japan. */
  noActiveVersion: { namespace: 'acme-fleet', jurisdiction: 'jp' },
  /** acme-fleet/eu: version 4 was created but never activated (the versions list says NEW, N/A). */
  neverActivatedVersion: { namespace: 'acme-fleet', jurisdiction: 'eu', version: '4' },
  /** acme-staging/eu: a configuration with no version at all. */
  noVersion: { namespace: 'acme-staging', jurisdiction: 'eu' },
} as const satisfies Record<string, SeedConfiguration & { version?: string; activeVersion?: string; daysAgo?: number }>;
