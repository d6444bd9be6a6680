import type { Query } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Activation } from './types';
import { namespaceQueries, OPERATION_POLL_MS } from './queries';

const entry = (version: string, activationStatus: Activation['activationStatus'], operationType: Activation['operationType']): Activation => ({
  createdBy: 'j.moreau',
  createdAt: Number(version),
  namespace: 'acme-fleet',
  jurisdiction: 'eu',
  version,
  activationStatus,
  operationType,
});

type Interval = (query: Query<Activation[], Error, Activation[], readonly unknown[]>) => number | false | undefined;

/** The refetch interval a query would pick with `data` in its cache. */
function intervalWith(options: { refetchInterval?: unknown }, data: Activation[] | undefined): number | false | undefined {
  const interval = options.refetchInterval as Interval;
  return interval({ state: { data } } as unknown as Query<Activation[], Error, Activation[], readonly unknown[]>);
}

describe('versions and activations polling', () => {
  const versions = namespaceQueries.versions('acme-fleet', 'eu');
  const activations = namespaceQueries.activations('acme-fleet', 'eu');

  it('does not poll a versions list whose newest version was never activated (NEW, N/A)', () => {
    const list = [entry('1', 'DEPLOYED', 'ACTIVATION'), entry('2', 'NEW', 'N/A')];
    expect(intervalWith(versions, list)).toBe(false);
  });

  it('polls every second while an activation or a deactivation is NEW or PENDING', () => {
    expect(intervalWith(versions, [entry('1', 'NEW', 'ACTIVATION'), entry('2', 'NEW', 'N/A')])).toBe(OPERATION_POLL_MS);
    expect(intervalWith(versions, [entry('1', 'PENDING', 'DEACTIVATION')])).toBe(OPERATION_POLL_MS);
    expect(intervalWith(activations, [entry('1', 'DEPLOYED', 'ACTIVATION'), entry('2', 'PENDING', 'ACTIVATION')])).toBe(OPERATION_POLL_MS);
    expect(OPERATION_POLL_MS).toBe(1000);
  });

  it('stops once every operation has ended, and before anything is loaded', () => {
    expect(intervalWith(activations, [entry('1', 'DEPLOYED', 'ACTIVATION'), entry('2', 'FAILED', 'ACTIVATION'), entry('3', 'ABORTED', 'ACTIVATION')])).toBe(false);
    expect(intervalWith(versions, undefined)).toBe(false);
    expect(intervalWith(activations, [])).toBe(false);
  });
});
