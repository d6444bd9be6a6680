// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../../mocks/node';
import { certificateStory, seedDevices } from '../../../mocks/seed/nexigon';
import { CLUSTER_NODES, DEVICE_PROBLEMS } from '../../../mocks/seed/nexigon-ids';
import * as client from './client';
import { fetchFleet } from './queries';
import { ACTOR_KINDS, CERTIFICATE_STATUSES, CONNECTION_END_REASONS, EVENT_SEVERITIES } from './types';
import { actionPath, type NexigonAction } from './wire';

/**
 * The mock backend against the client and the OpenAPI document: every
 * answer the mock gives is checked against the document's schema, so the
 * mock cannot drift from the real wire format unnoticed.
 */
const server = createMockServer();
const spec = JSON.parse(readFileSync('specs/nexigon-hub-openapi.json', 'utf8')) as {
  paths: Record<string, { post: { responses: { 200: { content: { 'application/json': { schema: Schema } } } } } }>;
  components: { schemas: Record<string, Schema> };
};

interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema | boolean;
  unevaluatedProperties?: boolean;
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
}

/** A small validator for the subset of JSON Schema the Nexigon document uses. Returns the problems found. */
function check(value: unknown, schema: Schema, path = '$'): string[] {
  if (schema.$ref) return check(value, spec.components.schemas[schema.$ref.replace('#/components/schemas/', '')] ?? {}, path);
  if (schema.oneOf) {
    const matches = schema.oneOf.filter((s) => check(value, s, path).length === 0);
    return matches.length === 1 ? [] : [`${path}: matches ${matches.length} of ${schema.oneOf.length} variants`];
  }
  if (schema.const !== undefined) return value === schema.const ? [] : [`${path}: expected ${String(schema.const)}`];
  if (schema.enum) return schema.enum.includes(value) ? [] : [`${path}: ${String(value)} not in enum`];
  switch (schema.type) {
    case 'string':
      return typeof value === 'string' ? [] : [`${path}: expected string`];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${path}: expected integer`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: expected boolean`];
    case 'array':
      return Array.isArray(value) ? value.flatMap((v, i) => (schema.items ? check(v, schema.items, `${path}[${i}]`) : [])) : [`${path}: expected array`];
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: expected object`];
      const record = value as Record<string, unknown>;
      const problems: string[] = [];
      for (const key of schema.required ?? []) if (!(key in record)) problems.push(`${path}.${key}: missing`);
      for (const [key, v] of Object.entries(record)) {
        const prop = schema.properties?.[key];
        if (prop) problems.push(...check(v, prop, `${path}.${key}`));
        else if (typeof schema.additionalProperties === 'object') problems.push(...check(v, schema.additionalProperties, `${path}.${key}`));
        else if (schema.unevaluatedProperties === false) problems.push(`${path}.${key}: not in the schema`);
      }
      return problems;
    }
    default:
      return [];
  }
}

const answers: Array<{ action: NexigonAction; body: unknown }> = [];

beforeAll(() => {
  server.listen({ onUnhandledFrame: 'error' });
  server.events.on('response:mocked', ({ request, response }) => {
    const action = new URL(request.url).pathname.split('/').pop() as NexigonAction;
    if (response.status === 200) void response.clone().json().then((body: unknown) => answers.push({ action, body }));
  });
});
afterAll(() => server.close());

function wireProblems(): string[] {
  return answers.flatMap(({ action, body }) => {
    const schema = spec.paths[actionPath(action)]?.post.responses[200].content['application/json'].schema;
    return schema ? check(body, schema).map((p) => `${action} ${p}`) : [`${action}: not in the OpenAPI document`];
  });
}

describe('Nexigon mock backend', () => {
  it('serves the fleet (2,400 devices in 4 projects) quickly, some connected and some not', async () => {
    const started = performance.now();
    const fleet = await fetchFleet();
    const first = performance.now() - started;
    expect(fleet.projects).toHaveLength(4);
    expect(fleet.devices).toHaveLength(2400);
    const connected = fleet.devices.filter((d) => d.isConnected).length;
    expect(connected).toBeGreaterThan(1500);
    expect(connected).toBeLessThan(2400);
    // A few percent of the fleet wait for a certificate approval, Building B2's rollout among them.
    const pending = fleet.devices.filter((d) => d.pendingCertificatesCount > 0);
    expect(pending.every((d) => d.pendingCertificatesCount === 1)).toBe(true);
    expect(pending.map((d) => d.deviceId).sort()).toEqual(seedDevices().filter((d) => certificateStory(d.deviceId).pending).map((d) => d.deviceId).sort());
    expect(pending.length).toBeGreaterThan(0.01 * 2400);
    expect(pending.length).toBeLessThan(0.05 * 2400);
    expect(pending.map((d) => d.deviceId)).toEqual(expect.arrayContaining(DEVICE_PROBLEMS.pendingRollout.map((d) => d.id)));
    const again = performance.now();
    await fetchFleet();
    // Generous bounds for a shared CI machine: this is about "no per-request blow-up", not speed.
    expect(first).toBeLessThan(5000);
    expect(performance.now() - again).toBeLessThan(2000);
    expect(answers.length).toBeGreaterThanOrEqual(5);
    expect(wireProblems()).toEqual([]);
    const instance = await client.queryDevices();
    expect(instance).toHaveLength(2400);
  });

  it('gives the lab meter every certificate status, and every end reason, severity and actor kind', async () => {
    const [device] = (await fetchFleet()).devices;
    const deviceId = device?.deviceId ?? '';
    expect(deviceId).toBe(DEVICE_PROBLEMS.labMeter.id);
    const details = await client.getDeviceDetails({ deviceId });
    expect(new Set(details.certificates.map((c) => c.status))).toEqual(new Set(CERTIFICATE_STATUSES));
    const connections = await client.queryDeviceConnections({ deviceId, limit: 50 });
    expect(new Set(connections.flatMap((c) => (c.endReason ? [c.endReason] : [])))).toEqual(new Set(CONNECTION_END_REASONS));
    expect(await client.queryDeviceConnections({ deviceId, activeOnly: true })).toHaveLength(details.isConnected ? 1 : 0);
    const events = await client.queryDeviceEvents({ deviceId });
    expect(events).toHaveLength(100);
    expect(new Set(events.map((e) => e.severity))).toEqual(new Set(EVENT_SEVERITIES));
    expect((await client.queryDeviceEvents({ deviceId, limit: 5 })).length).toBe(5);
    const audit = await client.queryDeviceAuditLog({ deviceId });
    expect(new Set(audit.map((e) => e.actor.actor))).toEqual(new Set(ACTOR_KINDS));
    const properties = await client.queryDeviceProperties({ deviceId });
    expect(properties.some((p) => p.protected)).toBe(true);
    const commands = await client.queryDeviceCommands({ deviceId });
    expect(commands.length).toBeGreaterThan(5);
    expect(commands.some((c) => c.input !== undefined)).toBe(true);
    expect(wireProblems()).toEqual([]);
  });

  it('does compare-and-swap on properties', async () => {
    const [device] = (await fetchFleet()).devices;
    const deviceId = device?.deviceId ?? '';
    const before = await client.getDeviceProperty({ deviceId, name: 'fleet.maintenanceMode' });
    if (before.result !== 'Found') throw new Error('seed property missing');
    await expect(client.setDeviceProperty({ deviceId, name: 'fleet.maintenanceMode', value: true, expectedVersion: before.version })).resolves.toEqual({ result: 'Set' });
    await expect(client.setDeviceProperty({ deviceId, name: 'fleet.maintenanceMode', value: false, expectedVersion: before.version })).resolves.toEqual({
      result: 'VersionConflict',
      currentVersion: before.version + 1,
    });
    await expect(client.setDeviceProperty({ deviceId, name: 'no.such.property', value: 1, expectedVersion: 3 })).resolves.toEqual({ result: 'Deleted' });
    expect(wireProblems()).toEqual([]);
  });

  it('creates, renames, certifies and deletes a device, refusing bad input in the Nexigon envelope', async () => {
    await expect(client.createDevice({ projectId: 'p_7Kq2mX9vRb3TnW8sYc4Ld1', fingerprint: 'd_sk_tooshort' })).rejects.toMatchObject({ status: 400, code: 'Invalid' });
    const fingerprint = `d_sk_${'A'.repeat(44)}`;
    const deviceId = await client.createDevice({ projectId: 'p_7Kq2mX9vRb3TnW8sYc4Ld1', fingerprint });
    await expect(client.createDevice({ projectId: 'p_7Kq2mX9vRb3TnW8sYc4Ld1', fingerprint })).rejects.toMatchObject({ message: 'a device with this fingerprint already exists in the project' });
    await client.setDeviceName({ deviceId, name: 'bench-unit' });
    expect((await client.getDeviceDetails({ deviceId })).name).toBe('bench-unit');
    const certificateId = await client.addDeviceCertificate({ deviceId, fingerprint: Array.from({ length: 32 }, () => 'ab').join(':') });
    await client.setDeviceCertificateStatus({ certificateId, status: 'Active' });
    const details = await client.getDeviceDetails({ deviceId });
    expect(details.certificates).toEqual([expect.objectContaining({ certificateId, status: 'Active', fingerprint: Array.from({ length: 32 }, () => 'AB').join(':') })]);
    await client.deleteDevice({ deviceId });
    await expect(client.getDeviceDetails({ deviceId })).rejects.toMatchObject({ status: 404 });
    expect(wireProblems()).toEqual([]);
  });

  it('issues tokens that validate, and rejects tampered ones', async () => {
    const [device] = (await fetchFleet()).devices;
    const deviceId = device?.deviceId ?? '';
    const jwt = await client.issueDeviceToken({ deviceId, validForSecs: 600, claims: { role: 'kiosk' } });
    await expect(client.validateDeviceToken({ jwt })).resolves.toEqual({ result: 'Valid', deviceId, claims: { role: 'kiosk' } });
    await expect(client.validateDeviceToken({ jwt: `${jwt.slice(0, -3)}abc` })).resolves.toEqual({ result: 'Invalid' });
    const proxy = await client.issueHttpProxyToken({ deviceId, port: 8080, redirect: 'https://example.com/expired' });
    expect(proxy.url).toContain('.proxy.demo.nexigon.cloud');
    await expect(client.validateHttpProxyToken({ jwt: proxy.jwt })).resolves.toMatchObject({ result: 'Valid', deviceId, port: 8080 });
    await expect(client.validateHttpProxyToken({ jwt })).resolves.toEqual({ result: 'Invalid' });
    expect(wireProblems()).toEqual([]);
  });

  it('shows published events in the device events, newest first, and refuses malformed ones', async () => {
    const deviceId = DEVICE_PROBLEMS.labMeter.id;
    const before = await client.queryDeviceEvents({ deviceId, limit: 1000 });
    const [eventId] = await client.publishDeviceEvents({ deviceId, events: [{ severity: 'Critical', category: 'test', body: { message: 'Test event from the console' } }] });
    const after = await client.queryDeviceEvents({ deviceId, limit: 1000 });
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]).toMatchObject({ eventId, severity: 'Critical', category: 'test', body: { message: 'Test event from the console' }, attributes: {} });
    expect(after[0]?.receivedAt).toEqual(expect.any(String));
    const bad = (events: unknown[]) => fetch(actionPath('devices_PublishEvents'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ deviceId, events }) });
    const refused = await bad([{ eventId: 'd_ev_x', severity: 'Loud', body: null, attributes: {}, emittedAt: new Date().toISOString() }]);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ kind: 'Invalid', message: expect.stringContaining('unknown severity') });
    expect((await bad([{ eventId: 'd_ev_y', severity: 'Info', body: null, emittedAt: new Date().toISOString() }])).status).toBe(400);
    await expect(client.publishDeviceEvents({ deviceId: 'd_missing', events: [{ severity: 'Info', body: null }] })).rejects.toMatchObject({ status: 404 });
    expect((await client.queryDeviceEvents({ deviceId, limit: 1000 })).length).toBe(before.length + 1);
    expect(wireProblems()).toEqual([]);
  });

  it('registers and unregisters connections: the history, the details and the online state follow', async () => {
    const deviceId = DEVICE_PROBLEMS.labMeter.id;
    const connectionId = client.newDeviceConnectionId();
    const nodeId = CLUSTER_NODES[1];
    await expect(client.registerDeviceConnection({ deviceId, nodeId, connectionId })).resolves.toBe(connectionId);
    await expect(client.registerDeviceConnection({ deviceId, nodeId, connectionId })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('already registered') });
    await expect(client.registerDeviceConnection({ deviceId, nodeId: 'node-1', connectionId: client.newDeviceConnectionId() })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('cluster node ID') });
    const [latest] = await client.queryDeviceConnections({ deviceId, limit: 5 });
    expect(latest).toMatchObject({ connectionId, nodeId, durationSecs: 0 });
    expect(latest?.endedAt).toBeUndefined();
    const details = await client.getDeviceDetails({ deviceId });
    expect(details.isConnected).toBe(true);
    expect(details.connections.map((c) => c.connectionId)).toContain(connectionId);
    expect((await client.queryDeviceConnections({ deviceId, activeOnly: true })).map((c) => c.connectionId)).toContain(connectionId);
    expect((await fetchFleet()).devices.find((d) => d.deviceId === deviceId)?.isConnected).toBe(true);

    await client.unregisterDeviceConnection({ connectionId, endReason: 'NodeCrashed' });
    const [ended] = await client.queryDeviceConnections({ deviceId, limit: 5 });
    expect(ended).toMatchObject({ connectionId, endReason: 'NodeCrashed', endedAt: expect.any(String) });
    expect((await client.getDeviceDetails({ deviceId })).connections.map((c) => c.connectionId)).not.toContain(connectionId);
    await expect(client.unregisterDeviceConnection({ connectionId, endReason: 'Disconnected' })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('already ended') });
    await expect(client.unregisterDeviceConnection({ connectionId: client.newDeviceConnectionId(), endReason: 'Disconnected' })).rejects.toMatchObject({ status: 404 });

    // Ending the device's own (seeded) connection takes it offline.
    const open = (await client.getDeviceDetails({ deviceId })).connections;
    for (const c of open) await client.unregisterDeviceConnection({ connectionId: c.connectionId, endReason: 'ServerShutdown' });
    const offline = await client.getDeviceDetails({ deviceId });
    expect(offline.isConnected).toBe(false);
    expect(offline.connections).toEqual([]);
    expect(await client.queryDeviceConnections({ deviceId, activeOnly: true })).toEqual([]);
    expect(wireProblems()).toEqual([]);
  });

  it('lists a device\'s operations with their progress and cancels a running one, refusing a finished one', async () => {
    const deviceId = DEVICE_PROBLEMS.labMeter.id;
    const before = await client.queryDeviceOperations({ deviceId });
    const steps = [{ kind: 'DeviceCommand' as const, command: 'update-firmware', input: { version: '4.3.0' }, timeoutSecs: 60 }];
    const deviceOperationId = await client.createDeviceOperation({ deviceId, name: 'Run update-firmware', steps });
    expect((await client.queryDeviceOperations({ deviceId }))[0]).toMatchObject({ deviceOperationId, status: 'Pending', stepIndex: 0, stepCount: 1 });
    await client.startDeviceOperation({ deviceOperationId });
    const listed = await client.queryDeviceOperations({ deviceId });
    expect(listed).toHaveLength(before.length + 1);
    expect(listed[0]).toMatchObject({ deviceOperationId, name: 'Run update-firmware', status: 'Running', stepCount: 1 });
    await client.cancelDeviceOperation({ deviceOperationId });
    expect((await client.queryDeviceOperations({ deviceId }))[0]).toMatchObject({ deviceOperationId, status: 'Cancelled', completedAt: expect.any(String) });
    await expect(client.cancelDeviceOperation({ deviceOperationId })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('already finished') });
    await expect(client.cancelDeviceOperation({ deviceOperationId: 'd_op_nope' })).rejects.toMatchObject({ status: 404 });
    expect((await client.queryDeviceAuditLog({ deviceId })).some((e) => e.event === 'DeviceOperationCancelled')).toBe(true);
    expect(wireProblems()).toEqual([]);
  });
});
