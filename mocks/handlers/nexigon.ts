import { http, HttpResponse, type HttpHandler } from 'msw';
import { clusterNodeIdProblem, connectionIdProblem, deviceFingerprintProblem, fingerprintIdOf, isCertificateFingerprint } from '../../src/api/nexigon/formats';
import { CERTIFICATE_STATUSES, CONNECTION_END_REASONS, DEFAULT_CONNECTIONS_LIMIT, DEFAULT_EVENTS_LIMIT, DEFAULT_PROXY_PORT, EVENT_SEVERITIES } from '../../src/api/nexigon/types';
import {
  actionPath,
  type ActionInput,
  type ActionOutput,
  type NexigonAction,
  type WireActor,
  type WireDeviceCertificateStatus,
  type WireDeviceCommandDescriptor,
  type WireDeviceEvent,
  type WireDeviceStatus,
  type WireQueryProjectDevicesItem,
} from '../../src/api/nexigon/wire';
import { hasScenario, scenarioArguments } from '../../src/lib/mock-scenario';
import { nexigonError } from '../lib/envelopes';
import { hashString } from '../lib/random';
import { nexigonRateLimited } from '../lib/rate-limit';
import { mockOrigin, withScenario } from '../lib/scenario';
import { deviceFingerprint, type MockDevice } from '../seed/nexigon';
import { AUDIT_USERS, CONSOLE_USER_ID, deviceKeyOf, nexigonIds, randomBase58 } from '../seed/nexigon-ids';
import { sessions, type Session } from '../seed/nexigon-presence';
import { auditLogOf, certificatesOf, deviceByKey, devicesCollection, eventsOf, projectsCollection, propertiesOf, publishedEventsOf, recordAudit } from '../store/nexigon';
import { agentConnections, mergeSessions } from '../store/nexigon-connections';
import { isCancellable, operationsCollection, operationState } from '../store/nexigon-operations';
import { signToken, TOKEN_ISSUER, verifyToken } from '../store/nexigon-tokens';

/**
 * The Nexigon Hub mock: `POST /api/v1/actions/invoke/<action>`, camelCase
 * JSON, `{kind, message}` errors. Outputs are typed with the OpenAPI wire
 * types (src/api/nexigon/wire.ts), the same types the client's schemas must
 * accept. Inputs are checked like the hub's deserializer does.
 *
 * Mock scenarios (`?scenario=`):
 * - `property-conflict`: the first compare-and-swap edit of each property
 *   meets a concurrent edit by another user (answers `VersionConflict`).
 * - `property-deleted`: the first compare-and-swap edit of each property
 *   finds it removed by another user (answers `Deleted`).
 * - `certificate-status-error`: changing a certificate's status fails with
 *   an internal error (to watch the optimistic update roll back).
 * - `fail-device:<deviceId>`: that device's details (and so its certificate
 *   listing) always answer an internal error, e.g. to see one failing device
 *   in the Certificates scan. Repeatable.
 * - `fail-certificate:<certificateId>`: changing that certificate's status
 *   always fails, e.g. one failing item of a bulk approval. Repeatable.
 * - `rate-limit` (or `rate-limit:<requests per second>`): past a request
 *   budget, every action answers 429 `RateLimited` with `Retry-After`
 *   (mocks/lib/rate-limit.ts).
 */

type FieldType = 'string' | 'integer' | 'boolean' | 'json' | 'array';
type RequiredField = { type: FieldType; required: true };
type OptionalField = { type: FieldType; required: false };
type Shape = Readonly<Record<string, RequiredField | OptionalField>>;
/**
 * A field spec for every field of the wire type, under its OpenAPI name, required exactly where
 * the spec requires it: a field renamed, added or made optional in the OpenAPI fails the type
 * check here instead of drifting from the client.
 */
type ShapeOf<T> = { readonly [K in keyof T]-?: object extends Pick<T, K> ? OptionalField : RequiredField };

const req = (type: FieldType): RequiredField => ({ type, required: true });
const opt = (type: FieldType): OptionalField => ({ type, required: false });

function typeOk(value: unknown, type: FieldType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'json':
      return true;
  }
}

/** Mirrors the hub's deserializer: missing, mistyped or unknown fields are refused. Optional fields may be null. */
function inputProblem(body: unknown, shape: Shape): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'invalid action input: expected a JSON object';
  const record = body as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!(key in shape)) return `invalid action input: unknown field \`${key}\``;
  for (const [key, spec] of Object.entries(shape)) {
    const present = key in record && (record[key] !== null || spec.type === 'json');
    if (!present) {
      if (spec.required) return `invalid action input: missing field \`${key}\``;
      continue;
    }
    if (!typeOk(record[key], spec.type)) return `invalid action input: invalid type for \`${key}\`, expected ${spec.type}`;
  }
  return null;
}

type Result<A extends NexigonAction> = ActionOutput<A> | Response;

function action<A extends NexigonAction>(name: A, shape: ShapeOf<ActionInput<A>>, resolve: (input: ActionInput<A>) => Result<A> | Promise<Result<A>>): HttpHandler {
  return http.post(
    `${mockOrigin()}${actionPath(name)}`,
    withScenario('nexigon', async ({ request }) => {
      const limited = nexigonRateLimited();
      if (limited) return limited;
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        return invalid('the request body is not valid JSON');
      }
      const problem = inputProblem(body, shape);
      if (problem) return invalid(problem);
      const output = await resolve(body as ActionInput<A>);
      return output instanceof Response ? output : HttpResponse.json(output as Record<string, unknown>);
    }),
  );
}

const invalid = (message: string) => nexigonError(400, 'Invalid', message);
const notFound = (what: string, id: string) => nexigonError(404, 'Invalid', `${what} ${id} not found`);
const EMPTY: Record<string, never> = {};
const CONSOLE_USER: WireActor = { actor: 'User', userId: CONSOLE_USER_ID };

function findDevice(deviceId: string): MockDevice | Response {
  return devicesCollection.get(deviceId) ?? notFound('device', deviceId);
}

function findByKey(id: string, tag: 'd_c_' | 'd_op_'): MockDevice | undefined {
  const key = deviceKeyOf(id, tag);
  return key ? deviceByKey(key) : undefined;
}

const since = (device: MockDevice) => Date.parse(device.firstSeen);

function healthOf(device: MockDevice): WireDeviceStatus {
  const value = propertiesOf(device).get('dev.nexigon.system.health')?.value;
  const status = typeof value === 'object' && value !== null ? (value as { status?: unknown }).status : undefined;
  return status === 'error' ? 'error' : status === 'degraded' ? 'warning' : 'healthy';
}

/** The device's connections, newest first: presence from the clock, as changed by the device-agent actions. */
function deviceSessions(device: MockDevice, now: number, limit: number): Session[] {
  return mergeSessions(device.deviceId, (n) => sessions(device.deviceId, { now, since: since(device), limit: n }), limit);
}

interface Presence {
  isConnected: boolean;
  /** The open connections, newest first. */
  open: Session[];
  current: Session | null;
  latest: Session | null;
}

function presenceAt(device: MockDevice, now: number): Presence {
  // Registered connections are the newest, so the seeded open one (if any) is within this many.
  const recent = deviceSessions(device, now, 1 + agentConnections.all().filter((c) => c.deviceId === device.deviceId).length);
  const open = recent.filter((s) => s.end === null);
  return { isConnected: open.length > 0, open, current: open[0] ?? null, latest: recent[0] ?? null };
}

function presenceFields(device: MockDevice, now: number) {
  const presence = presenceAt(device, now);
  return {
    isConnected: presence.isConnected,
    ...(presence.latest ? { lastConnectedAt: new Date(presence.latest.start).toISOString() } : {}),
    ...(presence.current ? { currentConnectionDurationSecs: Math.floor((now - presence.current.start) / 1000) } : {}),
  };
}

function projectDeviceItem(device: MockDevice, now: number): WireQueryProjectDevicesItem {
  const presence = presenceFields(device, now);
  return {
    deviceId: device.deviceId,
    ...(device.name ? { name: device.name } : {}),
    ...(device.hostname ? { hostname: device.hostname } : {}),
    firstSeen: device.firstSeen,
    status: presence.isConnected ? healthOf(device) : 'offline',
    pendingCertificatesCount: certificatesOf(device)
      .all()
      .filter((c) => c.status === 'Pending').length,
    ...presence,
  };
}

function isStatus(value: string): value is WireDeviceCertificateStatus {
  return (CERTIFICATE_STATUSES as readonly string[]).includes(value);
}

const DAY_SECS = 86_400;
const MAX_VALID_FOR_SECS = 365 * DAY_SECS;
const DEFAULT_VALID_FOR_SECS = 3600;

function validForProblem(value: number | undefined): string | null {
  if (value === undefined) return null;
  return value < 1 || value > MAX_VALID_FOR_SECS ? `validForSecs must be between 1 and ${MAX_VALID_FOR_SECS}` : null;
}

const HOSTNAME_RE = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** A changed value as another operator might have written it. */
function editedElsewhere(value: unknown): unknown {
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'string') return `${value} (edited elsewhere)`;
  if (typeof value === 'boolean') return !value;
  if (Array.isArray(value)) return [...(value as unknown[]), 'edited-elsewhere'];
  if (typeof value === 'object' && value !== null) return { ...(value as Record<string, unknown>), editedBy: 'another operator' };
  return 'edited elsewhere';
}

/** One concurrent edit per property and page load, so the user's resolution can then succeed. */
const racedProperties = new Set<string>();

const EVENT_SHAPE: ShapeOf<WireDeviceEvent> = {
  eventId: req('string'),
  category: opt('string'),
  severity: req('string'),
  body: req('json'),
  attributes: req('json'),
  emittedAt: req('string'),
  receivedAt: opt('string'),
};
const MAX_EVENTS_PER_CALL = 100;

/** Checks one published event like the hub's deserializer; answers the event with the time it was received, or a problem. */
function publishedEvent(raw: unknown, index: number, receivedAt: string): WireDeviceEvent | string {
  const problem = inputProblem(raw, EVENT_SHAPE);
  if (problem) return problem.replace('invalid action input', `invalid action input: events[${index}]`);
  const event = raw as WireDeviceEvent;
  if (!(EVENT_SEVERITIES as readonly string[]).includes(event.severity)) return `invalid action input: events[${index}]: unknown severity \`${String(event.severity)}\``;
  if (typeof event.attributes !== 'object' || event.attributes === null || Array.isArray(event.attributes)) return `invalid action input: events[${index}]: attributes must be an object`;
  if (Number.isNaN(Date.parse(event.emittedAt))) return `invalid action input: events[${index}]: emittedAt is not a timestamp`;
  return { ...event, receivedAt };
}

function commandManifestOf(device: MockDevice): WireDeviceCommandDescriptor[] {
  const value = propertiesOf(device).get('dev.nexigon.commands')?.value;
  const commands = typeof value === 'object' && value !== null ? (value as { commands?: unknown }).commands : undefined;
  if (!Array.isArray(commands)) return [];
  return commands.filter((c): c is WireDeviceCommandDescriptor => typeof c === 'object' && c !== null && typeof (c as { name?: unknown }).name === 'string');
}

export function nexigonHandlers(): HttpHandler[] {
  return [
    action('projects_Query', {}, () => ({ projects: projectsCollection.all().map((p) => ({ projectId: p.projectId, name: p.name })) })),

    action('projects_QueryDevices', { projectId: req('string') }, ({ projectId }) => {
      if (!projectsCollection.has(projectId)) return notFound('project', projectId);
      const now = Date.now();
      return {
        devices: devicesCollection
          .all()
          .filter((d) => d.projectId === projectId)
          .map((d) => projectDeviceItem(d, now)),
      };
    }),

    action('devices_Query', {}, () => {
      const now = Date.now();
      return { devices: devicesCollection.all().map((d) => ({ deviceId: d.deviceId, projectId: d.projectId, ...presenceFields(d, now) })) };
    }),

    action('devices_GetDetails', { deviceId: req('string') }, ({ deviceId }) => {
      if (scenarioArguments('fail-device').includes(deviceId)) return nexigonError(500, 'Internal', 'could not read the device: storage node unavailable');
      const device = findDevice(deviceId);
      if (device instanceof Response) return device;
      const now = Date.now();
      const { open } = presenceAt(device, now);
      return {
        deviceId,
        projectId: device.projectId,
        fingerprintId: fingerprintIdOf(device.fingerprint),
        ...(device.name ? { name: device.name } : {}),
        isConnected: open.length > 0,
        certificates: certificatesOf(device).all(),
        connections: open.map((c) => ({ connectionId: c.connectionId, nodeId: c.nodeId, connectedAt: new Date(c.start).toISOString(), connectedForSecs: Math.floor((now - c.start) / 1000) })),
      };
    }),

    action('devices_Create', { projectId: req('string'), fingerprint: req('string') }, ({ projectId, fingerprint }) => {
      if (!projectsCollection.has(projectId)) return invalid(`project ${projectId} does not exist`);
      const problem = deviceFingerprintProblem(fingerprint);
      if (problem || fingerprint !== fingerprint.trim()) return invalid(`invalid device fingerprint: ${problem ?? 'surrounding whitespace'}`);
      if (devicesCollection.all().some((d) => d.projectId === projectId && d.fingerprint === fingerprint)) {
        return invalid('a device with this fingerprint already exists in the project');
      }
      const device: MockDevice = {
        deviceId: `d_${randomBase58(22)}`,
        projectId,
        name: null,
        fingerprint,
        hostname: null,
        firstSeen: new Date().toISOString(),
        flavour: 'meter',
      };
      devicesCollection.insert(device);
      recordAudit(device, CONSOLE_USER, 'DeviceCreated', {});
      return { deviceId: device.deviceId };
    }),

    action('devices_Delete', { deviceId: req('string') }, ({ deviceId }) => {
      if (!devicesCollection.remove(deviceId)) return notFound('device', deviceId);
      return EMPTY;
    }),

    action('devices_SetName', { deviceId: req('string'), name: opt('string') }, ({ deviceId, name }) => {
      const device = findDevice(deviceId);
      if (device instanceof Response) return device;
      if (name !== undefined && name !== null && (name.trim() === '' || name.length > 255)) return invalid('name must be between 1 and 255 characters');
      devicesCollection.update(deviceId, (d) => ({ ...d, name: name ?? null }));
      recordAudit(device, CONSOLE_USER, 'DeviceNameSet', { name: name ?? null });
      return EMPTY;
    }),

    // Certificates.

    action('devices_AddCertificate', { deviceId: req('string'), fingerprint: req('string'), status: opt('string') }, ({ deviceId, fingerprint, status }) => {
      const device = findDevice(deviceId);
      if (device instanceof Response) return device;
      const canonical = fingerprint.toUpperCase();
      if (!isCertificateFingerprint(canonical)) return invalid('invalid certificate fingerprint: expected 32 colon-separated hexadecimal bytes');
      const initial = status ?? 'Pending';
      if (!isStatus(initial)) return invalid(`unknown certificate status \`${String(initial)}\``);
      const certs = certificatesOf(device);
      if (certs.all().some((c) => c.fingerprint === canonical)) return invalid('the device already has a certificate with this fingerprint');
      const certificateId = nexigonIds.certificate(deviceId, randomBase58(8));
      certs.insert({ certificateId, status: initial, fingerprint: canonical, firstSeen: new Date().toISOString() });
      recordAudit(device, CONSOLE_USER, 'DeviceCertificateAdded', { certificateId, status: initial });
      return { certificateId };
    }),

    action('devices_SetCertificateStatus', { certificateId: req('string'), status: req('string') }, ({ certificateId, status }) => {
      if (!isStatus(status)) return invalid(`unknown certificate status \`${String(status)}\``);
      if (hasScenario('certificate-status-error')) return nexigonError(500, 'Internal', 'could not update the certificate: database unavailable');
      if (scenarioArguments('fail-certificate').includes(certificateId)) return nexigonError(500, 'Internal', 'could not update the certificate: write conflict on the storage node');
      const device = findByKey(certificateId, 'd_c_');
      const updated = device ? certificatesOf(device).update(certificateId, (c) => ({ ...c, status })) : undefined;
      if (!device || !updated) return notFound('certificate', certificateId);
      recordAudit(device, CONSOLE_USER, 'DeviceCertificateStatusChanged', { certificateId, status });
      return EMPTY;
    }),

    action('devices_DeleteCertificate', { certificateId: req('string') }, ({ certificateId }) => {
      const device = findByKey(certificateId, 'd_c_');
      if (!device || !certificatesOf(device).remove(certificateId)) return notFound('certificate', certificateId);
      recordAudit(device, CONSOLE_USER, 'DeviceCertificateDeleted', { certificateId });
      return EMPTY;
    }),

    // History.

    action('devices_QueryConnections', { deviceId: req('string'), limit: opt('integer'), activeOnly: opt('boolean') }, ({ deviceId, limit, activeOnly }) => {
      const device = findDevice(deviceId);
      if (device instanceof Response) return device;
      const max = limit ?? DEFAULT_CONNECTIONS_LIMIT;
      if (max < 1 || max > 1000) return invalid('limit must be between 1 and 1000');
      const now = Date.now();
      const list = activeOnly ? presenceAt(device, now).open : deviceSessions(device, now, max);
      return {
        connections: list.map((s) => ({
          connectionId: s.connectionId,
          nodeId: s.nodeId,
          connectedAt: new Date(s.start).toISOString(),
          ...(s.end !== null ? { endedAt: new Date(s.end).toISOString() } : {}),
          ...(s.endReason ? { endReason: s.endReason } : {}),
          durationSecs: Math.floor(((s.end ?? now) - s.start) / 1000),
        })),
      };
    }),

    // What a cluster node does when a device connects or goes away; the console offers them to test an integration.

    action('devices_RegisterConnection', { deviceId: req('string'), nodeId: req('string'), connectionId: req('string') }, ({ deviceId, nodeId, connectionId }) => {
      const device = findDevice(deviceId);
      if (device instanceof Response) return device;
      const problem = clusterNodeIdProblem(nodeId) ?? connectionIdProblem(connectionId);
      if (problem) return invalid(`invalid action input: ${problem}`);
      const now = Date.now();
      if (agentConnections.has(connectionId) || deviceSessions(device, now, DEFAULT_CONNECTIONS_LIMIT).some((s) => s.connectionId === connectionId)) {
        return invalid(`connection ${connectionId} is already registered`);
      }
      agentConnections.insert({ connectionId, deviceId, nodeId, start: now, end: null, endReason: null });
      return { connectionId };
    }),

    action('devices_UnregisterConnection', { connectionId: req('string'), endReason: req('string') }, ({ connectionId, endReason }) => {
      if (!(CONNECTION_END_REASONS as readonly string[]).includes(endReason)) return invalid(`unknown end reason \`${String(endReason)}\``);
      const now = Date.now();
      const registered = agentConnections.get(connectionId);
      if (registered) {
        if (registered.end !== null) return invalid(`connection ${connectionId} has already ended`);
        agentConnections.update(connectionId, (c) => ({ ...c, end: now, endReason }));
        return EMPTY;
      }
      // A seeded connection: only an open one can be ended, and only ours are searched (the API addresses connections by id alone).
      for (const device of devicesCollection.all()) {
        const open = presenceAt(device, now).open.find((s) => s.connectionId === connectionId);
        if (!open) continue;
        agentConnections.insert({ connectionId, deviceId: device.deviceId, nodeId: open.nodeId, start: open.start, end: now, endReason });
        return EMPTY;
      }
      return notFound('connection', connectionId);
    }),

    action('devices_QueryEvents', { deviceId: req('string'), limit: opt('integer') }, ({ deviceId, limit }) => {
      const device = findDevice(deviceId);
      if (device instanceof Response) return device;
      const max = limit ?? DEFAULT_EVENTS_LIMIT;
      if (max < 1 || max > 1000) return invalid('limit must be between 1 and 1000');
      return { events: eventsOf(device).slice(0, max) };
    }),

    action('devices_PublishEvents', { deviceId: req('string'), events: req('array') }, ({ deviceId, events }) => {
      const device = findDevice(deviceId);
      if (device instanceof Response) return device;
      if (events.length > MAX_EVENTS_PER_CALL) return invalid(`at most ${MAX_EVENTS_PER_CALL} events per call`);
      const receivedAt = new Date().toISOString();
      const checked = events.map((e, i) => publishedEvent(e, i, receivedAt));
      const problem = checked.find((e): e is string => typeof e === 'string');
      if (problem) return invalid(problem);
      const store = publishedEventsOf(device);
      for (const event of checked as WireDeviceEvent[]) if (!store.has(event.eventId)) store.insert(event);
      return EMPTY;
    }),

    action('devices_QueryAuditLog', { deviceId: req('string') }, ({ deviceId }) => {
      const device = findDevice(deviceId);
      if (device instanceof Response) return device;
      return { events: auditLogOf(device).all().sort((a, b) => b.createdAt.localeCompare(a.createdAt)) };
    }),

    action('devices_QueryCommands', { deviceId: req('string') }, ({ deviceId }) => {
      const device = findDevice(deviceId);
      if (device instanceof Response) return device;
      return { manifest: { commands: commandManifestOf(device) } };
    }),

    // Properties.

    action('devices_QueryProperties', { deviceId: req('string') }, ({ deviceId }) => {
      const device = findDevice(deviceId);
      if (device instanceof Response) return device;
      return { properties: Object.fromEntries(propertiesOf(device).all().map((p) => [p.name, p])) };
    }),

    action('devices_GetProperty', { deviceId: req('string'), name: req('string') }, ({ deviceId, name }) => {
      const device = findDevice(deviceId);
      if (device instanceof Response) return device;
      const property = propertiesOf(device).get(name);
      return property ? { result: 'Found', ...property } : { result: 'NotFound' };
    }),

    action(
      'devices_SetProperty',
      { deviceId: req('string'), name: req('string'), value: req('json'), protected: opt('boolean'), expectedVersion: opt('integer') },
      ({ deviceId, name, value, protected: isProtected, expectedVersion }) => {
        const device = findDevice(deviceId);
        if (device instanceof Response) return device;
        if (name.trim() === '' || name.length > 255) return invalid('property name must be between 1 and 255 characters');
        const props = propertiesOf(device);
        const raceKey = `${deviceId}/${name}`;
        if (expectedVersion !== undefined && expectedVersion !== null && !racedProperties.has(raceKey)) {
          const other: WireActor = { actor: 'User', userId: AUDIT_USERS[1] };
          if (hasScenario('property-conflict') && props.has(name)) {
            racedProperties.add(raceKey);
            const next = props.update(name, (p) => ({ ...p, value: editedElsewhere(p.value), version: p.version + 1, lastUpdated: new Date().toISOString() }));
            recordAudit(device, other, 'DevicePropertySet', { name, version: next?.version });
          } else if (hasScenario('property-deleted') && props.has(name)) {
            racedProperties.add(raceKey);
            props.remove(name);
            recordAudit(device, other, 'DevicePropertyRemoved', { name });
          }
        }
        const existing = props.get(name);
        if (expectedVersion !== undefined && expectedVersion !== null) {
          if (!existing) return { result: 'Deleted' };
          if (existing.version !== expectedVersion) return { result: 'VersionConflict', currentVersion: existing.version };
        }
        const version = (existing?.version ?? 0) + 1;
        props.insert({ name, value, protected: isProtected ?? existing?.protected ?? false, version, lastUpdated: new Date().toISOString() });
        recordAudit(device, CONSOLE_USER, 'DevicePropertySet', { name, version });
        return { result: 'Set' };
      },
    ),

    action('devices_RemoveProperty', { deviceId: req('string'), name: req('string') }, ({ deviceId, name }) => {
      const device = findDevice(deviceId);
      if (device instanceof Response) return device;
      if (!propertiesOf(device).remove(name)) return { result: 'NotFound' };
      recordAudit(device, CONSOLE_USER, 'DevicePropertyRemoved', { name });
      return { result: 'Removed' };
    }),

    // Tokens.

    action('devices_IssueDeviceToken', { deviceId: req('string'), validForSecs: opt('integer'), claims: opt('json') }, async ({ deviceId, validForSecs, claims }) => {
      const device = findDevice(deviceId);
      if (device instanceof Response) return device;
      const problem = validForProblem(validForSecs ?? undefined);
      if (problem) return invalid(problem);
      const iat = Math.floor(Date.now() / 1000);
      const validFor = validForSecs ?? DEFAULT_VALID_FOR_SECS;
      const jwt = await signToken({ iss: TOKEN_ISSUER, aud: 'device', sub: deviceId, iat, exp: iat + validFor, jti: randomBase58(16), claims: claims ?? null });
      recordAudit(device, CONSOLE_USER, 'DeviceTokenIssued', { validForSecs: validFor });
      return { jwt };
    }),

    action('devices_ValidateDeviceToken', { jwt: req('string') }, async ({ jwt }) => {
      const payload = await verifyToken(jwt, 'device');
      if (!payload || payload.exp * 1000 <= Date.now() || !devicesCollection.has(payload.sub)) return { result: 'Invalid' };
      return { result: 'Valid', deviceId: payload.sub, claims: payload.claims ?? null };
    }),

    action(
      'devices_IssueHttpProxyToken',
      { deviceId: req('string'), validForSecs: opt('integer'), hostname: opt('string'), port: opt('integer'), redirect: opt('string') },
      async ({ deviceId, validForSecs, hostname, port, redirect }) => {
        const device = findDevice(deviceId);
        if (device instanceof Response) return device;
        const problem = validForProblem(validForSecs ?? undefined);
        if (problem) return invalid(problem);
        if (hostname && !HOSTNAME_RE.test(hostname)) return invalid(`invalid hostname \`${hostname}\``);
        if (port !== undefined && port !== null && (typeof port !== 'number' || port < 1 || port > 65535)) return invalid('port must be between 1 and 65535');
        if (redirect && !/^https?:\/\/[^\s]+$/.test(redirect)) return invalid('redirect must be an absolute http(s) URL');
        const host = hostname || `${hashString(deviceFingerprint(deviceId)).toString(36)}.proxy.demo.nexigon.cloud`;
        const iat = Math.floor(Date.now() / 1000);
        const validFor = validForSecs ?? DEFAULT_VALID_FOR_SECS;
        const jwt = await signToken({
          iss: TOKEN_ISSUER,
          aud: 'http-proxy',
          sub: deviceId,
          iat,
          exp: iat + validFor,
          jti: randomBase58(16),
          hostname: host,
          port: port ?? DEFAULT_PROXY_PORT,
          issuer: CONSOLE_USER,
          ...(redirect ? { redirect } : {}),
        });
        recordAudit(device, CONSOLE_USER, 'DeviceHttpProxyTokenIssued', { validForSecs: validFor, hostname: host, port: port ?? DEFAULT_PROXY_PORT });
        return { jwt, url: `https://${host}/?nexigon-proxy-token=${jwt}` };
      },
    ),

    action('devices_ValidateHttpProxyToken', { jwt: req('string') }, async ({ jwt }) => {
      const payload = await verifyToken(jwt, 'http-proxy');
      const redirect = typeof payload?.redirect === 'string' ? { redirect: payload.redirect } : {};
      if (!payload || payload.exp * 1000 <= Date.now() || !devicesCollection.has(payload.sub)) return { result: 'Invalid', ...redirect };
      return {
        result: 'Valid',
        deviceId: payload.sub,
        issuer: (payload.issuer as WireActor | undefined) ?? { actor: 'System' },
        ...(typeof payload.hostname === 'string' ? { hostname: payload.hostname } : {}),
        port: payload.port,
      };
    }),

    // Operations: how the console runs a command.

    action('devices_CreateOperation', { deviceId: req('string'), name: req('string'), description: opt('string'), steps: req('array') }, ({ deviceId, name, description, steps }) => {
      const device = findDevice(deviceId);
      if (device instanceof Response) return device;
      if (steps.length === 0) return invalid('an operation needs at least one step');
      const deviceOperationId = nexigonIds.operation(deviceId, randomBase58(8));
      const now = new Date().toISOString();
      operationsCollection.insert({
        summary: {
          deviceOperationId,
          projectId: device.projectId,
          deviceId,
          createdBy: CONSOLE_USER,
          name,
          ...(description ? { description } : {}),
          status: 'Pending',
          stepIndex: 0,
          stepCount: steps.length,
          createdAt: now,
          updatedAt: now,
        },
        steps,
        startedAtMs: null,
        deviceConnected: false,
        cancelledAtMs: null,
      });
      recordAudit(device, CONSOLE_USER, 'DeviceOperationCreated', { deviceOperationId, name });
      return { deviceOperationId };
    }),

    action('devices_StartOperation', { deviceOperationId: req('string') }, ({ deviceOperationId }) => {
      const op = operationsCollection.get(deviceOperationId);
      const device = findByKey(deviceOperationId, 'd_op_');
      if (!op || !device) return notFound('operation', deviceOperationId);
      if (op.startedAtMs !== null) return invalid('the operation has already been started');
      if (op.cancelledAtMs) return invalid('the operation has been cancelled');
      const now = Date.now();
      operationsCollection.update(deviceOperationId, (o) => ({ ...o, startedAtMs: now, deviceConnected: presenceAt(device, now).isConnected }));
      return EMPTY;
    }),

    action('devices_GetOperation', { deviceOperationId: req('string') }, ({ deviceOperationId }) => {
      const op = operationsCollection.get(deviceOperationId);
      return op ? operationState(op) : { result: 'NotFound' };
    }),

    action('devices_QueryOperations', { deviceId: req('string') }, ({ deviceId }) => {
      const device = findDevice(deviceId);
      if (device instanceof Response) return device;
      const now = Date.now();
      const operations = operationsCollection
        .all()
        .filter((o) => o.summary.deviceId === deviceId)
        .map((o) => operationState(o, now).summary)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      return { operations };
    }),

    action('devices_CancelOperation', { deviceOperationId: req('string') }, ({ deviceOperationId }) => {
      const op = operationsCollection.get(deviceOperationId);
      const device = findByKey(deviceOperationId, 'd_op_');
      if (!op || !device) return notFound('operation', deviceOperationId);
      const now = Date.now();
      if (!isCancellable(op, now)) return invalid(`the operation has already finished (${operationState(op, now).summary.status})`);
      operationsCollection.update(deviceOperationId, (o) => ({ ...o, cancelledAtMs: now }));
      recordAudit(device, CONSOLE_USER, 'DeviceOperationCancelled', { deviceOperationId });
      return EMPTY;
    }),
  ];
}
