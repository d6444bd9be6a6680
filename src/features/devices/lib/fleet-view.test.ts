import { describe, expect, it } from 'vitest';
import type { FleetDevice } from '../../../api/nexigon/queries';
import { DEVICE_HEALTH_FILTERS, filterFleet, sortFleet } from './fleet-view';

const device = (over: Partial<FleetDevice>): FleetDevice => ({
  deviceId: 'd_x',
  name: null,
  hostname: null,
  firstSeen: '2026-01-01T00:00:00Z',
  status: 'healthy',
  isConnected: true,
  pendingCertificatesCount: 0,
  lastConnectedAt: '2026-11-01T00:00:00Z',
  currentConnectionDurationSecs: 60,
  projectId: 'p_a',
  projectName: 'Smart meters',
  ...over,
});

const fleet = [
  device({ deviceId: 'd_1', name: 'meter-0010', currentConnectionDurationSecs: 5 }),
  device({ deviceId: 'd_2', name: 'meter-0002', isConnected: false, status: 'offline', currentConnectionDurationSecs: null, lastConnectedAt: '2026-10-01T00:00:00Z' }),
  device({ deviceId: 'd_3', name: null, projectId: 'p_b', projectName: 'Cold chain', status: 'error', currentConnectionDurationSecs: 500 }),
  device({ deviceId: 'd_4', name: 'reefer-0001', projectId: 'p_b', projectName: 'Cold chain', isConnected: false, status: 'offline', lastConnectedAt: null, currentConnectionDurationSecs: null }),
];

describe('fleet view', () => {
  it('filters by project, online state and every word of the text', () => {
    expect(filterFleet(fleet, { text: '', projectId: 'p_b', online: 'all' }).map((d) => d.deviceId)).toEqual(['d_3', 'd_4']);
    expect(filterFleet(fleet, { text: '', projectId: '', online: 'offline' }).map((d) => d.deviceId)).toEqual(['d_2', 'd_4']);
    expect(filterFleet(fleet, { text: 'METER 001', projectId: '', online: 'online' }).map((d) => d.deviceId)).toEqual(['d_1']);
    expect(filterFleet(fleet, { text: 'cold d_3', projectId: '', online: 'all' }).map((d) => d.deviceId)).toEqual(['d_3']);
    for (const health of DEVICE_HEALTH_FILTERS.slice(1)) {
      expect(filterFleet(fleet, { text: '', projectId: '', online: 'all', health }).every((d) => d.status === health)).toBe(true);
    }
    expect(filterFleet(fleet, { text: '', projectId: '', online: 'all', health: 'error' }).map((d) => d.deviceId)).toEqual(['d_3']);
    expect(filterFleet(fleet, { text: '', projectId: '', online: 'all', health: 'all' })).toHaveLength(fleet.length);
  });

  it('sorts naturally by name, and keeps missing values last in both directions', () => {
    expect(sortFleet(fleet, 'name', 'asc').map((d) => d.deviceId)).toEqual(['d_3', 'd_2', 'd_1', 'd_4']);
    expect(sortFleet(fleet, 'duration', 'desc').map((d) => d.deviceId)).toEqual(['d_3', 'd_1', 'd_2', 'd_4']);
    expect(sortFleet(fleet, 'duration', 'asc').map((d) => d.deviceId)).toEqual(['d_1', 'd_3', 'd_2', 'd_4']);
    expect(sortFleet(fleet, 'lastConnected', 'asc').at(-1)?.deviceId).toBe('d_4');
    expect(sortFleet(fleet, 'lastConnected', 'desc').at(-1)?.deviceId).toBe('d_4');
    expect(sortFleet(fleet, 'state', 'asc')[0]?.deviceId).toBe('d_3');
  });
});
