import type { AuditLogEvent } from '../../../api/nexigon/types';

/**
 * The other device behind each conflicting certificate. The device details only say "Conflict";
 * the hub's audit record of the change names the device that presented the same fingerprint
 * (`conflictingDeviceId` in the event's data). The newest record per certificate wins.
 */
export function conflictPeers(events: readonly AuditLogEvent[] | undefined, certificateIds: readonly string[]): Map<string, string> {
  const peers = new Map<string, string>();
  const newestFirst = [...(events ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const e of newestFirst) {
    const data = typeof e.data === 'object' && e.data !== null && !Array.isArray(e.data) ? (e.data as Record<string, unknown>) : {};
    const { certificateId, conflictingDeviceId } = data;
    if (e.event !== 'DeviceCertificateStatusChanged' || data.status !== 'Conflict') continue;
    if (typeof certificateId !== 'string' || !certificateIds.includes(certificateId) || peers.has(certificateId)) continue;
    if (typeof conflictingDeviceId === 'string' && /^d_[1-9A-HJ-NP-Za-km-z]{22}$/.test(conflictingDeviceId)) peers.set(certificateId, conflictingDeviceId);
  }
  return peers;
}
