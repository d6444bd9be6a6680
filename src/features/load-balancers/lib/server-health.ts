import type { Backend, BackendServerStats, HealthCheckStatus, ServerState } from '../../../api/scaleway-lb/types';

/**
 * The API reports each server once per load balancer instance (active and
 * standby check independently). Operators think per server: it is healthy
 * when every instance sees it up, degraded when only some do.
 */
export type ServerHealth = 'up' | 'degraded' | 'down' | 'starting' | 'unknown';

export interface ServerSummary {
  ip: string;
  health: ServerHealth;
  instances: number;
  instancesUp: number;
  state: ServerState;
  lastCheck: HealthCheckStatus;
  /** Latest state change seen by any instance. */
  changedAt: string | null;
}

export interface BackendHealth {
  backend: Backend;
  servers: ServerSummary[];
  up: number;
}

const STATE_RANK: Record<ServerState, number> = { stopped: 0, stopping: 1, starting: 2, unknown: 3, running: 4 };
const CHECK_RANK: Record<HealthCheckStatus, number> = { failed: 0, unknown: 1, neutral: 2, condpass: 3, passed: 4 };

export function summarizeServers(backend: Backend, stats: readonly BackendServerStats[]): BackendHealth {
  const byIp = new Map<string, BackendServerStats[]>();
  for (const s of stats) if (s.backend_id === backend.id) byIp.set(s.ip, [...(byIp.get(s.ip) ?? []), s]);
  const servers = backend.pool.map((ip): ServerSummary => {
    const rows = byIp.get(ip) ?? [];
    const up = rows.filter((r) => r.server_state === 'running' && r.last_health_check_status !== 'failed').length;
    const worstState = rows.reduce<ServerState>((w, r) => (STATE_RANK[r.server_state] < STATE_RANK[w] ? r.server_state : w), rows.length ? 'running' : 'unknown');
    const worstCheck = rows.reduce<HealthCheckStatus>((w, r) => (CHECK_RANK[r.last_health_check_status] < CHECK_RANK[w] ? r.last_health_check_status : w), rows.length ? 'passed' : 'unknown');
    const changedAt = rows.map((r) => r.server_state_changed_at ?? '').sort().at(-1) || null;
    let health: ServerHealth;
    if (rows.length === 0) health = 'unknown';
    else if (rows.some((r) => r.server_state === 'starting')) health = 'starting';
    else if (up === rows.length) health = 'up';
    else if (up === 0) health = 'down';
    else health = 'degraded';
    return { ip, health, instances: rows.length, instancesUp: up, state: worstState, lastCheck: worstCheck, changedAt };
  });
  return { backend, servers, up: servers.filter((s) => s.health === 'up').length };
}
