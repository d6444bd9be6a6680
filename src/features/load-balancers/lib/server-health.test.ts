import { describe, expect, it } from 'vitest';
import type { Backend, BackendServerStats } from '../../../api/scaleway-lb/types';
import { summarizeServers } from './server-health';

const backend = { id: 'b', pool: ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'] } as Backend;
const row = (ip: string, instance: string, state: BackendServerStats['server_state'], check: BackendServerStats['last_health_check_status'], at: string): BackendServerStats => ({
  backend_id: 'b',
  instance_id: instance,
  ip,
  server_state: state,
  last_health_check_status: check,
  server_state_changed_at: at,
});

describe('summarizeServers', () => {
  it('aggregates the per-instance view into one health per server', () => {
    const stats = [
      row('10.0.0.1', 'i1', 'running', 'passed', '2026-01-01T00:00:00Z'),
      row('10.0.0.1', 'i2', 'running', 'passed', '2026-01-02T00:00:00Z'),
      row('10.0.0.2', 'i1', 'running', 'passed', '2026-01-01T00:00:00Z'),
      row('10.0.0.2', 'i2', 'stopped', 'failed', '2026-01-03T00:00:00Z'),
      row('10.0.0.3', 'i1', 'stopped', 'failed', '2026-01-01T00:00:00Z'),
      row('10.0.0.3', 'i2', 'stopped', 'failed', '2026-01-01T00:00:00Z'),
      row('99.0.0.9', 'i1', 'running', 'passed', '2026-01-01T00:00:00Z'),
    ];
    const h = summarizeServers(backend, stats);
    expect(h.servers.map((s) => [s.ip, s.health, s.instancesUp, s.instances])).toEqual([
      ['10.0.0.1', 'up', 2, 2],
      ['10.0.0.2', 'degraded', 1, 2],
      ['10.0.0.3', 'down', 0, 2],
      ['10.0.0.4', 'unknown', 0, 0],
    ]);
    expect(h.up).toBe(1);
    expect(h.servers[1]).toMatchObject({ state: 'stopped', lastCheck: 'failed', changedAt: '2026-01-03T00:00:00Z' });
  });

  it('reports servers still starting', () => {
    expect(summarizeServers({ id: 'b', pool: ['10.0.0.1'] } as Backend, [row('10.0.0.1', 'i1', 'starting', 'neutral', '2026-01-01T00:00:00Z')]).servers[0]?.health).toBe('starting');
  });
});
