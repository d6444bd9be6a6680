import type { ActionOutput, WireDeviceOperationStep, WireDeviceOperationSummary } from '../../src/api/nexigon/wire';
import { hashString } from '../lib/random';
import { createCollection } from './collection';

/**
 * Device operations created by the console to run a command. The state
 * machine moves on with the clock: Pending until started, then Running; a
 * connected device answers within seconds, an offline one times out.
 */
export interface MockOperation {
  summary: WireDeviceOperationSummary;
  steps: WireDeviceOperationStep[];
  startedAtMs: number | null;
  /** Whether the device was connected when the operation started (it polls for work only then). */
  deviceConnected: boolean;
  /** When the operation was cancelled (absent in operations stored before cancelling existed). */
  cancelledAtMs?: number | null;
}

export const operationsCollection = createCollection<MockOperation>({ name: 'nexigon.operations', seed: () => [], id: (o) => o.summary.deviceOperationId });

/** How long the mock device takes per command: a firmware update is slow enough to watch and cancel. */
const RUN_MS: Readonly<Record<string, number>> = { 'update-firmware': 20_000, 'collect-logs': 6000 };
const DEFAULT_RUN_MS = 2000;

function runMs(step: WireDeviceOperationStep): number {
  return step.kind === 'DeviceCommand' ? (RUN_MS[step.command] ?? DEFAULT_RUN_MS) : DEFAULT_RUN_MS;
}
const DEFAULT_TIMEOUT_SECS = 60;

type Outcome = { ok: true; output: unknown } | { ok: false; error: string };

/** What the mock "device" answers, per command. */
function runCommand(step: WireDeviceOperationStep, seed: string): Outcome {
  if (step.kind !== 'DeviceCommand') return { ok: true, output: null };
  const input = (typeof step.input === 'object' && step.input !== null ? step.input : {}) as Record<string, unknown>;
  const n = hashString(seed);
  switch (step.command) {
    case 'ping': {
      const count = typeof input.count === 'number' ? input.count : 4;
      const lost = n % 5 === 0 ? 1 : 0;
      return { ok: true, output: { transmitted: count, received: Math.max(0, count - lost), avgRttMs: 8 + (n % 400) / 10 } };
    }
    case 'update-firmware':
      return /^4\.|^2\.|^1\.|^7\./.test(String(input.version ?? ''))
        ? { ok: true, output: { installed: input.version, rebootRequired: true } }
        : { ok: false, error: `version ${String(input.version)} was not found in the project repository` };
    case 'collect-logs':
      return { ok: true, output: { uploaded: true, lines: Math.min(Number(input.maxLines ?? 5000), 1200 + (n % 3000)) } };
    default:
      return { ok: true, output: { ok: true } };
  }
}

/** The operation as the API reports it at `now`. */
export function operationState(op: MockOperation, now = Date.now()): Extract<ActionOutput<'devices_GetOperation'>, { result: 'Found' }> {
  const step = op.steps[0];
  const timeoutSecs = step && 'timeoutSecs' in step && typeof step.timeoutSecs === 'number' ? step.timeoutSecs : DEFAULT_TIMEOUT_SECS;
  const base = { result: 'Found' as const, steps: op.steps };
  const cancelledAt = op.cancelledAtMs ?? null;
  if (op.startedAtMs === null || !step) {
    if (cancelledAt === null) return { ...base, summary: op.summary, stepStates: [] };
    const at = new Date(cancelledAt).toISOString();
    return { ...base, summary: { ...op.summary, status: 'Cancelled', completedAt: at, updatedAt: at }, stepStates: op.steps.map((_, stepIndex) => ({ stepIndex, status: 'Skipped' })) };
  }
  const started = new Date(op.startedAtMs).toISOString();
  const doneAt = op.deviceConnected ? op.startedAtMs + runMs(step) : op.startedAtMs + timeoutSecs * 1000;
  if (cancelledAt !== null && cancelledAt < doneAt) {
    const at = new Date(cancelledAt).toISOString();
    const error = 'cancelled before the device finished';
    return {
      ...base,
      summary: { ...op.summary, status: 'Cancelled', startedAt: started, completedAt: at, updatedAt: at, lastError: error },
      stepStates: [{ stepIndex: 0, status: 'Failed', startedAt: started, completedAt: at, error }],
    };
  }
  if (now < doneAt) {
    return { ...base, summary: { ...op.summary, status: 'Running', startedAt: started, updatedAt: started }, stepStates: [{ stepIndex: 0, status: 'Running', startedAt: started }] };
  }
  const completed = new Date(doneAt).toISOString();
  if (!op.deviceConnected) {
    const error = `the device did not pick up the command within ${timeoutSecs} s (it is offline)`;
    return {
      ...base,
      summary: { ...op.summary, status: 'TimedOut', startedAt: started, completedAt: completed, updatedAt: completed, lastError: error, stepIndex: 0 },
      stepStates: [{ stepIndex: 0, status: 'TimedOut', startedAt: started, completedAt: completed, error }],
    };
  }
  const outcome = runCommand(step, op.summary.deviceOperationId);
  return outcome.ok
    ? {
        ...base,
        summary: { ...op.summary, status: 'Succeeded', startedAt: started, completedAt: completed, updatedAt: completed, stepIndex: 1 },
        stepStates: [{ stepIndex: 0, status: 'Succeeded', startedAt: started, completedAt: completed, output: outcome.output }],
      }
    : {
        ...base,
        summary: { ...op.summary, status: 'Failed', startedAt: started, completedAt: completed, updatedAt: completed, lastError: outcome.error, stepIndex: 0 },
        stepStates: [{ stepIndex: 0, status: 'Failed', startedAt: started, completedAt: completed, error: outcome.error }],
      };
}

/** Whether the operation can still be cancelled at `now`. */
export function isCancellable(op: MockOperation, now = Date.now()): boolean {
  const status = operationState(op, now).summary.status;
  return status === 'Pending' || status === 'Running';
}
