import { describe, expect, it } from 'vitest';
import type { AuditLogEvent } from '../../../api/nexigon/types';
import { conflictPeers } from './conflict-peers';

const PEER = 'd_quzPvZD2HjzhGhiYWC6NaX';
const OTHER = 'd_ENUu3coTpqEmsiiM4Uy8Ks';
const event = (createdAt: string, eventName: string, data: unknown): AuditLogEvent => ({ eventId: `audit_ev_${createdAt}`, actor: { actor: 'System' }, event: eventName, data, createdAt });

describe('conflictPeers', () => {
  it('names the other device of each conflicting certificate from the audit log', () => {
    const events = [
      event('2026-11-20T10:00:00Z', 'DeviceCertificateAdded', { certificateId: 'c1', status: 'Pending' }),
      event('2026-11-25T10:00:00Z', 'DeviceCertificateStatusChanged', { certificateId: 'c1', status: 'Conflict', conflictingDeviceId: PEER }),
      event('2026-11-26T10:00:00Z', 'DeviceCertificateStatusChanged', { certificateId: 'c2', status: 'Conflict', conflictingDeviceId: OTHER }),
    ];
    expect([...conflictPeers(events, ['c1', 'c2'])]).toEqual([
      ['c2', OTHER],
      ['c1', PEER],
    ]);
    expect([...conflictPeers(events, ['c1'])]).toEqual([['c1', PEER]]);
  });

  it('keeps the newest record of a certificate, and ignores records that do not name a device', () => {
    const events = [
      event('2026-11-25T10:00:00Z', 'DeviceCertificateStatusChanged', { certificateId: 'c1', status: 'Conflict', conflictingDeviceId: OTHER }),
      event('2026-11-27T10:00:00Z', 'DeviceCertificateStatusChanged', { certificateId: 'c1', status: 'Conflict', conflictingDeviceId: PEER }),
      event('2026-11-28T10:00:00Z', 'DeviceCertificateStatusChanged', { certificateId: 'c2', status: 'Conflict', reason: 'fingerprint presented by another device' }),
      event('2026-11-28T10:00:00Z', 'DeviceCertificateStatusChanged', { certificateId: 'c3', status: 'Conflict', conflictingDeviceId: '<img src=x>' }),
      event('2026-11-28T10:00:00Z', 'DeviceCertificateStatusChanged', { certificateId: 'c4', status: 'Active', conflictingDeviceId: PEER }),
      event('2026-11-28T10:00:00Z', 'DeviceCertificateStatusChanged', 'not an object'),
    ];
    expect([...conflictPeers(events, ['c1', 'c2', 'c3', 'c4'])]).toEqual([['c1', PEER]]);
    expect(conflictPeers(undefined, ['c1']).size).toBe(0);
  });
});
