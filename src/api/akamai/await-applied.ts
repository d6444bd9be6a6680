import { ApiError, isApiError } from '../errors/api-error';
import { getConfiguration } from './client';
import type { AclRule } from '../../acl/rules';
import { toAclRequest, type AkamaiJurisdiction, type Configuration } from './types';

/**
 * Create and update configuration answer `202 Accepted`: Akamai applies the change later. The
 * console reads the configuration again until the change shows, and only then treats it as
 * saved (clears the draft, allows Create version), so a version never snapshots stale rules.
 */
export const APPLY_POLL_MS = 1000;
/** How long to wait for an accepted change to show before saying so (the change may still land). */
export const APPLY_TIMEOUT_MS = 60_000;

export interface WaitOptions {
  namespace: string;
  jurisdiction: AkamaiJurisdiction;
  /** Whether the configuration read shows the change. */
  applied: (configuration: Configuration) => boolean;
  /** Injected by tests. */
  read?: (ref: { namespace: string; jurisdiction: AkamaiJurisdiction }) => Promise<Configuration>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  intervalMs?: number;
  timeoutMs?: number;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Whether two rule lists are the same, rule for rule and in order. */
export function sameAclRules(a: readonly AclRule[], b: readonly AclRule[]): boolean {
  return JSON.stringify(toAclRequest(a)) === JSON.stringify(toAclRequest(b));
}

/**
 * Reads the configuration until `applied` holds and returns it. A 404 reads as "not there yet"
 * (a creation still being applied); any other error ends the wait.
 */
export async function waitUntilApplied({ namespace, jurisdiction, applied, read = getConfiguration, sleep = wait, now = Date.now, intervalMs = APPLY_POLL_MS, timeoutMs = APPLY_TIMEOUT_MS }: WaitOptions): Promise<Configuration> {
  const deadline = now() + timeoutMs;
  for (;;) {
    try {
      const configuration = await read({ namespace, jurisdiction });
      if (applied(configuration)) return configuration;
    } catch (error) {
      if (!isApiError(error) || error.status !== 404) throw error;
    }
    if (now() >= deadline) {
      throw new ApiError({
        provider: 'akamai',
        status: 202,
        code: 'change_not_applied_yet',
        message: `Akamai accepted the change but it has not shown in the configuration after ${Math.round(timeoutMs / 1000)} s. It may still be applied: reload later before creating a version.`,
      });
    }
    await sleep(intervalMs);
  }
}
