import type { ActivationStatus, OperationType } from '../../../api/akamai/types';

export const STATUS_COLORS: Record<ActivationStatus, string> = {
  NEW: 'blue',
  PENDING: 'yellow',
  DEPLOYED: 'teal',
  OBSOLETE: 'gray',
  ABORTED: 'orange',
  FAILED: 'red',
  UNAVAILABLE: 'grape',
  UNKNOWN: 'gray',
};

/** The reference's wording, so the timeline explains each status where it appears. */
export const STATUS_DESCRIPTIONS: Record<ActivationStatus, string> = {
  NEW: 'Created but not initiated yet.',
  PENDING: 'Being performed on the Akamai Platform.',
  DEPLOYED: 'Performed successfully.',
  OBSOLETE: 'Made obsolete by the validation server (a newer operation replaced it).',
  ABORTED: 'The operation request was rejected.',
  FAILED: 'The operation failed while being processed.',
  UNAVAILABLE: 'A server error. Try the operation again, or contact your account representative.',
  UNKNOWN: 'A status this console does not know yet.',
};

export const OPERATION_LABELS: Record<OperationType, string> = {
  ACTIVATION: 'Activation',
  DEACTIVATION: 'Deactivation',
  'N/A': 'Never activated',
};
