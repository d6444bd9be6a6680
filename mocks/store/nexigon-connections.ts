import type { ConnectionEndReason } from '../../src/api/nexigon/types';
import type { Session } from '../seed/nexigon-presence';
import { createCollection } from './collection';

/**
 * Connections registered or ended through the API (`devices_RegisterConnection`,
 * `devices_UnregisterConnection`), on top of the presence computed from the
 * clock. An entry with a seeded connection's id ends that connection early.
 */
export interface AgentConnection {
  connectionId: string;
  deviceId: string;
  nodeId: string;
  start: number;
  end: number | null;
  endReason: ConnectionEndReason | null;
}

export const agentConnections = createCollection<AgentConnection>({ name: 'nexigon.connections', seed: () => [], id: (c) => c.connectionId });

const asSession = (c: AgentConnection): Session => ({ cycle: -1, connectionId: c.connectionId, nodeId: c.nodeId, start: c.start, end: c.end, endReason: c.endReason });

/**
 * The device's connections, newest first, at most `limit`: the seeded ones
 * (as changed through the API) and the ones registered through the API.
 */
export function mergeSessions(deviceId: string, seeded: (limit: number) => Session[], limit: number): Session[] {
  const mine = agentConnections.all().filter((c) => c.deviceId === deviceId);
  if (mine.length === 0) return seeded(limit);
  const byId = new Map(mine.map((c) => [c.connectionId, c]));
  const merged = seeded(limit + mine.length).map((s) => {
    const changed = byId.get(s.connectionId);
    byId.delete(s.connectionId);
    return changed ? asSession(changed) : s;
  });
  merged.push(...[...byId.values()].map(asSession));
  return merged.sort((a, b) => b.start - a.start).slice(0, limit);
}
