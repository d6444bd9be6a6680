import { describe, expect, it } from 'vitest';
import { OPERATION_POLL_MS, operationPollMs, operationsPollMs } from './queries';
import type { OperationSummary } from './types';

const summary = (status: OperationSummary['status']): OperationSummary => ({
  deviceOperationId: `d_op_${status}`,
  projectId: 'p_1',
  deviceId: 'd_1',
  name: 'Run ping',
  status,
  stepIndex: 0,
  stepCount: 1,
  createdAt: '2026-12-07T08:00:00Z',
  updatedAt: '2026-12-07T08:00:00Z',
});

describe('polling of device operations', () => {
  it('polls the list while any operation is pending or running, and stops once all have settled', () => {
    expect(operationsPollMs(undefined)).toBe(false);
    expect(operationsPollMs([])).toBe(false);
    expect(operationsPollMs([summary('Succeeded'), summary('Running')])).toBe(OPERATION_POLL_MS);
    expect(operationsPollMs([summary('Pending')])).toBe(OPERATION_POLL_MS);
    expect(operationsPollMs([summary('Succeeded'), summary('Failed'), summary('TimedOut'), summary('Cancelled'), summary('Unknown')])).toBe(false);
  });

  it('follows one operation until it settles', () => {
    expect(operationPollMs(undefined)).toBe(false);
    expect(operationPollMs({ result: 'NotFound' })).toBe(false);
    expect(operationPollMs({ result: 'Found', summary: summary('Running'), steps: [], stepStates: [] })).toBe(OPERATION_POLL_MS);
    expect(operationPollMs({ result: 'Found', summary: summary('Cancelled'), steps: [], stepStates: [] })).toBe(false);
  });
});
