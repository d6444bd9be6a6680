import { BASE58_ALPHABET } from '../../src/api/nexigon/formats';
import { createRng, type Rng } from '../lib/random';

/**
 * Ids in Nexigon's formats (`<tag>_<raw>`, base 58; dated ids carry
 * `YYYYMMDD-HHMM-`). Seeded ids are derived from a string so they are the
 * same on every load; ids minted at run time are random.
 */
export function base58(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += BASE58_ALPHABET[Math.floor(rng.next() * BASE58_ALPHABET.length)];
  return out;
}

export function seededBase58(seed: string, length: number): string {
  return base58(createRng(seed), length);
}

export { randomBase58 } from '../../src/api/nexigon/formats';

const pad = (n: number) => String(n).padStart(2, '0');

/** Dated raw id: `20250721-1133-ArDVfyQp` (22 characters). */
export function datedRaw(at: number, suffix: string): string {
  const d = new Date(at);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}-${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}-${suffix.slice(0, 8)}`;
}

/** The raw part of a device id: 22 base 58 digits after `d_`. */
export const deviceRaw = (deviceId: string) => deviceId.slice(2);

/**
 * Certificate and operation ids start with 14 digits of their device's raw
 * id, so the mock finds the device behind an id (the API addresses
 * certificates by id alone) without loading every device's data.
 */
export const DEVICE_KEY_LENGTH = 14;
export const deviceKey = (deviceId: string) => deviceRaw(deviceId).slice(0, DEVICE_KEY_LENGTH);

export const nexigonIds = {
  certificate: (deviceId: string, suffix: string) => `d_c_${deviceKey(deviceId)}${suffix.slice(0, 22 - DEVICE_KEY_LENGTH)}`,
  operation: (deviceId: string, suffix: string) => `d_op_${deviceKey(deviceId)}${suffix.slice(0, 22 - DEVICE_KEY_LENGTH)}`,
  connection: (seed: string) => `d_conn_${seededBase58(seed, 22)}`,
  event: (at: number, suffix: string) => `d_ev_${datedRaw(at, suffix)}`,
  auditEvent: (at: number, suffix: string) => `audit_ev_${datedRaw(at, suffix)}`,
  auditAction: (at: number, suffix: string) => `audit_act_${datedRaw(at, suffix)}`,
  job: (at: number, suffix: string) => `job_${datedRaw(at, suffix)}`,
};

/** The raw-id prefix of a certificate or operation id, or undefined if the id is not ours. */
export function deviceKeyOf(id: string, tag: 'd_c_' | 'd_op_'): string | undefined {
  if (!id.startsWith(tag)) return undefined;
  const raw = id.slice(tag.length);
  return raw.length === 22 ? raw.slice(0, DEVICE_KEY_LENGTH) : undefined;
}

/** The cluster the fleet connects to. */
export const CLUSTER_NODES = ['cluster_node_4fRk8WmZq2Hs7TnB1xVc9P', 'cluster_node_7Ld3YpQe6KjN2wGm8ZtR5F', 'cluster_node_2Xv9HbJ4sMf6CqP1kTn8Wy'] as const;

/** People and machines that appear in audit logs. */
export const ORGANIZATION_ID = 'org_5Hq8ZtN2mW7kR3xP9cV1bJ';
export const AUDIT_USERS = ['u_ZjRcffdyfXutC6XUAkswBx', 'u_8Nm3QwT5rY2kPz7HbL4cVs', 'u_3Fs9JdK6pW1xNq4TzM8gRe'] as const;
export const CONSOLE_USER_ID = AUDIT_USERS[0];
export const USER_TOKEN_IDS = ['u_pk_6Tq2WmX9nB4rZs8KcH1vLd', 'u_pk_9Pw5RkN3tY7mQx2JfG6bCz'] as const;
export const ORG_API_TOKEN_IDS = ['org_pk_4Vb8NqZ2kT6sWm3XrH9cJp'] as const;
export const DEPLOYMENT_TOKEN_IDS = ['deployment_id_2Rk7WqM4xN9tZb3HsC6vLf', 'deployment_id_8Gm3PzT6kQ2wXn5JrB9cYd'] as const;

/** A seeded device as e2e specs find it: its id, and its name (null for a device never named). */
export interface SeedDevice {
  id: string;
  name: string | null;
}

const device = (id: string, name: string | null): SeedDevice => ({ id, name });
const LAB_METER = device('d_ENUu3coTpqEmsiiM4Uy8Ks', 'meter-0001');

/**
 * The device fleet's problems, by stable id (mocks/seed/fleet.ts draws the ids; they never change).
 * Besides these, a few percent of the fleet have a pending certificate, and some have an old one
 * revoked or a stranger's rejected (mocks/seed/nexigon.ts, `certificateStory`).
 */
export const DEVICE_PROBLEMS = {
  /** The lab's test meter, re-imaged many times: one certificate of every status (Conflict with meter-0002). */
  labMeter: LAB_METER,
  /**
   * Devices presenting the same certificate fingerprint, two by two: the hub marks the certificate
   * Conflict on both, and each device's audit log names the other (`conflictingDeviceId`).
   */
  certificateConflicts: [
    { devices: [LAB_METER, device('d_quzPvZD2HjzhGhiYWC6NaX', 'meter-0002')], daysAgo: 9, story: "meter-0002 was flashed from the lab meter's SD card image" },
    { devices: [device('d_G142CrmcT6MX1qu2oq13J1', 'reefer-0014'), device('d_qtqdAuYkNxtDqWUUQKPhoF', 'reefer-0027')], daysAgo: 16, story: 'a telematics unit moved to another container kept its key, and its replacement got a copy' },
    { devices: [device('d_2pAnzeALWNdceikSW3yALz', 'charger-0021'), device('d_8ECx2BDeErRMyKdHxHGQNT', 'charger-0022')], daysAgo: 5, story: 'two chargers of one site were provisioned with the same key' },
    { devices: [device('d_24mKfq5zp6rewnMfZY2yBs', 'hvac-0019'), device('d_1PQMcnDHw8nnaDyBMWEJsV', 'meter-0029')], daysAgo: 2, story: 'a refurbished gateway board went from the meter fleet to a building, key and all' },
  ],
  /** Building B2's twelve controllers (hvac-0001 to hvac-0012), replaced last week: their new certificates wait for approval. */
  pendingRollout: [
    device('d_De8pnxsuwvmKmWumHzPhbT', 'hvac-0001'),
    device('d_Eiyzpn6hDkVmufHKhPVhof', 'hvac-0002'),
    device('d_rZyz9UP3BeDjPftnr8AmxV', 'hvac-0003'),
    device('d_kJaecKi5uSXNQ1sKS6qon8', 'hvac-0004'),
    device('d_vcmxC25uaPqYBAt2UkopcJ', 'hvac-0005'),
    device('d_WvVvSSj16aubhtXutf3Qsy', 'hvac-0006'),
    device('d_jZ9UWieQeKoxmTnoEkhqfp', 'hvac-0007'),
    device('d_FGerJn3vmqzwLsvRPiVY5G', null),
    device('d_LvBH1TSJc4cEQs9qm37FHN', 'hvac-0009'),
    device('d_UAfQXM3HhDmj7CuYxCGKXX', 'hvac-0010'),
    device('d_hvPzPRnHbUtWQwU7tDV2G6', 'hvac-0011'),
    device('d_G56m4xPyFYEwq96WENe4of', 'hvac-0012'),
  ],
} as const;
