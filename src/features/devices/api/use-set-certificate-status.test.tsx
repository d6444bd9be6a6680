import { notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/errors/api-error';
import { setDeviceCertificateStatus } from '../../../api/nexigon/client';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';
import type { DeviceDetails } from '../../../api/nexigon/types';
import { createTestQueryClient } from '../../../test/render';
import { useSetCertificateStatus } from './use-set-certificate-status';

vi.mock('../../../api/nexigon/client', () => ({ setDeviceCertificateStatus: vi.fn() }));
const setStatus = vi.mocked(setDeviceCertificateStatus);

const DEVICE = 'd_De8pnxsuwvmKmWumHzPhbT';
const details = {
  deviceId: DEVICE,
  certificates: [
    { certificateId: 'd_c_1', status: 'Pending', fingerprint: 'FP1', firstSeen: '2026-11-01T00:00:00Z' },
    { certificateId: 'd_c_2', status: 'Active', fingerprint: 'FP2', firstSeen: '2026-11-01T00:00:00Z' },
  ],
} as unknown as DeviceDetails;

function setup() {
  const queryClient = createTestQueryClient();
  const key = nexigonDeviceQueries.detail(DEVICE).queryKey;
  queryClient.setQueryData(key, details);
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  const { result } = renderHook(() => useSetCertificateStatus(DEVICE), { wrapper });
  const statuses = () => queryClient.getQueryData(key)?.certificates.map((c) => c.status);
  return { result, statuses, queryClient };
}

afterEach(() => setStatus.mockReset());

describe('useSetCertificateStatus', () => {
  it('shows the new status at once, before the server answers', async () => {
    let answer: () => void = () => undefined;
    setStatus.mockReturnValue(new Promise<void>((resolve) => (answer = resolve)));
    const { result, statuses } = setup();
    act(() => result.current.mutate({ certificateId: 'd_c_1', status: 'Active', verb: 'approve' }));
    await waitFor(() => expect(statuses()).toEqual(['Active', 'Active']));
    expect(setStatus).toHaveBeenCalledWith({ certificateId: 'd_c_1', status: 'Active' });
    answer();
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
  });

  it('puts the previous status back on a refusal and says so', async () => {
    const show = vi.spyOn(notifications, 'show');
    setStatus.mockRejectedValue(new ApiError({ provider: 'nexigon', status: 500, code: 'Internal', message: 'write conflict on the storage node' }));
    const { result, statuses } = setup();
    act(() => result.current.mutate({ certificateId: 'd_c_2', status: 'Revoked', verb: 'revoke' }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(statuses()).toEqual(['Pending', 'Active']);
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ title: 'Could not revoke the certificate', message: 'write conflict on the storage node. The previous status was restored.' }));
  });
});
