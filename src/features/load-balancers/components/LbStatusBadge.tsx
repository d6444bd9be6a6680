import { Badge, Loader } from '@mantine/core';
import type { LbStatus } from '../../../api/scaleway-lb/types';
import { isLbTransient } from '../../../api/scaleway-lb/types';
import { LB_STATUS_COLORS, LB_STATUS_LABELS } from '../lib/lb-labels';

export function LbStatusBadge({ status }: { status: LbStatus }) {
  return (
    <Badge
      color={LB_STATUS_COLORS[status]}
      variant="light"
      leftSection={isLbTransient(status) ? <Loader size={10} color={LB_STATUS_COLORS[status]} aria-hidden /> : undefined}
      aria-label={`Status: ${LB_STATUS_LABELS[status]}`}
    >
      {LB_STATUS_LABELS[status]}
    </Badge>
  );
}
