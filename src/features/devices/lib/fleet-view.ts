import type { FleetDevice } from '../../../api/nexigon/queries';
import { DEVICE_STATUSES } from '../../../api/nexigon/types';
import { deviceLabel } from './device-labels';

/**
 * Filtering and sorting the fleet happen in the browser: the API returns
 * every device at once, and doing it here keeps typing instant on 2,400 rows.
 */
export const ONLINE_FILTERS = ['all', 'online', 'offline'] as const;
export type OnlineFilter = (typeof ONLINE_FILTERS)[number];

export const FLEET_SORT_KEYS = ['name', 'project', 'state', 'lastConnected', 'duration'] as const;
export type FleetSortKey = (typeof FLEET_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export interface FleetFilter {
  text: string;
  projectId: string;
  online: OnlineFilter;
  /** The device's reported status (healthy, warning…); 'all' or absent: any. */
  health?: DeviceHealthFilter;
}

export const DEVICE_HEALTH_FILTERS = ['all', ...DEVICE_STATUSES] as const;
export type DeviceHealthFilter = (typeof DEVICE_HEALTH_FILTERS)[number];

const haystacks = new WeakMap<FleetDevice, string>();
function haystack(d: FleetDevice): string {
  let h = haystacks.get(d);
  if (h === undefined) {
    h = [d.name ?? '', d.deviceId, d.hostname ?? '', d.projectName].join('\n').toLowerCase();
    haystacks.set(d, h);
  }
  return h;
}

/** Every word of the text must appear in the name, id, hostname or project. */
export function filterFleet(devices: readonly FleetDevice[], filter: FleetFilter): FleetDevice[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return devices.filter(
    (d) =>
      (!filter.projectId || d.projectId === filter.projectId) &&
      (filter.online === 'all' || d.isConnected === (filter.online === 'online')) &&
      (!filter.health || filter.health === 'all' || d.status === filter.health) &&
      words.every((w) => haystack(d).includes(w)),
  );
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const STATE_RANK: Record<string, number> = { error: 0, warning: 1, unknown: 2, healthy: 3, offline: 4 };

/** Compares with missing values last whatever the direction, so "never connected" never hides the top of the list. */
function byOptional<T>(a: T | null | undefined, b: T | null | undefined, cmp: (x: T, y: T) => number, dir: number): number {
  const aMissing = a === null || a === undefined;
  const bMissing = b === null || b === undefined;
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  return dir * cmp(a, b);
}

export function sortFleet(devices: readonly FleetDevice[], key: FleetSortKey, direction: SortDirection): FleetDevice[] {
  const dir = direction === 'asc' ? 1 : -1;
  const name = (a: FleetDevice, b: FleetDevice) => collator.compare(deviceLabel(a), deviceLabel(b));
  const compare: Record<FleetSortKey, (a: FleetDevice, b: FleetDevice) => number> = {
    name: (a, b) => dir * name(a, b),
    project: (a, b) => dir * collator.compare(a.projectName, b.projectName) || name(a, b),
    // Problems first in ascending order: that is what an operator sorts by state for.
    state: (a, b) => dir * ((STATE_RANK[a.status] ?? 2) - (STATE_RANK[b.status] ?? 2)) || name(a, b),
    lastConnected: (a, b) => byOptional(a.lastConnectedAt, b.lastConnectedAt, (x, y) => Date.parse(x) - Date.parse(y), dir) || name(a, b),
    duration: (a, b) => byOptional(a.currentConnectionDurationSecs, b.currentConnectionDurationSecs, (x, y) => x - y, dir) || name(a, b),
  };
  return [...devices].sort(compare[key]);
}
