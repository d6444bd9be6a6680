import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { Activation } from '../../../api/akamai/types';
import { ApiError } from '../../../api/errors/api-error';
import { namespaceQueries } from '../../../api/akamai/queries';
import { optimisticOperation } from './optimistic-operation';

const op = (version: string, activationStatus: Activation['activationStatus'], createdAt: number): Activation => ({
  createdBy: 'j.moreau',
  createdAt,
  namespace: 'acme',
  jurisdiction: 'eu',
  version,
  activationStatus,
  operationType: 'ACTIVATION',
});

function setup() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const activations = [op('1', 'DEPLOYED', 1)];
  const versions = [op('1', 'DEPLOYED', 1), { ...op('2', 'NEW', 2), operationType: 'N/A' as const }];
  queryClient.setQueryData(namespaceQueries.activations('acme', 'eu').queryKey, activations);
  queryClient.setQueryData(namespaceQueries.versions('acme', 'eu').queryKey, versions);
  return { queryClient, activations, versions, handlers: optimisticOperation(queryClient, 'acme', 'eu', 'ACTIVATION') };
}

describe('optimistic activation', () => {
  it('shows a NEW activation at once, in the operations and on the version', async () => {
    const { queryClient, handlers } = setup();
    await handlers.onMutate('2');
    const ops = queryClient.getQueryData(namespaceQueries.activations('acme', 'eu').queryKey);
    expect(ops?.at(-1)).toMatchObject({ version: '2', activationStatus: 'NEW', operationType: 'ACTIVATION' });
    const v2 = queryClient.getQueryData(namespaceQueries.versions('acme', 'eu').queryKey)?.find((v) => v.version === '2');
    expect(v2).toMatchObject({ activationStatus: 'NEW', operationType: 'ACTIVATION' });
  });

  it('restores both lists exactly when the request fails', async () => {
    const { queryClient, handlers, activations, versions } = setup();
    const snapshot = await handlers.onMutate('2');
    handlers.onError(new ApiError({ provider: 'akamai', status: 503, code: 'x', message: 'Unavailable.' }), '2', snapshot);
    expect(queryClient.getQueryData(namespaceQueries.activations('acme', 'eu').queryKey)).toEqual(activations);
    expect(queryClient.getQueryData(namespaceQueries.versions('acme', 'eu').queryKey)).toEqual(versions);
  });

  it('changes nothing for a deactivation whose active version is unknown', async () => {
    const { queryClient, activations } = setup();
    const handlers = optimisticOperation(queryClient, 'acme', 'eu', 'DEACTIVATION');
    const snapshot = await handlers.onMutate(undefined);
    expect(queryClient.getQueryData(namespaceQueries.activations('acme', 'eu').queryKey)).toEqual(activations);
    handlers.onError(new Error('x'), undefined, snapshot);
    expect(queryClient.getQueryData(namespaceQueries.activations('acme', 'eu').queryKey)).toEqual(activations);
  });

  it('shows a deactivation at once and, refused, restores both lists and says so', async () => {
    const { queryClient, activations, versions } = setup();
    const handlers = optimisticOperation(queryClient, 'acme', 'eu', 'DEACTIVATION');
    const snapshot = await handlers.onMutate('1');
    expect(queryClient.getQueryData(namespaceQueries.activations('acme', 'eu').queryKey)?.at(-1)).toMatchObject({ version: '1', activationStatus: 'NEW', operationType: 'DEACTIVATION' });
    expect(queryClient.getQueryData(namespaceQueries.versions('acme', 'eu').queryKey)?.[0]).toMatchObject({ version: '1', operationType: 'DEACTIVATION', activationStatus: 'NEW' });
    handlers.onError(new ApiError({ provider: 'akamai', status: 409, code: 'operation_in_progress', message: 'Busy.' }), '1', snapshot);
    expect(queryClient.getQueryData(namespaceQueries.activations('acme', 'eu').queryKey)).toEqual(activations);
    expect(queryClient.getQueryData(namespaceQueries.versions('acme', 'eu').queryKey)).toEqual(versions);
  });

  it('reads both lists again once the server answered, either way', async () => {
    const { queryClient, handlers } = setup();
    const spy = vi.spyOn(queryClient, 'invalidateQueries');
    await handlers.onSettled(undefined, null, '2');
    expect(spy.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([namespaceQueries.activations('acme', 'eu').queryKey, namespaceQueries.versions('acme', 'eu').queryKey]);
  });
});
