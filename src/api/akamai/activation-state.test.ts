import { describe, expect, it } from 'vitest';
import { compareVersions, deriveActivationState } from './activation-state';
import type { Activation } from './types';

const op = (createdAt: number, version: string, operationType: Activation['operationType'], activationStatus: Activation['activationStatus']): Activation => ({
  createdAt,
  version,
  operationType,
  activationStatus,
  createdBy: 'u',
  namespace: 'company1',
  jurisdiction: 'eu',
});

describe('deriveActivationState', () => {
  it('follows the reference sample: 1 then 2 deployed, a deactivation of 2 pending', () => {
    const state = deriveActivationState([op(3, '2', 'DEACTIVATION', 'PENDING'), op(1, '1', 'ACTIVATION', 'DEPLOYED'), op(2, '2', 'ACTIVATION', 'DEPLOYED')]);
    expect(state.activeVersion).toBe('2');
    expect(state.inFlight?.operationType).toBe('DEACTIVATION');
  });

  it('ignores operations that did not deploy, and remembers the last failure', () => {
    const state = deriveActivationState([op(1, '1', 'ACTIVATION', 'DEPLOYED'), op(2, '2', 'ACTIVATION', 'OBSOLETE'), op(3, '2', 'ACTIVATION', 'FAILED')]);
    expect(state).toMatchObject({ activeVersion: '1', inFlight: null });
    expect(state.lastFailure?.activationStatus).toBe('FAILED');
    expect(deriveActivationState([op(1, '1', 'ACTIVATION', 'DEPLOYED'), op(2, '1', 'DEACTIVATION', 'DEPLOYED')]).activeVersion).toBeNull();
    expect(deriveActivationState([]).activeVersion).toBeNull();
  });

  it('orders versions numerically', () => {
    expect(['10', '2', '1'].sort(compareVersions)).toEqual(['1', '2', '10']);
  });
});
