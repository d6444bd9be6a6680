import { describe, expect, it } from 'vitest';
import { isCancellable, operationState, type MockOperation } from './nexigon-operations';

const T0 = Date.parse('2026-12-07T08:00:00Z');

function operation(command: string, overrides: Partial<MockOperation> = {}): MockOperation {
  return {
    summary: {
      deviceOperationId: 'd_op_1',
      projectId: 'p_1',
      deviceId: 'd_1',
      name: `Run ${command}`,
      status: 'Pending',
      stepIndex: 0,
      stepCount: 1,
      createdAt: new Date(T0).toISOString(),
      updatedAt: new Date(T0).toISOString(),
    },
    steps: [{ kind: 'DeviceCommand', command, input: { count: 3, version: '4.3.0' }, timeoutSecs: 60 }],
    startedAtMs: T0,
    deviceConnected: true,
    cancelledAtMs: null,
    ...overrides,
  };
}

describe('mock device operations', () => {
  it('stay Pending until started, run, then settle with the step output', () => {
    expect(operationState(operation('ping', { startedAtMs: null }), T0 + 5000).summary.status).toBe('Pending');
    const running = operationState(operation('ping'), T0 + 1000);
    expect(running.summary.status).toBe('Running');
    expect(running.stepStates).toEqual([expect.objectContaining({ stepIndex: 0, status: 'Running' })]);
    const done = operationState(operation('ping'), T0 + 2500);
    expect(done.summary).toMatchObject({ status: 'Succeeded', stepIndex: 1 });
    expect(done.stepStates[0]).toMatchObject({ status: 'Succeeded', output: expect.objectContaining({ transmitted: 3 }) });
  });

  it('take longer for a firmware update, and time out on an offline device', () => {
    expect(operationState(operation('update-firmware'), T0 + 10_000).summary.status).toBe('Running');
    expect(operationState(operation('update-firmware'), T0 + 21_000).summary.status).toBe('Succeeded');
    expect(operationState(operation('ping', { deviceConnected: false }), T0 + 30_000).summary.status).toBe('Running');
    expect(operationState(operation('ping', { deviceConnected: false }), T0 + 61_000).summary).toMatchObject({ status: 'TimedOut', lastError: expect.stringContaining('offline') });
  });

  it('end Cancelled when cancelled while running or pending, and can be cancelled only then', () => {
    const cancelled = operationState(operation('update-firmware', { cancelledAtMs: T0 + 5000 }), T0 + 30_000);
    expect(cancelled.summary).toMatchObject({ status: 'Cancelled', completedAt: new Date(T0 + 5000).toISOString() });
    expect(cancelled.stepStates[0]).toMatchObject({ status: 'Failed', error: expect.stringContaining('cancelled') });
    const never = operationState(operation('ping', { startedAtMs: null, cancelledAtMs: T0 }), T0 + 1000);
    expect(never.summary.status).toBe('Cancelled');
    expect(never.stepStates).toEqual([{ stepIndex: 0, status: 'Skipped' }]);
    expect(isCancellable(operation('update-firmware'), T0 + 1000)).toBe(true);
    expect(isCancellable(operation('ping'), T0 + 3000)).toBe(false);
    expect(isCancellable(operation('update-firmware', { cancelledAtMs: T0 + 1 }), T0 + 1000)).toBe(false);
  });
});
