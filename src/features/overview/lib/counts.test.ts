import { describe, expect, it } from 'vitest';
import { latestActivationProblem } from '../../../api/akamai/queries';
import type { Activation } from '../../../api/akamai/types';
import type { FleetDevice } from '../../../api/nexigon/queries';
import type { Hub } from '../../../api/scaleway-iot/types';
import { downServers } from '../../../api/scaleway-lb/queries';
import type { BackendServerStats } from '../../../api/scaleway-lb/types';
import { countDevices, countExpiries, countHubs, countLbStatuses } from './counts';
import { overviewLinks } from './links';

const DAY = 86_400_000;

describe('overview counts', () => {
  it('groups hub statuses (enabling and disabling are one group) and sums devices', () => {
    const hub = (status: Hub['status'], devices: number, connected: number) => ({ status, device_count: devices, connected_device_count: connected }) as Hub;
    const c = countHubs([hub('ready', 10, 8), hub('enabling', 5, 0), hub('disabling', 3, 1), hub('error', 2, 0), hub('disabled', 1, 0)]);
    expect(c.byStatus).toEqual({ ready: 1, error: 1, changing: 2, disabled: 1, unknown: 0 });
    expect([c.connected, c.devices]).toEqual([9, 21]);
  });

  it('counts devices online and by health (warning is degraded)', () => {
    const d = (isConnected: boolean, status: FleetDevice['status']) => ({ isConnected, status }) as FleetDevice;
    expect(countDevices([d(true, 'healthy'), d(true, 'warning'), d(true, 'error'), d(false, 'offline')])).toEqual({ online: 3, offline: 1, healthy: 1, degraded: 1, error: 1 });
  });

  it('lists load balancer statuses present, problems first', () => {
    expect(countLbStatuses([{ status: 'ready' }, { status: 'error' }, { status: 'ready' }, { status: 'locked' }])).toEqual([
      ['error', 1],
      ['locked', 1],
      ['ready', 2],
    ]);
  });

  it('counts expired and expiring within the window, as the certificates page does', () => {
    const now = Date.UTC(2026, 11, 7);
    expect(countExpiries([now - DAY, now, now + 10 * DAY, now + 30 * DAY, now + 31 * DAY], now, 30)).toEqual({ expired: 2, expiringSoon: 2 });
  });

  it('finds backend servers no instance sees up', () => {
    const row = (backend_id: string, ip: string, server_state: BackendServerStats['server_state'], last_health_check_status: BackendServerStats['last_health_check_status']) =>
      ({ instance_id: 'i', backend_id, ip, server_state, server_state_changed_at: null, last_health_check_status }) as BackendServerStats;
    const stats = [row('b1', '10.0.0.1', 'running', 'passed'), row('b1', '10.0.0.1', 'running', 'failed'), row('b1', '10.0.0.2', 'running', 'failed'), row('b1', '10.0.0.2', 'stopped', 'unknown'), row('b2', '10.0.0.1', 'stopped', 'failed')];
    expect(downServers(stats)).toEqual([
      { backendId: 'b1', ip: '10.0.0.2' },
      { backendId: 'b2', ip: '10.0.0.1' },
    ]);
  });

  it("reads a configuration's latest activation: pending, failed, aborted or unavailable need a look", () => {
    const op = (createdAt: number, activationStatus: Activation['activationStatus'], operationType: Activation['operationType'] = 'ACTIVATION') => ({ createdAt, activationStatus, operationType, version: String(createdAt) }) as Activation;
    expect(latestActivationProblem([])).toBeNull();
    expect(latestActivationProblem([op(1, 'DEPLOYED'), op(2, 'FAILED')])?.problem).toBe('failed');
    expect(latestActivationProblem([op(2, 'ABORTED'), op(1, 'DEPLOYED')])?.problem).toBe('aborted');
    expect(latestActivationProblem([op(1, 'FAILED'), op(2, 'DEPLOYED')])).toBeNull();
    expect(latestActivationProblem([op(1, 'DEPLOYED'), op(2, 'PENDING')])?.problem).toBe('pending');
    expect(latestActivationProblem([op(1, 'UNAVAILABLE', 'DEACTIVATION')])?.problem).toBe('unavailable');
    // A version never activated is listed NEW with N/A: nothing is under way.
    expect(latestActivationProblem([op(1, 'DEPLOYED'), op(2, 'NEW', 'N/A')])).toBeNull();
  });

  it("builds links with the list pages' own parameters", () => {
    expect(overviewLinks.hubs('fr-par', 'changing')).toBe('/hubs?region=fr-par&status=changing');
    expect(overviewLinks.devices({ health: 'warning' })).toBe('/devices?health=warning');
    expect(overviewLinks.deviceCertificates('pending')).toBe('/certificates?kind=device&status=pending');
    expect(overviewLinks.cloudCertificates('nl-ams', { expiresWithinDays: 30 })).toBe('/certificates?region=nl-ams&expires=30');
    expect(overviewLinks.cloudCertificates('nl-ams', { expired: true })).toBe('/certificates?region=nl-ams&status=expired');
    expect(overviewLinks.loadBalancers('pl-waw', 'locked')).toBe('/load-balancers?region=pl-waw&status=locked');
  });
});
