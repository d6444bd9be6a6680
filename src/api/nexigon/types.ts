import * as z from 'zod/mini';
import type { WireDeviceCertificateStatus, WireDeviceEventSeverity, WireConnectionEndReason, WireDeviceStatus } from './wire';

/**
 * Response schemas of the Nexigon Hub device actions (camelCase JSON).
 * Liberal where the API may grow: unknown enum values fall back to a
 * catch-all, unknown actor kinds are kept as-is, optional fields may be null.
 * Each schema is checked against the generated wire type in client.ts.
 */

export const CERTIFICATE_STATUSES = ['Pending', 'Active', 'Rejected', 'Revoked', 'Conflict'] as const satisfies readonly WireDeviceCertificateStatus[];
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number] | 'Unknown';

export const EVENT_SEVERITIES = ['Trace', 'Debug', 'Info', 'Warning', 'Error', 'Critical'] as const satisfies readonly WireDeviceEventSeverity[];
export type EventSeverity = (typeof EVENT_SEVERITIES)[number];

export const CONNECTION_END_REASONS = ['Disconnected', 'NodeCrashed', 'ServerShutdown', 'Unknown'] as const satisfies readonly WireConnectionEndReason[];
export type ConnectionEndReason = (typeof CONNECTION_END_REASONS)[number];

export const DEVICE_STATUSES = ['healthy', 'warning', 'error', 'offline'] as const satisfies readonly WireDeviceStatus[];
export type DeviceStatus = (typeof DEVICE_STATUSES)[number] | 'unknown';

export const ACTOR_KINDS = ['User', 'UserToken', 'OrganizationApiToken', 'Device', 'ClusterNode', 'System', 'Anonymous'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** JSON values stay `unknown`: pages render them as escaped, formatted text. */
const json = z.unknown();
const timestamp = z.string();

export const projectSchema = z.object({ projectId: z.string(), name: z.string() });
export type NexigonProject = z.infer<typeof projectSchema>;
export const queryProjectsOutputSchema = z.object({ projects: z.array(projectSchema) });

/** Whether a device is connected, and since when: the same fields in the project's and the instance's device lists. */
const connectionState = {
  isConnected: z.boolean(),
  lastConnectedAt: z.nullish(timestamp),
  currentConnectionDurationSecs: z.nullish(z.number()),
};

export const projectDeviceSchema = z.object({
  deviceId: z.string(),
  name: z.nullish(z.string()),
  hostname: z.nullish(z.string()),
  firstSeen: timestamp,
  status: z.catch(z.enum([...DEVICE_STATUSES, 'unknown']), 'unknown'),
  pendingCertificatesCount: z.number(),
  ...connectionState,
});
export type ProjectDevice = z.infer<typeof projectDeviceSchema>;
export const queryProjectDevicesOutputSchema = z.object({ devices: z.array(projectDeviceSchema) });

export const instanceDeviceSchema = z.object({
  deviceId: z.string(),
  projectId: z.string(),
  ...connectionState,
});
export type InstanceDevice = z.infer<typeof instanceDeviceSchema>;
export const queryDevicesOutputSchema = z.object({ devices: z.array(instanceDeviceSchema) });

export const certificateSchema = z.object({
  certificateId: z.string(),
  status: z.catch(z.enum([...CERTIFICATE_STATUSES, 'Unknown']), 'Unknown'),
  fingerprint: z.string(),
  firstSeen: timestamp,
});
export type DeviceCertificate = z.infer<typeof certificateSchema>;

export const deviceDetailsSchema = z.object({
  deviceId: z.string(),
  projectId: z.string(),
  fingerprintId: z.string(),
  name: z.nullish(z.string()),
  isConnected: z.boolean(),
  certificates: z.array(certificateSchema),
  connections: z.array(
    z.object({
      connectionId: z.string(),
      nodeId: z.string(),
      connectedAt: timestamp,
      connectedForSecs: z.number(),
    }),
  ),
});
export type DeviceDetails = z.infer<typeof deviceDetailsSchema>;

export const connectionLogSchema = z.object({
  connectionId: z.string(),
  nodeId: z.string(),
  connectedAt: timestamp,
  endedAt: z.nullish(timestamp),
  endReason: z.nullish(z.catch(z.enum(CONNECTION_END_REASONS), 'Unknown')),
  durationSecs: z.number(),
});
export type ConnectionLog = z.infer<typeof connectionLogSchema>;
export const queryConnectionsOutputSchema = z.object({ connections: z.array(connectionLogSchema) });
export const registerConnectionOutputSchema = z.object({ connectionId: z.string() });

export const deviceEventSchema = z.object({
  eventId: z.string(),
  category: z.nullish(z.string()),
  // An unknown severity is shown as Info rather than dropping the event.
  severity: z.catch(z.enum(EVENT_SEVERITIES), 'Info'),
  body: json,
  attributes: z.catch(z.record(z.string(), json), {}),
  emittedAt: timestamp,
  receivedAt: z.nullish(timestamp),
});
export type DeviceEvent = z.infer<typeof deviceEventSchema>;
export const queryEventsOutputSchema = z.object({ events: z.array(deviceEventSchema) });

export const propertySchema = z.object({
  name: z.string(),
  value: json,
  protected: z.boolean(),
  version: z.number(),
  lastUpdated: timestamp,
});
export type DeviceProperty = z.infer<typeof propertySchema>;
export const queryPropertiesOutputSchema = z.object({ properties: z.record(z.string(), propertySchema) });

export const getPropertyOutputSchema = z.discriminatedUnion('result', [
  z.object({ result: z.literal('NotFound') }),
  z.object({ result: z.literal('Found'), name: z.string(), value: json, protected: z.boolean(), version: z.number(), lastUpdated: timestamp }),
]);
export type GetPropertyOutput = z.infer<typeof getPropertyOutputSchema>;

export const setPropertyOutputSchema = z.discriminatedUnion('result', [
  z.object({ result: z.literal('Set') }),
  z.object({ result: z.literal('VersionConflict'), currentVersion: z.number() }),
  z.object({ result: z.literal('Deleted') }),
]);
export type SetPropertyOutput = z.infer<typeof setPropertyOutputSchema>;

export const removePropertyOutputSchema = z.discriminatedUnion('result', [z.object({ result: z.literal('NotFound') }), z.object({ result: z.literal('Removed') })]);
export type RemovePropertyOutput = z.infer<typeof removePropertyOutputSchema>;

const knownActorSchema = z.discriminatedUnion('actor', [
  z.object({ actor: z.literal('Anonymous') }),
  z.object({ actor: z.literal('System') }),
  z.object({ actor: z.literal('Device'), deviceId: z.string(), tokenId: z.string() }),
  z.object({ actor: z.literal('User'), userId: z.string() }),
  z.object({ actor: z.literal('UserToken'), userId: z.string(), tokenId: z.string() }),
  z.object({ actor: z.literal('ClusterNode'), nodeId: z.string() }),
  z.object({ actor: z.literal('OrganizationApiToken'), organizationId: z.string(), tokenId: z.string() }),
]);
/** An actor kind added by Nexigon later is kept (and shown by its tag) rather than failing the whole log. */
const otherActorSchema = z.looseObject({ actor: z.string() });
export const actorSchema = z.union([knownActorSchema, otherActorSchema]);
export type Actor = z.infer<typeof knownActorSchema>;
export type AnyActor = z.infer<typeof actorSchema>;

export const auditLogEventSchema = z.object({
  eventId: z.string(),
  actor: actorSchema,
  event: z.string(),
  data: json,
  createdAt: timestamp,
  action: z.nullish(z.object({ actionId: z.string() })),
  job: z.nullish(z.object({ jobId: z.string() })),
});
export type AuditLogEvent = z.infer<typeof auditLogEventSchema>;
export const queryAuditLogOutputSchema = z.object({ events: z.array(auditLogEventSchema) });

export const commandDescriptorSchema = z.object({
  name: z.string(),
  description: z.nullish(z.string()),
  category: z.nullish(z.string()),
  input: z.optional(json),
  output: z.optional(json),
});
export type CommandDescriptor = z.infer<typeof commandDescriptorSchema>;
export const queryCommandsOutputSchema = z.object({ manifest: z.object({ commands: z.array(commandDescriptorSchema) }) });

export const createDeviceOutputSchema = z.object({ deviceId: z.string() });
export const addCertificateOutputSchema = z.object({ certificateId: z.string() });
export const issueDeviceTokenOutputSchema = z.object({ jwt: z.string() });
export const issueHttpProxyTokenOutputSchema = z.object({ jwt: z.string(), url: z.string() });

export const validateDeviceTokenOutputSchema = z.discriminatedUnion('result', [
  z.object({ result: z.literal('Invalid') }),
  z.object({ result: z.literal('Valid'), deviceId: z.string(), claims: json }),
]);
export type ValidateDeviceTokenOutput = z.infer<typeof validateDeviceTokenOutputSchema>;

export const validateHttpProxyTokenOutputSchema = z.discriminatedUnion('result', [
  z.object({ result: z.literal('Invalid'), redirect: z.nullish(z.string()) }),
  z.object({ result: z.literal('Valid'), deviceId: z.string(), issuer: z.nullish(actorSchema), hostname: z.nullish(z.string()), port: z.optional(json) }),
]);
export type ValidateHttpProxyTokenOutput = z.infer<typeof validateHttpProxyTokenOutputSchema>;

export const OPERATION_STATUSES = ['Pending', 'Running', 'Succeeded', 'Failed', 'TimedOut', 'Cancelled'] as const;
export type OperationStatus = (typeof OPERATION_STATUSES)[number] | 'Unknown';

export const createOperationOutputSchema = z.object({ deviceOperationId: z.string() });
export const operationSummarySchema = z.object({
  deviceOperationId: z.string(),
  projectId: z.string(),
  deviceId: z.string(),
  name: z.string(),
  description: z.nullish(z.string()),
  status: z.catch(z.enum([...OPERATION_STATUSES, 'Unknown']), 'Unknown'),
  stepIndex: z.number(),
  stepCount: z.number(),
  lastError: z.nullish(z.string()),
  createdAt: timestamp,
  startedAt: z.nullish(timestamp),
  completedAt: z.nullish(timestamp),
  updatedAt: timestamp,
});
export type OperationSummary = z.infer<typeof operationSummarySchema>;
export const queryOperationsOutputSchema = z.object({ operations: z.array(operationSummarySchema) });

/** Whether an operation may still change (and can be cancelled). */
export const isOperationActive = (status: OperationStatus): boolean => status === 'Pending' || status === 'Running';
export const operationStepStateSchema = z.object({
  stepIndex: z.number(),
  status: z.string(),
  output: z.optional(json),
  error: z.nullish(z.string()),
  startedAt: z.nullish(timestamp),
  completedAt: z.nullish(timestamp),
});
export type OperationStepState = z.infer<typeof operationStepStateSchema>;
export const getOperationOutputSchema = z.discriminatedUnion('result', [
  z.object({ result: z.literal('NotFound') }),
  z.object({ result: z.literal('Found'), summary: operationSummarySchema, steps: z.array(json), stepStates: z.array(operationStepStateSchema) }),
]);
export type GetOperationOutput = z.infer<typeof getOperationOutputSchema>;

/** The API's documented defaults, mirrored so the UI can say what it asked for. */
export const DEFAULT_EVENTS_LIMIT = 100;
export const DEFAULT_CONNECTIONS_LIMIT = 100;
export const DEFAULT_PROXY_PORT = 80;
