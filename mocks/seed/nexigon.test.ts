import { describe, expect, it } from 'vitest';
import { certificateStory, seedAuditLog, seedCertificates, seedDevices } from './nexigon';
import { DEVICE_PROBLEMS } from './nexigon-ids';

/** The story the device seed tells (see DEVICE_PROBLEMS): what the certificates page and the device pages show. */
const devices = seedDevices();
const byId = new Map(devices.map((d) => [d.deviceId, d]));
const certificates = new Map(devices.map((d) => [d.deviceId, seedCertificates(d)]));
const withStatus = (status: string) => devices.filter((d) => certificates.get(d.deviceId)?.some((c) => c.status === status));

describe('device certificate seed', () => {
  it('names real devices in DEVICE_PROBLEMS', () => {
    const named = [DEVICE_PROBLEMS.labMeter, ...DEVICE_PROBLEMS.certificateConflicts.flatMap((c) => c.devices), ...DEVICE_PROBLEMS.pendingRollout];
    for (const d of named) expect(byId.get(d.id)?.name ?? null, d.id).toBe(d.name);
  });

  it('gives every device one active certificate, and a few percent a pending one (the B2 rollout among them)', () => {
    for (const d of devices) expect(certificates.get(d.deviceId)?.filter((c) => c.status === 'Active'), d.deviceId).toHaveLength(1);
    const pending = withStatus('Pending');
    expect(pending.length).toBeGreaterThan(0.01 * devices.length);
    expect(pending.length).toBeLessThan(0.05 * devices.length);
    expect(pending.map((d) => d.deviceId)).toEqual(expect.arrayContaining(DEVICE_PROBLEMS.pendingRollout.map((d) => d.id)));
    for (const d of devices) expect(certificates.get(d.deviceId)?.filter((c) => c.status === 'Pending').length ?? 0).toBeLessThanOrEqual(1);
  });

  it('has some revoked and rejected certificates, far fewer than devices', () => {
    expect(withStatus('Revoked').length).toBeGreaterThan(0.04 * devices.length);
    expect(withStatus('Revoked').length).toBeLessThan(0.12 * devices.length);
    expect(withStatus('Rejected').length).toBeGreaterThan(0.01 * devices.length);
    expect(withStatus('Rejected').length).toBeLessThan(0.05 * devices.length);
  });

  it('has a handful of conflicts: the same fingerprint on exactly two devices, each audit log naming the other', () => {
    const conflicted = withStatus('Conflict');
    expect(conflicted.map((d) => d.deviceId).sort()).toEqual(DEVICE_PROBLEMS.certificateConflicts.flatMap((c) => c.devices.map((d) => d.id)).sort());
    expect(DEVICE_PROBLEMS.certificateConflicts.length).toBeGreaterThanOrEqual(3);
    expect(DEVICE_PROBLEMS.certificateConflicts.length).toBeLessThanOrEqual(6);
    for (const { devices: [a, b] } of DEVICE_PROBLEMS.certificateConflicts) {
      const fingerprintOf = (id: string) => certificates.get(id)?.find((c) => c.status === 'Conflict')?.fingerprint;
      const shared = fingerprintOf(a.id);
      expect(shared).toBeDefined();
      expect(fingerprintOf(b.id)).toBe(shared);
      // Nobody else holds that fingerprint.
      expect(devices.filter((d) => certificates.get(d.deviceId)?.some((c) => c.fingerprint === shared)).map((d) => d.deviceId).sort()).toEqual([a.id, b.id].sort());
      for (const [self, other] of [
        [a, b],
        [b, a],
      ] as const) {
        const device = byId.get(self.id);
        if (!device) throw new Error(`no device ${self.id}`);
        const conflict = certificates.get(self.id)?.find((c) => c.status === 'Conflict');
        const record = seedAuditLog(device, certificates.get(self.id) ?? []).find((e) => (e.data as { certificateId?: string }).certificateId === conflict?.certificateId && (e.data as { status?: string }).status === 'Conflict');
        expect(record?.data).toMatchObject({ conflictingDeviceId: other.id });
      }
    }
  });

  it('gives the lab meter one certificate of every status', () => {
    expect(certificates.get(DEVICE_PROBLEMS.labMeter.id)?.map((c) => c.status).sort()).toEqual(['Active', 'Conflict', 'Pending', 'Rejected', 'Revoked']);
    expect(certificateStory(DEVICE_PROBLEMS.labMeter.id).conflict?.peer.name).toBe('meter-0002');
  });
});
