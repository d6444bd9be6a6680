import { isApiError } from './errors/api-error';

/**
 * An owner (load balancer, hub…) whose data could not be read in a view that reads many of
 * them: it is listed with its reason, without hiding the others.
 */
export interface OwnerFailure {
  kind: 'lb' | 'hub';
  id: string;
  name: string;
  region: string;
  message: string;
}

/** One line for a failed item of a fleet-wide read: the API's message and its status. */
export function describeFailure(error: unknown): string {
  if (isApiError(error)) return `${error.message} (HTTP ${error.status})`;
  return error instanceof Error ? error.message : 'Unknown error';
}
