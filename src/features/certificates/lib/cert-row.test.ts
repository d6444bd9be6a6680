import { describe, expect, it } from 'vitest';
import { deviceCertRow, hubCaRow, lbCertRow, ownerPath } from './cert-row';

describe('certificate rows', () => {
  it('a device certificate has no validity dates (the API gives none) and links to the device certificates tab', () => {
    const row = deviceCertRow({ certificateId: 'd_c_1', status: 'Conflict', fingerprint: 'AA:BB', firstSeen: '2026-11-01T00:00:00Z' }, { deviceId: 'd_x/y', name: 'meter-0001', project: 'Smart meters' });
    expect(row).toMatchObject({ key: 'device:d_c_1', kind: 'device', status: 'conflict', notValidBefore: null, notValidAfter: null, firstSeen: Date.parse('2026-11-01T00:00:00Z') });
    expect(ownerPath(row.owner)).toBe('/devices/d_x%2Fy?tab=certificates');
  });

  it('an LB certificate keeps its names, dates and status details and links to the LB certificates tab', () => {
    const row = lbCertRow(
      {
        type: 'letsencryt',
        id: 'c1',
        common_name: 'mqtt.example.com',
        subject_alternative_name: ['ws.example.com'],
        fingerprint: 'ff',
        not_valid_before: '2026-01-01T00:00:00Z',
        not_valid_after: 'not a date',
        status: 'error',
        lb: null,
        name: 'mqtt-le',
        created_at: '2026-01-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
        status_details: 'rate limited',
      },
      { id: 'lb1', name: 'edge' },
      'nl-ams',
    );
    expect(row).toMatchObject({ kind: 'lb', name: 'mqtt-le', subject: 'mqtt.example.com', alternativeNames: ['ws.example.com'], status: 'error', statusDetails: 'rate limited', notValidAfter: null });
    expect(ownerPath(row.owner)).toBe('/load-balancers/nl-ams/lb1?tab=certificates');
  });

  it('a hub CA takes its validity from the parsed PEM and links to the hub CA tab', () => {
    const row = hubCaRow(
      { subject: 'CN=Fleet CA, O=Example', commonName: 'Fleet CA', notBefore: new Date('2025-01-01T00:00:00Z'), notAfter: new Date('2030-01-01T00:00:00Z'), fingerprintSha256: 'AB:CD' },
      { id: 'h1', name: 'smart-meters', region: 'fr-par' },
    );
    expect(row).toMatchObject({ kind: 'hub-ca', name: 'Fleet CA', status: 'installed', notValidAfter: Date.parse('2030-01-01T00:00:00Z') });
    expect(ownerPath(row.owner)).toBe('/hubs/fr-par/h1?tab=ca');
  });
});
