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

/** How each way a connection ends is named, explained and coloured. */
export const END_REASON_DISPLAY: Record<ConnectionEndReason, { label: string; meaning: string; color: string }> = {
  Disconnected: { label: 'Disconnected', meaning: 'The device closed the connection normally.', color: 'gray' },
  NodeCrashed: { label: 'Node crashed', meaning: 'The cluster node crashed or stopped sending heartbeats.', color: 'red' },
  ServerShutdown: { label: 'Server shutdown', meaning: 'The hub was shut down gracefully (e.g. an upgrade).', color: 'orange' },
  Unknown: { label: 'Unknown', meaning: 'The hub did not record why the connection ended.', color: 'yellow' },
};

/** How each health status is named and coloured. */
export const DEVICE_STATUS_DISPLAY: Record<DeviceStatus, { label: string; color: string }> = {
  healthy: { label: 'Healthy', color: 'teal' },
  warning: { label: 'Degraded', color: 'yellow' },
  error: { label: 'Error', color: 'red' },
  offline: { label: 'Offline', color: 'gray' },
  unknown: { label: 'Unknown', color: 'gray' },
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
