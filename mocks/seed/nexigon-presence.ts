import type { ConnectionEndReason } from '../../src/api/nexigon/types';
import { hashString } from '../lib/random';
import { CLUSTER_NODES, nexigonIds } from './nexigon-ids';

/**
 * When each device is connected, as a pure function of its id and the
 * clock: no timers, the same answer in every tab (and for the MQTT
 * simulator, which may import this to publish matching online/offline).
 *
 * A device repeats a cycle: connected for part of `periodMs`, then away.
 * Most devices are steady (connected for days, short gaps), some flap every
 * few minutes (so the list visibly changes between refreshes), and some have
 * gone dormant (last seen days ago).
 */
export type PresenceKind = 'steady' | 'flapping' | 'dormant';

export interface PresenceProfile {
  kind: PresenceKind;
  periodMs: number;
  /** Mean connected share of a cycle. */
  onlineShare: number;
  phaseMs: number;
}

export interface Session {
  /** Absolute cycle index, stable over time: the session's identity. */
  cycle: number;
  connectionId: string;
  nodeId: string;
  start: number;
  /** null while connected. */
  end: number | null;
  endReason: ConnectionEndReason | null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const unit = (text: string) => (hashString(text) % 1_000_000) / 1_000_000;

export function presenceProfile(deviceId: string): PresenceProfile {
  const bucket = hashString(`presence:${deviceId}`) % 100;
  const r = unit(`period:${deviceId}`);
  const phaseMs = Math.floor(unit(`phase:${deviceId}`) * 7 * DAY);
  if (bucket < 6) return { kind: 'dormant', periodMs: (8 + r * 16) * HOUR, onlineShare: 0.6, phaseMs };
  if (bucket < 18) return { kind: 'flapping', periodMs: (3 + r * 12) * MINUTE, onlineShare: 0.5 + unit(`share:${deviceId}`) * 0.3, phaseMs };
  return { kind: 'steady', periodMs: (1 + r * 4) * DAY, onlineShare: 0.9 + unit(`share:${deviceId}`) * 0.08, phaseMs };
}

/** Any 8 consecutive sessions end with every reason; most end normally. */
const END_PATTERN: readonly ConnectionEndReason[] = ['Disconnected', 'NodeCrashed', 'Disconnected', 'ServerShutdown', 'Disconnected', 'Disconnected', 'Unknown', 'Disconnected'];

/**
 * Dormant devices stopped connecting 2 to 25 days ago, counted in whole days
 * (so it moves once a day). Fleet devices are at least 30 days old, so
 * `presenceAt(id, 0)` (what the simulator can call without the seed) agrees with the mock.
 */
function dormantSince(deviceId: string, now: number): number {
  return Math.floor(now / DAY) * DAY - (2 + (hashString(`dormant:${deviceId}`) % 24)) * DAY;
}

function sessionOf(deviceId: string, profile: PresenceProfile, cycle: number, now: number): Session | null {
  const start = cycle * profile.periodMs - profile.phaseMs;
  if (start > now) return null;
  const jitter = 0.85 + 0.3 * unit(`jitter:${deviceId}:${cycle}`);
  const onlineMs = Math.min(profile.periodMs * 0.98, profile.periodMs * profile.onlineShare * jitter);
  const end = start + onlineMs;
  const seed = `${deviceId}:${cycle}`;
  const h = hashString(seed);
  const ended = end <= now;
  return {
    cycle,
    connectionId: nexigonIds.connection(`conn:${seed}`),
    nodeId: CLUSTER_NODES[h % CLUSTER_NODES.length] ?? CLUSTER_NODES[0],
    start,
    end: ended ? end : null,
    endReason: ended ? (END_PATTERN[(cycle + hashString(deviceId)) % END_PATTERN.length] ?? 'Disconnected') : null,
  };
}

/**
 * The device's sessions, newest first, at most `limit`. Nothing before
 * `since` (the device did not exist yet) and, for dormant devices, nothing
 * after they went quiet.
 */
export function sessions(deviceId: string, options: { now?: number; since: number; limit?: number }): Session[] {
  const now = options.now ?? Date.now();
  const limit = options.limit ?? 100;
  const profile = presenceProfile(deviceId);
  const horizon = profile.kind === 'dormant' ? dormantSince(deviceId, now) : now;
  let cycle = Math.floor((Math.min(now, horizon) + profile.phaseMs) / profile.periodMs);
  const out: Session[] = [];
  while (out.length < limit) {
    const s = sessionOf(deviceId, profile, cycle, now);
    cycle--;
    if (!s) continue;
    if (s.start < options.since) break;
    // A dormant device's last session ended before it went quiet.
    if (profile.kind === 'dormant' && (s.end === null || s.end > horizon)) {
      if (s.start >= horizon) continue;
      out.push({ ...s, end: Math.min(s.end ?? horizon, horizon), endReason: s.endReason ?? 'NodeCrashed' });
      continue;
    }
    out.push(s);
  }
  return out;
}

export interface Presence {
  isConnected: boolean;
  current: Session | null;
  /** The current session, or the most recent one. */
  latest: Session | null;
}

export function presenceAt(deviceId: string, since: number, now = Date.now()): Presence {
  const [latest = null] = sessions(deviceId, { now, since, limit: 1 });
  const current = latest && latest.end === null ? latest : null;
  return { isConnected: current !== null, current, latest };
}
