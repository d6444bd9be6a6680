import type * as z from 'zod/mini';
import { parseNexigonError } from '../errors/nexigon-envelope';
import { bearerTransport, noContent, request, type ProviderTransport } from '../http';
import { randomBase58 } from './formats';
import {
  addCertificateOutputSchema,
  createDeviceOutputSchema,
  createOperationOutputSchema,
  deviceDetailsSchema,
  getOperationOutputSchema,
  getPropertyOutputSchema,
  issueDeviceTokenOutputSchema,
  issueHttpProxyTokenOutputSchema,
  queryAuditLogOutputSchema,
  queryCommandsOutputSchema,
  queryConnectionsOutputSchema,
  queryDevicesOutputSchema,
  queryEventsOutputSchema,
  queryOperationsOutputSchema,
  queryProjectDevicesOutputSchema,
  queryProjectsOutputSchema,
  registerConnectionOutputSchema,
  queryPropertiesOutputSchema,
  removePropertyOutputSchema,
  setPropertyOutputSchema,
  validateDeviceTokenOutputSchema,
  validateHttpProxyTokenOutputSchema,
  type AuditLogEvent,
  type CommandDescriptor,
  type ConnectionEndReason,
  type ConnectionLog,
  type DeviceCertificate,
  type DeviceDetails,
  type DeviceEvent,
  type DeviceProperty,
  type EventSeverity,
  type GetOperationOutput,
  type GetPropertyOutput,
  type InstanceDevice,
  type NexigonProject,
  type OperationSummary,
  type ProjectDevice,
  type RemovePropertyOutput,
  type SetPropertyOutput,
  type ValidateDeviceTokenOutput,
  type ValidateHttpProxyTokenOutput,
} from './types';
import { actionPath, type ActionInput, type ActionOutput, type NexigonAction, type WireDeviceCertificateStatus, type WireDeviceOperationStep } from './wire';

/** Nexigon Hub: `Authorization: Bearer <token>`, `{kind, message}` errors. */
export const nexigonTransport: ProviderTransport = bearerTransport('nexigon', parseNexigonError);

/**
 * Compile-time guard: the schema must accept every answer the OpenAPI
 * document allows. A regenerated schema.gen.ts the client does not follow
 * turns into a type error at the call site.
 */
type AcceptsWire<A extends NexigonAction, T> = [ActionOutput<A>] extends [T] ? z.ZodMiniType<T> : { schemaRejectsWireTypeOf: A };

/** Every Nexigon call: `POST /api/v1/actions/invoke/<action>` with the action's JSON input. */
export function invoke<A extends NexigonAction, T>(action: A, input: ActionInput<A>, schema: AcceptsWire<A, T>, signal?: AbortSignal): Promise<T> {
  return request(nexigonTransport, { method: 'POST', path: actionPath(action), body: input, schema: schema as z.ZodMiniType<T>, signal });
}

/** Actions that answer `Empty`. */
function invokeEmpty<A extends NexigonAction>(action: A, input: ActionInput<A>, signal?: AbortSignal): Promise<void> {
  return request(nexigonTransport, { method: 'POST', path: actionPath(action), body: input, schema: noContent, signal });
}

interface Signal {
  signal?: AbortSignal;
}
interface DeviceScoped extends Signal {
  deviceId: string;
}

// Projects (the device list needs names, which only the project view has).

export async function queryProjects({ signal }: Signal = {}): Promise<NexigonProject[]> {
  return (await invoke('projects_Query', {}, queryProjectsOutputSchema, signal)).projects;
}

export async function queryProjectDevices({ projectId, signal }: Signal & { projectId: string }): Promise<ProjectDevice[]> {
  return (await invoke('projects_QueryDevices', { projectId }, queryProjectDevicesOutputSchema, signal)).devices;
}

// Devices.

export async function queryDevices({ signal }: Signal = {}): Promise<InstanceDevice[]> {
  return (await invoke('devices_Query', {}, queryDevicesOutputSchema, signal)).devices;
}

export function getDeviceDetails({ deviceId, signal }: DeviceScoped): Promise<DeviceDetails> {
  return invoke('devices_GetDetails', { deviceId }, deviceDetailsSchema, signal);
}

export async function createDevice(input: ActionInput<'devices_Create'>): Promise<string> {
  return (await invoke('devices_Create', input, createDeviceOutputSchema)).deviceId;
}

export function deleteDevice({ deviceId }: { deviceId: string }): Promise<void> {
  return invokeEmpty('devices_Delete', { deviceId });
}

/** An empty name clears it (the API takes an absent name as "no name"). */
export function setDeviceName({ deviceId, name }: { deviceId: string; name: string }): Promise<void> {
  const trimmed = name.trim();
  return invokeEmpty('devices_SetName', trimmed ? { deviceId, name: trimmed } : { deviceId });
}

// Certificates: the API lists them as part of the device's details.

export async function listDeviceCertificates({ deviceId, signal }: DeviceScoped): Promise<DeviceCertificate[]> {
  return (await getDeviceDetails({ deviceId, signal })).certificates;
}

export async function addDeviceCertificate(input: { deviceId: string; fingerprint: string; status?: WireDeviceCertificateStatus }): Promise<string> {
  return (await invoke('devices_AddCertificate', input, addCertificateOutputSchema)).certificateId;
}

export function setDeviceCertificateStatus({ certificateId, status }: { certificateId: string; status: WireDeviceCertificateStatus }): Promise<void> {
  return invokeEmpty('devices_SetCertificateStatus', { certificateId, status });
}

export function deleteDeviceCertificate({ certificateId }: { certificateId: string }): Promise<void> {
  return invokeEmpty('devices_DeleteCertificate', { certificateId });
}

// Connections, events, audit log, commands.

export async function queryDeviceConnections({ deviceId, limit, activeOnly, signal }: DeviceScoped & { limit?: number; activeOnly?: boolean }): Promise<ConnectionLog[]> {
  const input: ActionInput<'devices_QueryConnections'> = { deviceId };
  if (limit !== undefined) input.limit = limit;
  if (activeOnly) input.activeOnly = true;
  return (await invoke('devices_QueryConnections', input, queryConnectionsOutputSchema, signal)).connections;
}

/** A fresh connection id, as a cluster node mints one when a device connects. */
export function newDeviceConnectionId(): string {
  return `d_conn_${randomBase58(22)}`;
}

/** Registers a connection of the device to a cluster node (what a node does when the device connects). */
export async function registerDeviceConnection(input: { deviceId: string; nodeId: string; connectionId: string }): Promise<string> {
  return (await invoke('devices_RegisterConnection', input, registerConnectionOutputSchema)).connectionId;
}

/** Ends a registered connection, saying why (what a node does when the device goes away). */
export function unregisterDeviceConnection({ connectionId, endReason }: { connectionId: string; endReason: ConnectionEndReason }): Promise<void> {
  return invokeEmpty('devices_UnregisterConnection', { connectionId, endReason });
}

export async function queryDeviceEvents({ deviceId, limit, signal }: DeviceScoped & { limit?: number }): Promise<DeviceEvent[]> {
  return (await invoke('devices_QueryEvents', limit === undefined ? { deviceId } : { deviceId, limit }, queryEventsOutputSchema, signal)).events;
}

/** An event as the console writes it: the client gives it an id and the time it was emitted. */
export interface NewDeviceEvent {
  severity: EventSeverity;
  category?: string;
  body: unknown;
  attributes?: Record<string, unknown>;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A fresh event id in Nexigon's dated format: `d_ev_YYYYMMDD-HHMM-<8 base 58 digits>`. */
export function newDeviceEventId(at: Date = new Date()): string {
  const suffix = randomBase58(8);
  const date = `${at.getUTCFullYear()}${pad2(at.getUTCMonth() + 1)}${pad2(at.getUTCDate())}-${pad2(at.getUTCHours())}${pad2(at.getUTCMinutes())}`;
  return `d_ev_${date}-${suffix}`;
}

/** Publishes events on behalf of the device (what its agent does); answers the ids given to them. */
export async function publishDeviceEvents({ deviceId, events }: { deviceId: string; events: readonly NewDeviceEvent[] }): Promise<string[]> {
  const now = new Date();
  const wire = events.map((e) => ({
    eventId: newDeviceEventId(now),
    ...(e.category ? { category: e.category } : {}),
    severity: e.severity,
    body: e.body,
    attributes: e.attributes ?? {},
    emittedAt: now.toISOString(),
  }));
  await invokeEmpty('devices_PublishEvents', { deviceId, events: wire });
  return wire.map((e) => e.eventId);
}

export async function queryDeviceAuditLog({ deviceId, signal }: DeviceScoped): Promise<AuditLogEvent[]> {
  return (await invoke('devices_QueryAuditLog', { deviceId }, queryAuditLogOutputSchema, signal)).events;
}

export async function queryDeviceCommands({ deviceId, signal }: DeviceScoped): Promise<CommandDescriptor[]> {
  return (await invoke('devices_QueryCommands', { deviceId }, queryCommandsOutputSchema, signal)).manifest.commands;
}

// Properties.

export async function queryDeviceProperties({ deviceId, signal }: DeviceScoped): Promise<DeviceProperty[]> {
  const { properties } = await invoke('devices_QueryProperties', { deviceId }, queryPropertiesOutputSchema, signal);
  return Object.values(properties);
}

export function getDeviceProperty({ deviceId, name, signal }: DeviceScoped & { name: string }): Promise<GetPropertyOutput> {
  return invoke('devices_GetProperty', { deviceId, name }, getPropertyOutputSchema, signal);
}

/** Pass `expectedVersion` for compare-and-swap: the answer is then `VersionConflict` or `Deleted` instead of an overwrite. */
export function setDeviceProperty(input: ActionInput<'devices_SetProperty'>): Promise<SetPropertyOutput> {
  return invoke('devices_SetProperty', input, setPropertyOutputSchema);
}

export function removeDeviceProperty({ deviceId, name }: { deviceId: string; name: string }): Promise<RemovePropertyOutput> {
  return invoke('devices_RemoveProperty', { deviceId, name }, removePropertyOutputSchema);
}

// Tokens.

export async function issueDeviceToken(input: ActionInput<'devices_IssueDeviceToken'>): Promise<string> {
  return (await invoke('devices_IssueDeviceToken', input, issueDeviceTokenOutputSchema)).jwt;
}

export function validateDeviceToken({ jwt }: { jwt: string }): Promise<ValidateDeviceTokenOutput> {
  return invoke('devices_ValidateDeviceToken', { jwt }, validateDeviceTokenOutputSchema);
}

export function issueHttpProxyToken(input: ActionInput<'devices_IssueHttpProxyToken'>): Promise<{ jwt: string; url: string }> {
  return invoke('devices_IssueHttpProxyToken', input, issueHttpProxyTokenOutputSchema);
}

export function validateHttpProxyToken({ jwt }: { jwt: string }): Promise<ValidateHttpProxyTokenOutput> {
  return invoke('devices_ValidateHttpProxyToken', { jwt }, validateHttpProxyTokenOutputSchema);
}

// Device operations: how the console runs a command on one device.

export async function createDeviceOperation(input: { deviceId: string; name: string; description?: string; steps: WireDeviceOperationStep[] }): Promise<string> {
  return (await invoke('devices_CreateOperation', input, createOperationOutputSchema)).deviceOperationId;
}

export function startDeviceOperation({ deviceOperationId }: { deviceOperationId: string }): Promise<void> {
  return invokeEmpty('devices_StartOperation', { deviceOperationId });
}

export function getDeviceOperation({ deviceOperationId, signal }: Signal & { deviceOperationId: string }): Promise<GetOperationOutput> {
  return invoke('devices_GetOperation', { deviceOperationId }, getOperationOutputSchema, signal);
}

/** The device's operations (commands run through the console among them). */
export async function queryDeviceOperations({ deviceId, signal }: DeviceScoped): Promise<OperationSummary[]> {
  return (await invoke('devices_QueryOperations', { deviceId }, queryOperationsOutputSchema, signal)).operations;
}

/** Cancels a pending or running operation; a finished one is refused. */
export function cancelDeviceOperation({ deviceOperationId }: { deviceOperationId: string }): Promise<void> {
  return invokeEmpty('devices_CancelOperation', { deviceOperationId });
}
