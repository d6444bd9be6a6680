import { Badge, Loader } from '@mantine/core';
import { isHubTransient, type HubStatus } from '../../../api/scaleway-iot/types';
import { STATUS_COLORS, STATUS_LABELS } from '../lib/hub-labels';

export function HubStatusBadge({ status }: { status: HubStatus }) {
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="light"
      leftSection={isHubTransient(status) ? <Loader size={10} color={STATUS_COLORS[status]} aria-hidden /> : undefined}
      aria-label={`Status: ${STATUS_LABELS[status]}`}
    >
      {STATUS_LABELS[status]}
    </Badge>
  );
}
