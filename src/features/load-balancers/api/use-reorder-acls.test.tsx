import { notifications } from '@mantine/notifications';
import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/errors/api-error';
import { updateAcl } from '../../../api/scaleway-lb/client';
import { lbQueries } from '../../../api/scaleway-lb/queries';
import type { Acl } from '../../../api/scaleway-lb/types';
import { mutateUntilRefused, renderCachedHook } from '../../../test/render-cached-hook';
import { useReorderAcls } from './use-reorder-acls';

vi.mock('../../../api/scaleway-lb/client', () => ({ updateAcl: vi.fn() }));
const update = vi.mocked(updateAcl);

const acl = (id: string, index: number) => ({ id, name: id, index, action: { type: 'allow' }, match: { ip_subnet: ['0.0.0.0/0'], http_filter: 'acl_http_filter_none', http_filter_value: [], invert: false } }) as unknown as Acl;
const ACLS = [acl('a', 1), acl('b', 2), acl('c', 3)];

function setup() {
  const { result, cached } = renderCachedHook(() => useReorderAcls('fr-par', 'lb-1', 'fe-1'), lbQueries.acls('fr-par', 'lb-1', 'fe-1').queryKey, ACLS);
  const order = () => cached()?.map((a) => `${a.id}:${a.index}`);
  return { result, order };
}

// "b" moves above "a": two PUTs, one per changed index.
const SWAP = [
  { acl: ACLS[1]!, index: 1 },
  { acl: ACLS[0]!, index: 2 },
];

afterEach(() => update.mockReset());

describe('useReorderAcls', () => {
  it('shows the new order at once, then sends one update per moved rule', async () => {
    let answer: () => void = () => undefined;
    update.mockReturnValueOnce(new Promise((resolve) => (answer = () => resolve(ACLS[1]!)))).mockResolvedValue(ACLS[0]!);
    const { result, order } = setup();
    act(() => result.current.mutate(SWAP));
    await waitFor(() => expect(order()).toEqual(['a:2', 'b:1', 'c:3']));
    answer();
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(update.mock.calls.map(([{ aclId, body }]) => `${aclId}:${body.index}`)).toEqual(['b:1', 'a:2']);
  });

  it('puts the previous order back when an update is refused, and says so', async () => {
    const show = vi.spyOn(notifications, 'show');
    update.mockRejectedValue(new ApiError({ provider: 'scaleway', status: 409, code: 'conflict', message: 'The load balancer is busy' }));
    const { result, order } = setup();
    await mutateUntilRefused(result, SWAP);
    expect(order()).toEqual(['a:1', 'b:2', 'c:3']);
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ title: 'Could not reorder the ACLs', message: 'The load balancer is busy. The previous order was restored.' }));
  });
});
