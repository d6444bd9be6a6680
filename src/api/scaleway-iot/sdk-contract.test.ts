// @vitest-environment jsdom
import type { API as IotApi } from '@scaleway/sdk-iot/v1';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../../mocks/node';
import { getHub, listHubs } from './client';

/**
 * The official Scaleway SDK defines the wire format. Running it against our
 * mock handlers proves the mock speaks that format, and comparing with our own
 * client proves both read it the same way.
 */
const server = createMockServer();
let sdk: IotApi;

beforeAll(async () => {
  server.listen({ onUnhandledFrame: 'error' });
  // Imported after msw patches fetch: the SDK captures the global fetch when its module loads.
  const { createClient } = await import('@scaleway/sdk-client');
  const { API } = await import('@scaleway/sdk-iot/v1');
  sdk = new API(
    createClient({
      apiURL: window.location.origin,
      accessKey: 'SCWXXXXXXXXXXXXXXXXX',
      secretKey: '11111111-2222-4333-8444-555555555555',
      defaultRegion: 'fr-par',
      defaultProjectId: '5d3a4c4e-8f0b-4a52-9a0e-2b7f3c1d9e01',
    }),
  );
});
afterAll(() => server.close());

describe('Scaleway IoT wire format', () => {
  it('lists hubs identically through the SDK and our client', async () => {
    const viaSdk = await sdk.listHubs({ region: 'fr-par', orderBy: 'name_asc', pageSize: 100 });
    const ours = await listHubs({ region: 'fr-par', order_by: 'name_asc', page_size: 100 });
    expect(viaSdk.totalCount).toBe(ours.total_count);
    expect(viaSdk.hubs.map((h) => h.id)).toEqual(ours.hubs.map((h) => h.id));
    const first = viaSdk.hubs[0];
    const mine = ours.hubs[0];
    expect(first && mine).toBeTruthy();
    expect(first?.productPlan).toBe(mine?.product_plan);
    expect(first?.connectedDeviceCount).toBe(mine?.connected_device_count);
    expect(first?.createdAt?.toISOString()).toBe(new Date(mine?.created_at ?? '').toISOString());
  });

  it('round-trips create, update, CA and metrics through the SDK', async () => {
    const hub = await sdk.createHub({ region: 'fr-par', name: 'sdk-made', productPlan: 'plan_shared', disableEvents: false, eventsTopicPrefix: '$SCW/sdk' });
    expect(hub.status).toBe('enabling');
    const updated = await sdk.updateHub({ region: 'fr-par', hubId: hub.id, name: 'sdk-renamed' });
    expect(updated.name).toBe('sdk-renamed');
    expect((await getHub({ region: 'fr-par', hubId: hub.id })).name).toBe('sdk-renamed');
    const ca = await sdk.getHubCA({ region: 'fr-par', hubId: hub.id });
    expect(ca.caCertPem).toContain('BEGIN CERTIFICATE');
    const metrics = await sdk.getHubMetrics({ region: 'fr-par', hubId: hub.id, startDate: new Date(Date.now() - 3_600_000) });
    expect(metrics.metrics.map((m) => m.name)).toContain('messages_in');
    expect(metrics.metrics[0]?.points[0]?.timestamp).toBeInstanceOf(Date);
    await sdk.deleteHub({ region: 'fr-par', hubId: hub.id, deleteDevices: false });
    await expect(sdk.getHub({ region: 'fr-par', hubId: hub.id })).rejects.toMatchObject({ status: 404 });
  });

  it('answers invalid input with 400 and fields, which the SDK and our client both read', async () => {
    await expect(sdk.createHub({ region: 'fr-par', name: 'x'.repeat(300), productPlan: 'plan_shared', disableEvents: false, eventsTopicPrefix: '' })).rejects.toMatchObject({ status: 400 });
  });
});
