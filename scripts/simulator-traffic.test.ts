import { describe, expect, it } from 'vitest';
import { fleetDevices } from '../mocks/seed/fleet';
import { createTraffic, EVENT_SEVERITIES, initialStatus } from './simulator-traffic';

describe('simulator traffic', () => {
  it('is deterministic for a seed and speaks for the seeded devices', () => {
    const a = createTraffic('t');
    const b = createTraffic('t');
    const ids = new Set(fleetDevices().map((d) => d.deviceId));
    for (let i = 0; i < 200; i++) {
      const m = a.next(0);
      expect(b.next(0)).toEqual(m);
      const [, id, kind] = m.topic.split('/');
      expect(ids.has(id ?? '')).toBe(true);
      expect(['telemetry', 'events', 'blob', 'status']).toContain(kind);
    }
  });

  it('publishes JSON telemetry, Nexigon-severity events, binary blobs and retained status', () => {
    const t = createTraffic('mix');
    const kinds = new Map<string, number>();
    for (let i = 0; i < 2000; i++) {
      const m = t.next(Date.UTC(2026, 0, 1));
      const kind = m.topic.split('/')[2] ?? '';
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      if (kind === 'telemetry') expect(() => JSON.parse(m.payload as string)).not.toThrow();
      if (kind === 'events') expect(EVENT_SEVERITIES).toContain((JSON.parse(m.payload as string) as { severity: string }).severity);
      if (kind === 'blob') expect(new TextDecoder('utf-8', { fatal: true }).decode.bind(new TextDecoder('utf-8', { fatal: true }), m.payload as Uint8Array)).toThrow();
      if (kind === 'status') expect(m).toMatchObject({ retain: true, payload: expect.stringMatching(/^(online|offline)$/) });
    }
    for (const kind of ['telemetry', 'events', 'blob', 'status']) expect(kinds.get(kind)).toBeGreaterThan(0);
  });

  it('starts every device with a status, a few offline', () => {
    const s = initialStatus('x');
    expect(s).toHaveLength(2400);
    const offline = s.filter((d) => !d.online).length;
    expect(offline).toBeGreaterThan(50);
    expect(offline).toBeLessThan(400);
  });
});
