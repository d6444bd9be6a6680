import type { AkamaiAclRule, AkamaiJurisdiction, ActivationStatus, OperationType } from '../../src/api/akamai/types';
import { createRng, SEED_EPOCH } from '../lib/random';
import {
  COLDCHAIN_EU_RULES,
  COLDCHAIN_NA_RULES,
  FLEET_EU_RULES,
  FLEET_EU_VERSION_SIZES,
  FLEET_JP_RULES,
  FLEET_NA_RULES,
  METERS_EU_RULES,
  METERS_XW_RULES,
  STAGING_EU_RULES,
  scaleRules,
} from './akamai-acls';
import { NAMESPACE_PROBLEMS } from './akamai-ids';

const FAILED = NAMESPACE_PROBLEMS.latestActivationFailed;
const ABORTED = NAMESPACE_PROBLEMS.latestActivationAborted;

/** The account the console's token belongs to; every other account is someone else's. */
export const OWN_ACCOUNT = '1-7ZKQ3M';
export const OWN_USERS = ['j.moreau', 'a.schmidt', 'k.tanaka', 'ci-pipeline'] as const;

export interface MockReservation {
  namespace: string;
  reserved: string;
  owner: { createdBy: string; accountId: string };
  /** Property hostnames the namespace is used with (the `hostnames` filter); not on the wire. */
  hostnames: string[];
}

export interface MockConfiguration {
  namespace: string;
  jurisdiction: AkamaiJurisdiction;
  storage: number;
  topicExpiry: number;
  acls: AkamaiAclRule[];
}

export interface MockVersion {
  namespace: string;
  jurisdiction: AkamaiJurisdiction;
  version: number;
  createdBy: string;
  createdAt: number;
  acls: AkamaiAclRule[];
}

/**
 * An activation or deactivation. Its status follows the clock: NEW until `pendingAt`, PENDING
 * until `settledAt`, then `outcome` (so a reload mid-way shows the right step).
 */
export interface MockOperation {
  id: string;
  namespace: string;
  jurisdiction: AkamaiJurisdiction;
  version: string;
  operationType: Exclude<OperationType, 'N/A'>;
  createdBy: string;
  createdAt: number;
  pendingAt: number;
  settledAt: number;
  outcome: Exclude<ActivationStatus, 'NEW' | 'PENDING' | 'UNKNOWN'>;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export const configurationId = (namespace: string, jurisdiction: string) => `${namespace}/${jurisdiction}`;
export const versionId = (namespace: string, jurisdiction: string, version: number | string) => `${namespace}/${jurisdiction}/${version}`;

const HOSTNAMES = {
  telemetry: 'telemetry.acme-iot.com',
  api: 'api.acme-iot.com',
  staging: 'staging.acme-iot.com',
  meters: 'meters.acme-energy.com',
};

interface OwnSeed {
  namespace: string;
  daysAgo: number;
  by: (typeof OWN_USERS)[number];
  hostnames: string[];
}

const OWN: OwnSeed[] = [
  { namespace: 'acme-fleet', daysAgo: 610, by: 'j.moreau', hostnames: [HOSTNAMES.telemetry, HOSTNAMES.api] },
  { namespace: 'acme-meters', daysAgo: 540, by: 'a.schmidt', hostnames: [HOSTNAMES.meters] },
  { namespace: 'acme-coldchain', daysAgo: 400, by: 'j.moreau', hostnames: [HOSTNAMES.telemetry] },
  { namespace: 'acme-staging', daysAgo: 380, by: 'ci-pipeline', hostnames: [HOSTNAMES.staging] },
  { namespace: 'fleet-scale', daysAgo: 120, by: 'k.tanaka', hostnames: [HOSTNAMES.telemetry] },
  { namespace: 'acme-lab', daysAgo: 30, by: 'k.tanaka', hostnames: [HOSTNAMES.staging] },
];

const SITE_WORDS = ['berlin', 'lyon', 'osaka', 'austin', 'porto', 'gdansk', 'leeds', 'turin', 'malmo', 'graz', 'kyoto', 'quebec'];
const OTHER_ACCOUNTS = [
  { accountId: '1-2HC9WB', prefix: 'globex', users: ['m.hughes', 'deploy-bot'] },
  { accountId: '1-9QX4TL', prefix: 'initech', users: ['p.gibbons', 'b.lumbergh'] },
  { accountId: 'B-M-28QAZ1', prefix: 'umbrella', users: ['a.wesker'] },
  { accountId: '1-4RT8NV', prefix: 'stark', users: ['p.potts', 'j.rhodes'] },
];
const OTHER_WORDS = ['telemetry', 'sensors', 'gateway', 'trackers', 'meters', 'robots', 'kiosks', 'hvac', 'cameras', 'locks', 'lighting', 'pumps'];

export function seedReservations(): MockReservation[] {
  const rng = createRng('akamai-reservations-v1');
  const own: MockReservation[] = OWN.map((s) => ({
    namespace: s.namespace,
    reserved: iso(SEED_EPOCH - s.daysAgo * DAY + rng.int(0, 20) * HOUR),
    owner: { createdBy: s.by, accountId: OWN_ACCOUNT },
    hostnames: s.hostnames,
  }));
  // Site namespaces fill a few pages of the list.
  for (let i = 0; i < 38; i++) {
    const word = SITE_WORDS[i % SITE_WORDS.length] as string;
    own.push({
      namespace: `acme-site-${word}-${String(Math.floor(i / SITE_WORDS.length) + 1).padStart(2, '0')}`,
      reserved: iso(SEED_EPOCH - rng.int(40, 700) * DAY - rng.int(0, 23) * HOUR),
      owner: { createdBy: rng.pick(OWN_USERS), accountId: OWN_ACCOUNT },
      hostnames: [rng.bool(0.6) ? HOSTNAMES.telemetry : HOSTNAMES.api],
    });
  }
  const others: MockReservation[] = [];
  // The reference's sample names, reserved by someone else.
  for (const namespace of ['aCompany1', 'aCompany2', 'aCompany3', 'company1', 'company2']) {
    others.push({ namespace, reserved: iso(Date.UTC(2018, 1, 21, 13, 39, 51) + others.length * DAY), owner: { createdBy: 'aUser', accountId: 'ABC-123' }, hostnames: [] });
  }
  for (const account of OTHER_ACCOUNTS) {
    for (const word of OTHER_WORDS) {
      if (!rng.bool(0.7)) continue;
      others.push({
        namespace: `${account.prefix}-${word}`,
        reserved: iso(SEED_EPOCH - rng.int(10, 1200) * DAY),
        owner: { createdBy: rng.pick(account.users), accountId: account.accountId },
        hostnames: [],
      });
    }
  }
  return [...own, ...others];
}

interface ConfigSeed {
  namespace: string;
  jurisdiction: AkamaiJurisdiction;
  storage: number;
  topicExpiry: number;
  acls: () => AkamaiAclRule[];
}

const CONFIGS: ConfigSeed[] = [
  { namespace: 'acme-fleet', jurisdiction: 'eu', storage: 100, topicExpiry: 7, acls: () => [...FLEET_EU_RULES] },
  { namespace: 'acme-fleet', jurisdiction: 'na', storage: 100, topicExpiry: 7, acls: () => [...FLEET_NA_RULES] },
  { namespace: 'acme-fleet', jurisdiction: 'jp', storage: 50, topicExpiry: 7, acls: () => [...FLEET_JP_RULES] },
  { namespace: 'acme-meters', jurisdiction: 'eu', storage: 200, topicExpiry: 365, acls: () => [...METERS_EU_RULES] },
  { namespace: 'acme-meters', jurisdiction: 'xw', storage: 50, topicExpiry: 30, acls: () => [...METERS_XW_RULES] },
  { namespace: 'acme-coldchain', jurisdiction: 'eu', storage: 100, topicExpiry: 30, acls: () => [...COLDCHAIN_EU_RULES] },
  { namespace: 'acme-coldchain', jurisdiction: 'na', storage: 100, topicExpiry: 365, acls: () => [...COLDCHAIN_NA_RULES] },
  { namespace: 'acme-staging', jurisdiction: 'eu', storage: 50, topicExpiry: 7, acls: () => [...STAGING_EU_RULES] },
  { namespace: 'fleet-scale', jurisdiction: 'xw', storage: 500, topicExpiry: 30, acls: scaleRules },
];

export function seedConfigurations(): MockConfiguration[] {
  return CONFIGS.map((c) => ({ namespace: c.namespace, jurisdiction: c.jurisdiction, storage: c.storage, topicExpiry: c.topicExpiry, acls: c.acls() }));
}

interface VersionSeed {
  namespace: string;
  jurisdiction: AkamaiJurisdiction;
  daysAgo: number;
  by: string;
  acls: () => AkamaiAclRule[];
}

const fleetEuVersion = (n: number) => () => FLEET_EU_RULES.slice(0, FLEET_EU_VERSION_SIZES[n - 1]);

/** In creation order per configuration: the n-th entry of a configuration is its version n. */
const VERSIONS: VersionSeed[] = [
  { namespace: 'acme-fleet', jurisdiction: 'eu', daysAgo: 200, by: 'j.moreau', acls: fleetEuVersion(1) },
  { namespace: 'acme-fleet', jurisdiction: 'eu', daysAgo: 120, by: 'ci-pipeline', acls: fleetEuVersion(2) },
  { namespace: 'acme-fleet', jurisdiction: 'eu', daysAgo: 45, by: 'a.schmidt', acls: fleetEuVersion(3) },
  { namespace: 'acme-fleet', jurisdiction: 'eu', daysAgo: 6, by: 'j.moreau', acls: fleetEuVersion(4) },
  { namespace: 'acme-fleet', jurisdiction: 'na', daysAgo: 90, by: 'j.moreau', acls: () => [...FLEET_NA_RULES] },
  { namespace: 'acme-fleet', jurisdiction: 'jp', daysAgo: 12, by: 'k.tanaka', acls: () => [...FLEET_JP_RULES] },
  { namespace: 'acme-meters', jurisdiction: 'eu', daysAgo: 300, by: 'a.schmidt', acls: () => METERS_EU_RULES.slice(0, 4) },
  { namespace: 'acme-meters', jurisdiction: 'eu', daysAgo: 80, by: 'a.schmidt', acls: () => [...METERS_EU_RULES] },
  { namespace: 'acme-meters', jurisdiction: 'xw', daysAgo: 60, by: 'ci-pipeline', acls: () => [...METERS_XW_RULES] },
  // Version 2 drops the rule the rest-of-world gateways need: its activation was rejected.
  { namespace: ABORTED.namespace, jurisdiction: ABORTED.jurisdiction, daysAgo: ABORTED.daysAgo + 0.1, by: 'ci-pipeline', acls: () => METERS_XW_RULES.slice(1) },
  { namespace: 'acme-coldchain', jurisdiction: 'eu', daysAgo: 150, by: 'j.moreau', acls: () => [...COLDCHAIN_EU_RULES] },
  { namespace: 'acme-coldchain', jurisdiction: 'na', daysAgo: 140, by: 'j.moreau', acls: () => [...COLDCHAIN_NA_RULES] },
  { namespace: FAILED.namespace, jurisdiction: FAILED.jurisdiction, daysAgo: FAILED.daysAgo + 0.1, by: 'ci-pipeline', acls: () => [...COLDCHAIN_NA_RULES, { topicFilter: 'coldchain/+/alarms/#', publishers: ['reefers'], subscribers: ['ops'] }] },
  { namespace: 'fleet-scale', jurisdiction: 'xw', daysAgo: 20, by: 'k.tanaka', acls: scaleRules },
];

export function seedVersions(): MockVersion[] {
  const counters = new Map<string, number>();
  return VERSIONS.map((v) => {
    const key = configurationId(v.namespace, v.jurisdiction);
    const version = (counters.get(key) ?? 0) + 1;
    counters.set(key, version);
    return {
      namespace: v.namespace,
      jurisdiction: v.jurisdiction,
      version,
      createdBy: v.by,
      createdAt: SEED_EPOCH - v.daysAgo * DAY + 9 * HOUR,
      acls: v.acls(),
    };
  });
}

interface OperationSeed {
  namespace: string;
  jurisdiction: AkamaiJurisdiction;
  version: string;
  type: MockOperation['operationType'];
  outcome: MockOperation['outcome'];
  daysAgo: number;
  by: string;
}

/**
 * Histories that show every way an operation ends: acme-fleet/eu was activated, failed once,
 * had a request made obsolete by a newer one, and runs version 3; acme-meters shows an aborted
 * and an unavailable attempt; acme-fleet/jp was activated and then deactivated. The latest
 * activation of acme-coldchain/na FAILED and that of acme-meters/xw was ABORTED (NAMESPACE_PROBLEMS).
 */
const OPERATIONS: OperationSeed[] = [
  { namespace: 'acme-fleet', jurisdiction: 'eu', version: '1', type: 'ACTIVATION', outcome: 'DEPLOYED', daysAgo: 199, by: 'j.moreau' },
  { namespace: 'acme-fleet', jurisdiction: 'eu', version: '2', type: 'ACTIVATION', outcome: 'FAILED', daysAgo: 119, by: 'ci-pipeline' },
  { namespace: 'acme-fleet', jurisdiction: 'eu', version: '2', type: 'ACTIVATION', outcome: 'DEPLOYED', daysAgo: 118, by: 'j.moreau' },
  { namespace: 'acme-fleet', jurisdiction: 'eu', version: '3', type: 'ACTIVATION', outcome: 'OBSOLETE', daysAgo: 44.2, by: 'a.schmidt' },
  { namespace: 'acme-fleet', jurisdiction: 'eu', version: '3', type: 'ACTIVATION', outcome: 'DEPLOYED', daysAgo: 44, by: 'a.schmidt' },
  { namespace: 'acme-fleet', jurisdiction: 'na', version: '1', type: 'ACTIVATION', outcome: 'DEPLOYED', daysAgo: 89, by: 'j.moreau' },
  { namespace: 'acme-fleet', jurisdiction: 'jp', version: '1', type: 'ACTIVATION', outcome: 'DEPLOYED', daysAgo: 11, by: 'k.tanaka' },
  { namespace: 'acme-fleet', jurisdiction: 'jp', version: '1', type: 'DEACTIVATION', outcome: 'DEPLOYED', daysAgo: 3, by: 'k.tanaka' },
  { namespace: 'acme-meters', jurisdiction: 'eu', version: '1', type: 'ACTIVATION', outcome: 'DEPLOYED', daysAgo: 299, by: 'a.schmidt' },
  { namespace: 'acme-meters', jurisdiction: 'eu', version: '2', type: 'ACTIVATION', outcome: 'ABORTED', daysAgo: 79, by: 'a.schmidt' },
  { namespace: 'acme-meters', jurisdiction: 'eu', version: '2', type: 'ACTIVATION', outcome: 'UNAVAILABLE', daysAgo: 78, by: 'a.schmidt' },
  { namespace: 'acme-meters', jurisdiction: 'eu', version: '2', type: 'ACTIVATION', outcome: 'DEPLOYED', daysAgo: 77, by: 'a.schmidt' },
  { namespace: 'acme-meters', jurisdiction: 'xw', version: '1', type: 'ACTIVATION', outcome: 'DEPLOYED', daysAgo: 59, by: 'ci-pipeline' },
  { namespace: ABORTED.namespace, jurisdiction: ABORTED.jurisdiction, version: ABORTED.version, type: 'ACTIVATION', outcome: 'ABORTED', daysAgo: ABORTED.daysAgo, by: 'ci-pipeline' },
  { namespace: 'acme-coldchain', jurisdiction: 'eu', version: '1', type: 'ACTIVATION', outcome: 'DEPLOYED', daysAgo: 149, by: 'j.moreau' },
  { namespace: 'acme-coldchain', jurisdiction: 'na', version: '1', type: 'ACTIVATION', outcome: 'DEPLOYED', daysAgo: 139, by: 'j.moreau' },
  { namespace: FAILED.namespace, jurisdiction: FAILED.jurisdiction, version: FAILED.version, type: 'ACTIVATION', outcome: 'FAILED', daysAgo: FAILED.daysAgo, by: 'ci-pipeline' },
  { namespace: 'fleet-scale', jurisdiction: 'xw', version: '1', type: 'ACTIVATION', outcome: 'DEPLOYED', daysAgo: 19, by: 'k.tanaka' },
];

export function seedOperations(): MockOperation[] {
  return OPERATIONS.map((o, i) => {
    const createdAt = SEED_EPOCH - o.daysAgo * DAY + 10 * HOUR;
    return {
      id: `seed-${i + 1}`,
      namespace: o.namespace,
      jurisdiction: o.jurisdiction,
      version: o.version,
      operationType: o.type,
      createdBy: o.by,
      createdAt,
      pendingAt: createdAt + 20_000,
      settledAt: createdAt + 4 * 60_000,
      outcome: o.outcome,
    };
  });
}
