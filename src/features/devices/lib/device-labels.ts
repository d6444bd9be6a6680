import type { CertificateStatus, ConnectionEndReason, DeviceStatus, EventSeverity, OperationStatus } from '../../../api/nexigon/types';

export const CERTIFICATE_STATUS_COLORS: Record<CertificateStatus, string> = {
  Pending: 'yellow',
  Active: 'teal',
  Rejected: 'gray',
  Revoked: 'dark',
  Conflict: 'red',
  Unknown: 'gray',
};

/** What each status means for the device, in an operator's words. */
export const CERTIFICATE_STATUS_MEANINGS: Record<CertificateStatus, string> = {
  Pending: 'Presented by the device and waiting for approval: the device cannot authenticate with it yet.',
  Active: 'Approved: the device authenticates with this certificate.',
  Rejected: 'Refused by an operator: connections presenting it are turned away.',
  Revoked: 'Withdrawn after being active, e.g. a lost or replaced device: it is no longer accepted.',
  Conflict:
    'The same certificate fingerprint was presented by more than one device. Usually a cloned disk image or a copied key: one certificate must belong to exactly one device. Find the other device, then reject or revoke the copy.',
  Unknown: 'A status this console does not know yet.',
};

export const SEVERITY_COLORS: Record<EventSeverity, string> = {
  Trace: 'gray',
  Debug: 'indigo',
  Info: 'blue',
  Warning: 'yellow',
  Error: 'orange',
  Critical: 'red',
};

export const END_REASON_LABELS: Record<ConnectionEndReason, string> = {
  Disconnected: 'Disconnected',
  NodeCrashed: 'Node crashed',
  ServerShutdown: 'Server shutdown',
  Unknown: 'Unknown',
};

export const END_REASON_MEANINGS: Record<ConnectionEndReason, string> = {
  Disconnected: 'The device closed the connection normally.',
  NodeCrashed: 'The cluster node crashed or stopped sending heartbeats.',
  ServerShutdown: 'The hub was shut down gracefully (e.g. an upgrade).',
  Unknown: 'The hub did not record why the connection ended.',
};

export const END_REASON_COLORS: Record<ConnectionEndReason, string> = {
  Disconnected: 'gray',
  NodeCrashed: 'red',
  ServerShutdown: 'orange',
  Unknown: 'yellow',
};

export const DEVICE_STATUS_LABELS: Record<DeviceStatus, string> = {
  healthy: 'Healthy',
  warning: 'Degraded',
  error: 'Error',
  offline: 'Offline',
  unknown: 'Unknown',
};

export const DEVICE_STATUS_COLORS: Record<DeviceStatus, string> = {
  healthy: 'teal',
  warning: 'yellow',
  error: 'red',
  offline: 'gray',
  unknown: 'gray',
};

/** The name a device is shown by: its name, or its id when it has none. */
export function deviceLabel(device: { deviceId: string; name?: string | null }): string {
  return device.name?.trim() ? device.name : device.deviceId;
}

export const OPERATION_COLORS: Record<OperationStatus, string> = {
  Pending: 'gray',
  Running: 'blue',
  Succeeded: 'teal',
  Failed: 'red',
  TimedOut: 'orange',
  Cancelled: 'gray',
  Unknown: 'gray',
};
