import type { LbStatus } from '../../../api/scaleway-lb/types';
import { isLbTransient } from '../../../api/scaleway-lb/types';
import { StatusBadge } from '../../../components/StatusBadge';
import { LB_STATUS_COLORS, LB_STATUS_LABELS } from '../lib/lb-labels';

export function LbStatusBadge({ status }: { status: LbStatus }) {
  return <StatusBadge label={LB_STATUS_LABELS[status]} color={LB_STATUS_COLORS[status]} busy={isLbTransient(status)} name={`Status: ${LB_STATUS_LABELS[status]}`} />;
}
