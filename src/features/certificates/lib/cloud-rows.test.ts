// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../../../mocks/node';
import { HUB_PROBLEMS } from '../../../../mocks/seed/scaleway-iot-ids';
import { listDeviceCertificates, setDeviceCertificateStatus } from '../../../api/nexigon/client';
import { fetchHubCaOverview } from '../../../api/scaleway-iot/queries';
import { fetchLbCertificateOverview } from '../../../api/scaleway-lb/queries';
import { isApiError } from '../../../api/errors/api-error';
import { setScenarios } from '../../../lib/mock-scenario';
import { hubCaOverviewRows, lbOverviewRows } from './cloud-rows';
import { DAY_MS } from './filters';

/** The fetchers against the mock backend (same handlers as the browser). */
const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'bypass' }));
afterEach(() => setScenarios([]));
afterAll(() => server.close());

const signal = () => new AbortController().signal;

describe('certificates overview: fetchers and rows', () => {
  it('gathers every load balancer certificate of the region with its owner and validity', async () => {
    const { rows, failures } = lbOverviewRows(await fetchLbCertificateOverview('fr-par', signal()));
    expect(failures).toEqual([]);
    const wildcard = rows.find((r) => r.name === 'fleet-wildcard');
    expect(wildcard).toMatchObject({ kind: 'lb', status: 'ready', subject: '*.fleet.example.com', alternativeNames: ['fleet.example.com'], type: 'custom' });
    expect(wildcard?.owner).toMatchObject({ kind: 'lb', region: 'fr-par' });
    const days = ((wildcard?.notValidAfter ?? 0) - Date.now()) / DAY_MS;
    expect(days).toBeGreaterThan(11);
    expect(days).toBeLessThan(13);
    expect(rows.every((r) => r.owner.region === 'fr-par')).toBe(true);
  });

  it('reads and parses the custom CA of the hubs that have one: one expiring within 30 days, one expired', async () => {
    const { rows, failures } = await hubCaOverviewRows(await fetchHubCaOverview('fr-par', signal()));
    expect(failures).toEqual([]);
    expect(rows.map((r) => r.owner.name).sort()).toEqual(['fleet-telemetry-par', 'legacy-gateway', 'smart-meters-prod']);
    for (const row of rows) {
      expect(row).toMatchObject({ kind: 'hub-ca', status: 'installed', owner: { kind: 'hub', region: 'fr-par' } });
      expect(row.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
      expect(row.notValidAfter).toBeGreaterThan(row.notValidBefore ?? Infinity);
    }
    const daysLeft = (hubId: string) => ((rows.find((r) => r.owner.id === hubId)?.notValidAfter ?? NaN) - Date.now()) / DAY_MS;
    // Whole UTC days from the day the mock started: within a day of the seeded figure.
    expect(daysLeft(HUB_PROBLEMS.caExpiringSoon.hubId)).toBeGreaterThan(HUB_PROBLEMS.caExpiringSoon.expiresInDays - 1);
    expect(daysLeft(HUB_PROBLEMS.caExpiringSoon.hubId)).toBeLessThanOrEqual(HUB_PROBLEMS.caExpiringSoon.expiresInDays);
    expect(daysLeft(HUB_PROBLEMS.caExpired.hubId)).toBeGreaterThan(-HUB_PROBLEMS.caExpired.expiredDaysAgo - 1);
    expect(daysLeft(HUB_PROBLEMS.caExpired.hubId)).toBeLessThanOrEqual(-HUB_PROBLEMS.caExpired.expiredDaysAgo);
    expect(rows.find((r) => r.owner.id === HUB_PROBLEMS.caExpiringSoon.hubId)?.subject).toBe('CN=Acme Fleet Device CA 2024, O=Acme IoT, C=FR');
  });

  it('honours the fail-device and fail-certificate mock scenarios', async () => {
    const details = await listDeviceCertificates({ deviceId: 'd_jZ9UWieQeKoxmTnoEkhqfp' });
    const pending = details.find((c) => c.status === 'Pending');
    expect(pending).toBeDefined();
    setScenarios(['fail-device:d_jZ9UWieQeKoxmTnoEkhqfp', `fail-certificate:${pending?.certificateId}`]);
    const deviceError = await listDeviceCertificates({ deviceId: 'd_jZ9UWieQeKoxmTnoEkhqfp' }).catch((e: unknown) => e);
    expect(isApiError(deviceError) && deviceError.status).toBe(500);
    const statusError = await setDeviceCertificateStatus({ certificateId: pending?.certificateId ?? '', status: 'Active' }).catch((e: unknown) => e);
    expect(isApiError(statusError) && statusError.message).toContain('write conflict');
    // Other devices are unaffected.
    await expect(listDeviceCertificates({ deviceId: 'd_ENUu3coTpqEmsiiM4Uy8Ks' })).resolves.toHaveLength(5);
  });
});
