import { describe, expect, it } from 'vitest';
import { compareVersions, deriveActivationState, hasInFlight, isInFlight } from './activation-state';
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

const version = (activationStatus: Activation['activationStatus'], operationType: Activation['operationType']) => ({ activationStatus, operationType });

describe('isInFlight: what the console waits for', () => {
  it('an activation or deactivation created (NEW) or being performed (PENDING) is under way', () => {
    expect(isInFlight(version('NEW', 'ACTIVATION'))).toBe(true);
    expect(isInFlight(version('PENDING', 'ACTIVATION'))).toBe(true);
    expect(isInFlight(version('NEW', 'DEACTIVATION'))).toBe(true);
    expect(isInFlight(version('PENDING', 'DEACTIVATION'))).toBe(true);
  });

  it('a version that was never activated (NEW with operation N/A) is not under way', () => {
    expect(isInFlight(version('NEW', 'N/A'))).toBe(false);
    expect(isInFlight(version('PENDING', 'N/A'))).toBe(false);
  });

  it('an operation that ended, whatever the outcome, is not under way', () => {
    for (const status of ['DEPLOYED', 'OBSOLETE', 'ABORTED', 'FAILED', 'UNAVAILABLE', 'UNKNOWN'] as const) {
      expect(isInFlight(version(status, 'ACTIVATION'))).toBe(false);
      expect(isInFlight(version(status, 'DEACTIVATION'))).toBe(false);
    }
  });

  it('a list is followed only while one of its entries is under way', () => {
    expect(hasInFlight(undefined)).toBe(false);
    expect(hasInFlight([])).toBe(false);
    // The seeded acme-fleet/eu: three activated versions and a fourth never activated.
    const fleetEu = [version('DEPLOYED', 'ACTIVATION'), version('DEPLOYED', 'ACTIVATION'), version('DEPLOYED', 'ACTIVATION'), version('NEW', 'N/A')];
    expect(hasInFlight(fleetEu)).toBe(false);
    expect(hasInFlight([...fleetEu, version('PENDING', 'ACTIVATION')])).toBe(true);
  });
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

  it('a NEW operation superseded by a later finished one is no longer in flight', () => {
    const state = deriveActivationState([op(1, '1', 'ACTIVATION', 'NEW'), op(2, '2', 'ACTIVATION', 'DEPLOYED')]);
    expect(state).toMatchObject({ activeVersion: '2', inFlight: null });
    expect(deriveActivationState([op(1, '1', 'ACTIVATION', 'DEPLOYED'), op(2, '2', 'ACTIVATION', 'NEW')]).inFlight?.version).toBe('2');
  });

  it('orders versions numerically', () => {
    expect(['10', '2', '1'].sort(compareVersions)).toEqual(['1', '2', '10']);
  });
});
