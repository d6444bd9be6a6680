import { Badge, Tooltip } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { CertificateStatus, ConnectionEndReason, DeviceStatus, EventSeverity } from '../../../api/nexigon/types';
import {
  CERTIFICATE_STATUS_COLORS,
  CERTIFICATE_STATUS_MEANINGS,
  DEVICE_STATUS_DISPLAY,
  END_REASON_DISPLAY,
  SEVERITY_COLORS,
} from '../lib/device-labels';

export function OnlineBadge({ connected }: { connected: boolean }) {
  return (
    <Badge color={connected ? 'teal' : 'gray'} variant={connected ? 'light' : 'outline'} aria-label={connected ? 'Online' : 'Offline'} style={{ flexShrink: 0 }}>
      {connected ? 'Online' : 'Offline'}
    </Badge>
  );
}

export function HealthBadge({ status }: { status: DeviceStatus }) {
  if (status === 'offline') return null;
  return (
    <Badge color={DEVICE_STATUS_DISPLAY[status].color} variant="dot" aria-label={`Health: ${DEVICE_STATUS_DISPLAY[status].label}`} style={{ flexShrink: 0 }}>
      {DEVICE_STATUS_DISPLAY[status].label}
    </Badge>
  );
}

export function CertificateStatusBadge({ status }: { status: CertificateStatus }) {
  return (
    <Tooltip label={CERTIFICATE_STATUS_MEANINGS[status]} multiline w={320} withArrow>
      <Badge color={CERTIFICATE_STATUS_COLORS[status]} variant={status === 'Conflict' ? 'filled' : 'light'} aria-label={`Status: ${status}`}>
        {status}
      </Badge>
    </Tooltip>
  );
}

export function SeverityBadge({ severity }: { severity: EventSeverity }) {
  return (
    <Badge color={SEVERITY_COLORS[severity]} variant={severity === 'Critical' ? 'filled' : 'light'} miw={76}>
      {severity}
    </Badge>
  );
}

export function EndReasonBadge({ reason }: { reason: ConnectionEndReason }) {
  return (
    <Tooltip label={END_REASON_DISPLAY[reason].meaning} withArrow>
      <Badge color={END_REASON_DISPLAY[reason].color} variant="light">
        {END_REASON_DISPLAY[reason].label}
      </Badge>
    </Tooltip>
  );
}

/** A property only users and API tokens may change, not the device itself. */
export function ProtectedBadge({ size }: { size?: 'sm' }) {
  return (
    <Badge color="violet" variant="light" size={size} leftSection={<IconLock size={size === 'sm' ? 11 : 12} aria-hidden />} title="Only users and API tokens can change it, not the device">
      Protected
    </Badge>
  );
}
