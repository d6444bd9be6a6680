// @vitest-environment jsdom
import type { API as IotApi } from '@scaleway/sdk-iot/v1';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SCALEWAY_ERROR_FAMILIES } from '../../../mocks/lib/envelopes';
import { createMockServer } from '../../../mocks/node';
import { HUB_IDS } from '../../../mocks/seed/scaleway-iot-ids';
import { setScenarios } from '../../lib/mock-scenario';
import { isApiError } from '../errors/api-error';
import { createMockSdkClient } from '../scaleway/mock-sdk-client';
import { createHub, deleteHub, getHub, listHubs } from './client';

/**
 * The official Scaleway SDK defines the wire format. Running it against our
 * mock handlers proves the mock speaks that format, and comparing with our own
 * client proves both read it the same way.
 */
const server = createMockServer();
let sdk: IotApi;

beforeAll(async () => {
  server.listen({ onUnhandledFrame: 'error' });
  // Imported after msw patches fetch, as the SDK client is.
  const { API } = await import('@scaleway/sdk-iot/v1');
  sdk = new API(await createMockSdkClient());
});
afterEach(() => setScenarios([]));
afterAll(() => server.close());

/** What the client rejected with, as an ApiError (the test fails on anything else). */
async function apiError(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

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
    // Still enabling: the API refuses the delete until the hub settles, as the SDK's waiter expects.
    await expect(sdk.deleteHub({ region: 'fr-par', hubId: hub.id, deleteDevices: false })).rejects.toMatchObject({ name: 'TransientStateError', currentState: 'enabling' });
    expect((await sdk.waitForHub({ region: 'fr-par', hubId: hub.id }, { minDelay: 1, maxDelay: 1 })).status).toBe('ready');
    await sdk.deleteHub({ region: 'fr-par', hubId: hub.id, deleteDevices: false });
    await expect(sdk.getHub({ region: 'fr-par', hubId: hub.id })).rejects.toMatchObject({ status: 404 });
  });

  for (const [family, scenarios] of SCALEWAY_ERROR_FAMILIES) {
    it(`answers invalid input in the ${family} family, which the SDK and our client read as the same argument errors`, async () => {
      setScenarios(scenarios);
      const viaSdk = await sdk.createHub({ region: 'fr-par', name: 'x'.repeat(300), productPlan: 'plan_shared', disableEvents: false, eventsTopicPrefix: '$SCW/a/#' }).catch((e: unknown) => e);
      expect(viaSdk).toMatchObject({
        name: 'InvalidArgumentsError',
        status: 400,
        details: [
          { argumentName: 'name', helpMessage: 'length of value must be at most 255' },
          { argumentName: 'events_topic_prefix', helpMessage: 'must not contain MQTT wildcards (+ or #)' },
        ],
      });
      const ours = await apiError(createHub({ region: 'fr-par', body: { name: 'x'.repeat(300), project_id: '5d3a4c4e-8f0b-4a52-9a0e-2b7f3c1d9e01', product_plan: 'plan_shared', events_topic_prefix: '$SCW/a/#' } }));
      expect({ ...ours.fields }).toEqual({ name: ['length of value must be at most 255'], events_topic_prefix: ['must not contain MQTT wildcards (+ or #)'] });
      expect(ours.message).toBe('Scaleway refused 2 values: name, events_topic_prefix.');
    });

    it(`answers an unknown hub in the ${family} family, which the SDK and our client read as not found`, async () => {
      setScenarios(scenarios);
      const id = '00000000-0000-4000-8000-000000000000';
      await expect(sdk.getHub({ region: 'fr-par', hubId: id })).rejects.toMatchObject({ name: 'ResourceNotFoundError', resource: 'hub', resourceId: id });
      const ours = await apiError(getHub({ region: 'fr-par', hubId: id }));
      expect(ours).toMatchObject({ status: 404, message: `The hub ${id} does not exist.` });
    });
  }

  it('refuses to delete a hub with devices (precondition_failed), which both read with its help', async () => {
    await expect(sdk.deleteHub({ region: 'fr-par', hubId: HUB_IDS.fleetTelemetry, deleteDevices: false })).rejects.toMatchObject({ name: 'PreconditionFailedError', precondition: 'resource_still_in_use' });
    const ours = await apiError(deleteHub({ region: 'fr-par', hubId: HUB_IDS.fleetTelemetry, deleteDevices: false }));
    expect(ours).toMatchObject({ status: 412, code: 'precondition_failed', message: 'Hub still has 1240 devices; delete them first or set delete_devices=true.', details: { precondition: 'resource_still_in_use' } });
  });
});
