import { notifications } from '@mantine/notifications';
import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/errors/api-error';
import { setHubEnabled } from '../../../api/scaleway-iot/client';
import { hubQueries } from '../../../api/scaleway-iot/queries';
import type { Hub } from '../../../api/scaleway-iot/types';
import { mutateUntilRefused, renderCachedHook } from '../../../test/render-cached-hook';
import { useSetHubEnabled } from './use-set-hub-enabled';

vi.mock('../../../api/scaleway-iot/client', () => ({ setHubEnabled: vi.fn() }));
const setEnabled = vi.mocked(setHubEnabled);

const HUB = { id: 'hub-1', name: 'telemetry-hub', status: 'ready', enabled: true } as unknown as Hub;

function setup() {
  const { result, cached } = renderCachedHook(() => useSetHubEnabled('fr-par', 'hub-1'), hubQueries.detail('fr-par', 'hub-1').queryKey, HUB);
  const shown = () => {
    const hub = cached();
    return hub && `${hub.status}/${String(hub.enabled)}`;
  };
  return { result, shown };
}

afterEach(() => setEnabled.mockReset());

describe('useSetHubEnabled', () => {
  it('shows the hub disabling at once, then what the server answered', async () => {
    let answer: (hub: Hub) => void = () => undefined;
    setEnabled.mockReturnValue(new Promise<Hub>((resolve) => (answer = resolve)));
    const { result, shown } = setup();
    act(() => result.current.mutate(false));
    await waitFor(() => expect(shown()).toBe('disabling/false'));
    expect(setEnabled).toHaveBeenCalledWith({ region: 'fr-par', hubId: 'hub-1', enabled: false });
    answer({ ...HUB, status: 'disabled', enabled: false } as Hub);
    await waitFor(() => expect(shown()).toBe('disabled/false'));
  });

  it('puts the previous status back on a refusal, naming the hub', async () => {
    const show = vi.spyOn(notifications, 'show');
    setEnabled.mockRejectedValue(new ApiError({ provider: 'scaleway', status: 409, code: 'transient_state', message: 'The hub is still enabling' }));
    const { result, shown } = setup();
    await mutateUntilRefused(result, false);
    expect(shown()).toBe('ready/true');
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ title: 'Could not disable telemetry-hub', message: 'The hub is still enabling. The previous status was restored.' }));
  });
});
