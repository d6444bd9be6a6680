import { isHubTransient, type HubStatus } from '../../../api/scaleway-iot/types';
import { StatusBadge } from '../../../components/StatusBadge';
import { STATUS_COLORS, STATUS_LABELS } from '../lib/hub-labels';

export function HubStatusBadge({ status }: { status: HubStatus }) {
  return <StatusBadge label={STATUS_LABELS[status]} color={STATUS_COLORS[status]} busy={isHubTransient(status)} name={`Status: ${STATUS_LABELS[status]}`} />;
}
