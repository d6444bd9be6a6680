import type { Activation, ActivationStatus } from './types';

/** Statuses of an operation still under way: the console polls while one exists, and the API refuses another. */
export const IN_FLIGHT_STATUSES: readonly ActivationStatus[] = ['NEW', 'PENDING'];

type OperationLike = Pick<Activation, 'activationStatus' | 'operationType'>;

/**
 * Whether an activation or deactivation is still under way. The versions list reports a version
 * that was never activated as `NEW` with operation type `N/A`: nothing is under way for it, so it
 * is not in flight (polling on it would never end).
 */
export function isInFlight(op: OperationLike): boolean {
  return op.operationType !== 'N/A' && IN_FLIGHT_STATUSES.includes(op.activationStatus);
}

/** Whether a versions or activations list has an operation under way: the queries poll only then. */
export function hasInFlight(list: readonly OperationLike[] | undefined): boolean {
  return list?.some(isInFlight) ?? false;
}

export interface ActivationState {
  /** The version serving traffic, or null when none is active. */
  activeVersion: string | null;
  /** The operation still under way (NEW or PENDING), newest first, or null. */
  inFlight: Activation | null;
  /** The newest operation that ended badly (FAILED, ABORTED, UNAVAILABLE) after the last deployment, or null. */
  lastFailure: Activation | null;
}

function byTime(a: Pick<Activation, 'createdAt'>, b: Pick<Activation, 'createdAt'>): number {
  return a.createdAt - b.createdAt;
}

/**
 * The API has no "active version" field: it follows from the operations list. A DEPLOYED
 * activation makes its version active; a DEPLOYED deactivation leaves none active. Operations
 * that did not deploy (OBSOLETE, ABORTED, FAILED, UNAVAILABLE) change nothing.
 */
export function deriveActivationState(operations: readonly Activation[]): ActivationState {
  let activeVersion: string | null = null;
  let inFlight: Activation | null = null;
  let lastFailure: Activation | null = null;
  for (const op of [...operations].sort(byTime)) {
    if (isInFlight(op)) {
      inFlight = op;
      continue;
    }
    if (op.activationStatus === 'DEPLOYED') {
      if (op.operationType === 'ACTIVATION') activeVersion = op.version;
      else if (op.operationType === 'DEACTIVATION') activeVersion = null;
      lastFailure = null;
      continue;
    }
    if (op.activationStatus === 'FAILED' || op.activationStatus === 'ABORTED' || op.activationStatus === 'UNAVAILABLE') lastFailure = op;
  }
  // A NEW/PENDING entry older than a later finished one was superseded; only the newest counts.
  const newest = [...operations].sort(byTime).at(-1);
  if (inFlight && newest && newest !== inFlight && !isInFlight(newest)) inFlight = null;
  return { activeVersion, inFlight, lastFailure };
}

/** Versions in numeric order when they are numbers ("2" before "10"), else by text. */
export function compareVersions(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a.localeCompare(b);
}
