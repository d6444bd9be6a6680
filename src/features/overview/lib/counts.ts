import type { ScanSnapshot } from '../../../api/nexigon/device-scan';
import type { FleetDevice } from '../../../api/nexigon/queries';
import { HUB_STATUS_GROUPS, hubStatusGroup, type Hub, type HubStatusGroup } from '../../../api/scaleway-iot/types';
import type { Lb, LbStatus } from '../../../api/scaleway-lb/types';

const DAY_MS = 86_400_000;

export interface HubCounts {
  byStatus: Record<HubStatusGroup, number>;
  devices: number;
  connected: number;
}

export function countHubs(hubs: readonly Hub[]): HubCounts {
  const byStatus = Object.fromEntries(HUB_STATUS_GROUPS.map((g) => [g, 0])) as Record<HubStatusGroup, number>;
  let devices = 0;
  let connected = 0;
  for (const h of hubs) {
    byStatus[hubStatusGroup(h.status)]++;
    devices += h.device_count;
    connected += h.connected_device_count;
  }
  return { byStatus, devices, connected };
}

export interface DeviceCounts {
  online: number;
  offline: number;
  healthy: number;
  /** Reported as `warning` by the API. */
  degraded: number;
  error: number;
}

export function countDevices(devices: readonly FleetDevice[]): DeviceCounts {
  const c: DeviceCounts = { online: 0, offline: 0, healthy: 0, degraded: 0, error: 0 };
  for (const d of devices) {
    if (d.isConnected) c.online++;
    else c.offline++;
    if (d.status === 'healthy') c.healthy++;
    else if (d.status === 'warning') c.degraded++;
    else if (d.status === 'error') c.error++;
  }
  return c;
}

/** Load balancers per status, only the statuses present, in a stable order (problems first). */
export function countLbStatuses(lbs: readonly Pick<Lb, 'status'>[]): [LbStatus, number][] {
  const counts = new Map<LbStatus, number>();
  for (const lb of lbs) counts.set(lb.status, (counts.get(lb.status) ?? 0) + 1);
  const rank = (s: LbStatus) => (s === 'error' ? 0 : s === 'locked' ? 1 : s === 'ready' ? 3 : 2);
  return [...counts].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

export interface ExpiryCounts {
  expired: number;
  expiringSoon: number;
}

/** Expired, or still valid and expiring within `days` (as the certificates page counts). */
export function countExpiries(notAfter: readonly number[], now: number, days: number): ExpiryCounts {
  let expired = 0;
  let expiringSoon = 0;
  for (const t of notAfter) {
    if (t <= now) expired++;
    else if (t <= now + days * DAY_MS) expiringSoon++;
  }
  return { expired, expiringSoon };
}

export interface ScanCounts {
  pending: number;
  conflict: number;
}

/** Device certificates waiting for approval or in conflict, in the scan's results so far. */
export function countScanCertificates(snapshot: ScanSnapshot): ScanCounts {
  let pending = 0;
  let conflict = 0;
  for (const r of snapshot.results) {
    for (const c of r.certificates) {
      if (c.status === 'Pending') pending++;
      else if (c.status === 'Conflict') conflict++;
    }
  }
  return { pending, conflict };
}
