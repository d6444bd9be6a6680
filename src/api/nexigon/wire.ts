import type { components, operations } from './schema.gen';

/**
 * The Nexigon Hub wire types, straight from the OpenAPI document
 * (`npm run gen:nexigon` regenerates schema.gen.ts). The client validates
 * answers with zod schemas that must accept these types, and the mock
 * handlers produce exactly these types, so a schema change that the client
 * or the mock does not follow fails the type check.
 */
export type NexigonSchemas = components['schemas'];
export type NexigonAction = keyof operations;

/** What an action takes, e.g. `ActionInput<'devices_SetProperty'>`. */
export type ActionInput<A extends NexigonAction> = NonNullable<operations[A]['requestBody']>['content']['application/json'];
/** What an action answers with HTTP 200. */
export type ActionOutput<A extends NexigonAction> = operations[A]['responses'][200]['content']['application/json'];

type S<K extends keyof NexigonSchemas> = NexigonSchemas[K];

export type WireDeviceCertificateStatus = S<'nexigon_api.devices.DeviceCertificateStatus'>;
export type WireDeviceEventSeverity = S<'nexigon_api.devices.DeviceEventSeverity'>;
export type WireConnectionEndReason = S<'nexigon_api.devices.ConnectionEndReason'>;
export type WireDeviceStatus = S<'nexigon_api.devices.DeviceStatus'>;
export type WireActor = S<'nexigon_api.actor.Actor'>;
export type WireDeviceCertificate = S<'nexigon_api.devices.DeviceCertificate'>;
export type WireDeviceConnectionLog = S<'nexigon_api.devices.DeviceConnectionLog'>;
export type WireDeviceEvent = S<'nexigon_api.devices.DeviceEvent'>;
export type WireDeviceProperty = S<'nexigon_api.devices.DeviceProperty'>;
export type WireAuditLogEvent = S<'nexigon_api.audit.AuditLogEvent'>;
export type WireDeviceCommandDescriptor = S<'nexigon_api.properties.DeviceCommandDescriptor'>;
export type WireDeviceCommandManifest = S<'nexigon_api.properties.DeviceCommandManifest'>;
export type WireDeviceOperationSummary = S<'nexigon_api.devices.DeviceOperationSummary'>;
export type WireDeviceOperationStep = S<'nexigon_api.devices.DeviceOperationStep'>;
export type WireDeviceOperationStepState = S<'nexigon_api.devices.DeviceOperationStepState'>;
export type WireQueryProjectDevicesItem = S<'nexigon_api.projects.QueryProjectDevicesItem'>;
export type WireActionError = S<'nexigon_api.errors.ActionError'>;

export const ACTION_PATH_PREFIX = '/api/v1/actions/invoke/';
export const actionPath = (action: NexigonAction): string => `${ACTION_PATH_PREFIX}${action}`;
