import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setScenarios } from '../../src/lib/mock-scenario';
import { SCALEWAY_SDK_ERRORS } from '../lib/envelopes';
import { createMockServer } from '../node';
import { HUB_IDS, HUB_PROBLEMS } from '../seed/scaleway-iot-ids';
import { resetAllCollections } from '../store/collection';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
beforeEach(() => resetAllCollections());
afterEach(() => setScenarios([]));
afterAll(() => server.close());

const base = `${window.location.origin}/iot/v1/regions`;
const getJson = async (url: string, init?: RequestInit) => {
  const r = await fetch(url, init);
  return { status: r.status, body: r.status === 204 ? null : ((await r.json()) as Record<string, unknown>) };
};

describe('Scaleway IoT mock', () => {
  it('seeds at least 12 hubs across 3 regions and 2 projects, spanning every status, one with a custom CA', async () => {
    const all = (await Promise.all(['fr-par', 'nl-ams', 'pl-waw'].map((r) => getJson(`${base}/${r}/hubs?page_size=100`)))).flatMap(
      (r) => r.body?.hubs as Array<{ status: string; project_id: string; has_custom_ca: boolean; region: string }>,
    );
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(new Set(all.map((h) => h.region)).size).toBe(3);
    expect(new Set(all.map((h) => h.project_id)).size).toBe(2);
    expect(new Set(all.map((h) => h.status))).toEqual(new Set(['ready', 'error', 'enabling', 'disabling', 'disabled', 'unknown']));
    expect(all.some((h) => h.has_custom_ca)).toBe(true);
  });

  it('has the problems HUB_PROBLEMS names: a hub in error, disabled ones, one stuck enabling, custom CAs expiring and expired', async () => {
    const hub = async (id: string) => {
      for (const region of ['fr-par', 'pl-waw']) {
        const found = await getJson(`${base}/${region}/hubs/${id}`);
        if (found.status === 200) return found.body;
      }
      return null;
    };
    expect(await hub(HUB_PROBLEMS.inError)).toMatchObject({ name: 'cold-chain-eu', status: 'error', connected_device_count: 0 });
    for (const id of HUB_PROBLEMS.disabled) expect(await hub(id)).toMatchObject({ status: 'disabled', enabled: false });
    expect(await hub(HUB_PROBLEMS.stuckEnabling)).toMatchObject({ status: 'enabling' });
    for (const { hubId } of [HUB_PROBLEMS.caExpiringSoon, HUB_PROBLEMS.caExpired]) {
      expect(await hub(hubId)).toMatchObject({ has_custom_ca: true });
      expect(String((await getJson(`${base}/fr-par/hubs/${hubId}/ca`)).body?.ca_cert_pem)).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+-----END CERTIFICATE-----$/);
    }
  });

  it('paginates, filters and orders like the API, and refuses bad parameters with fields', async () => {
    const page = await getJson(`${base}/fr-par/hubs?page=2&page_size=2&order_by=name_asc`);
    expect(page.body?.total_count).toBe(6);
    expect((page.body?.hubs as Array<{ name: string }>).map((h) => h.name)).toEqual(['fleet-telemetry-par', 'lab-sandbox']);
    const bad = await getJson(`${base}/fr-par/hubs?page_size=101&order_by=nope`);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ type: 'invalid_request_error', fields: { page_size: ['must be between 1 and 100'] } });
    expect((bad.body?.fields as Record<string, string[]>).order_by?.[0]).toContain('value must be one of');
  });

  it('answers 404 in the documented envelope, or as not_found in the SDK-era one', async () => {
    const url = `${base}/fr-par/hubs/00000000-0000-4000-8000-000000000000`;
    expect(await getJson(url)).toEqual({ status: 404, body: { type: 'unknown_resource', message: 'Hub "00000000-0000-4000-8000-000000000000" not found' } });
    setScenarios([SCALEWAY_SDK_ERRORS]);
    expect(await getJson(url)).toEqual({
      status: 404,
      body: { type: 'not_found', message: 'resource hub with ID 00000000-0000-4000-8000-000000000000 is not found', resource: 'hub', resource_id: '00000000-0000-4000-8000-000000000000' },
    });
  });

  it('answers invalid input with fields, or with invalid_arguments details in the SDK era', async () => {
    const post = () => getJson(`${base}/fr-par/hubs`, { method: 'POST', body: JSON.stringify({ name: 'x'.repeat(300), product_plan: 'plan_shared', project_id: '5d3a4c4e-8f0b-4a52-9a0e-2b7f3c1d9e01' }), headers: { 'Content-Type': 'application/json' } });
    expect(await post()).toEqual({ status: 400, body: { type: 'invalid_request_error', message: 'Validation Error', fields: { name: ['length of value must be at most 255'] } } });
    setScenarios([SCALEWAY_SDK_ERRORS]);
    expect(await post()).toEqual({
      status: 400,
      body: { type: 'invalid_arguments', message: 'invalid argument(s)', details: [{ argument_name: 'name', reason: 'constraint', help_message: 'length of value must be at most 255' }] },
    });
  });

  it('refuses to delete, enable or disable a hub that is still enabling (transient_state)', async () => {
    const hub = `${base}/fr-par/hubs/${HUB_IDS.evChargers}`;
    const transient = { status: 409, body: { type: 'transient_state', resource: 'hub', resource_id: HUB_IDS.evChargers, current_state: 'enabling' } };
    expect(await getJson(hub, { method: 'DELETE' })).toMatchObject(transient);
    expect(await getJson(`${hub}/disable`, { method: 'POST' })).toMatchObject(transient);
    expect(await getJson(`${hub}/enable`, { method: 'POST' })).toMatchObject(transient);
    expect((await getJson(hub)).body).toMatchObject({ status: 'enabling' });
  });

  it('answers 412 when deleting a hub that has devices', async () => {
    const refused = await getJson(`${base}/fr-par/hubs/0b5c7e1a-2f3d-4a6b-8c9d-1e2f3a4b5c6d`, { method: 'DELETE' });
    expect(refused).toMatchObject({ status: 412, body: { type: 'precondition_failed', precondition: 'resource_still_in_use' } });
    const forced = await getJson(`${base}/fr-par/hubs/0b5c7e1a-2f3d-4a6b-8c9d-1e2f3a4b5c6d?delete_devices=true`, { method: 'DELETE' });
    expect(forced.status).toBe(204);
  });

  it('validates creation like the API (required, length, plan, prefix, unique name)', async () => {
    const post = (body: unknown) => getJson(`${base}/fr-par/hubs`, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
    const r = await post({ name: '', product_plan: 'plan_gold', project_id: '', events_topic_prefix: 'a/#' });
    expect(r.status).toBe(400);
    expect(Object.keys(r.body?.fields as object).sort()).toEqual(['events_topic_prefix', 'name', 'product_plan', 'project_id']);
    const dup = await post({ name: 'lab-sandbox', product_plan: 'plan_shared', project_id: '8c1e7f20-3b6d-4e8a-b5c2-9d0f1a2b3c4d' });
    expect((dup.body?.fields as Record<string, string[]>).name?.[0]).toContain('already exists');
    const ok = await post({ name: 'lab-sandbox', product_plan: 'plan_shared', project_id: '5d3a4c4e-8f0b-4a52-9a0e-2b7f3c1d9e01' });
    expect(ok).toMatchObject({ status: 200, body: { name: 'lab-sandbox', status: 'enabling', region: 'fr-par' } });
  });

  it('refuses auto-provisioning without a custom CA', async () => {
    const r = await getJson(`${base}/fr-par/hubs/c1789ed6-4f5d-4a81-8cb3-344556677889`, {
      method: 'PATCH',
      body: JSON.stringify({ enable_device_auto_provisioning: true }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(r.status).toBe(400);
    expect(r.body?.fields).toHaveProperty('enable_device_auto_provisioning');
  });
});
