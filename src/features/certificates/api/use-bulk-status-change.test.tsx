import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/errors/api-error';
import { setDeviceCertificateStatus } from '../../../api/nexigon/client';
import { createTestQueryClient } from '../../../test/render';
import { row } from '../lib/test-rows';
import { useBulkStatusChange } from './use-bulk-status-change';

vi.mock('../../../api/nexigon/client', () => ({ setDeviceCertificateStatus: vi.fn() }));
const setStatus = vi.mocked(setDeviceCertificateStatus);

const rows = Array.from({ length: 8 }, (_, i) =>
  row({ key: `c${i}`, kind: 'device', status: 'pending', owner: { kind: 'device', id: `d${i}`, name: `hvac-${i}`, region: '' } }),
);

function setup() {
  const queryClient = createTestQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  return renderHook(() => useBulkStatusChange('scan'), { wrapper }).result;
}

describe('useBulkStatusChange', () => {
  it('asks a rate-limited change again: every item succeeds, and the run counts the 429s', async () => {
    const limited = new Set<string>();
    setStatus.mockImplementation(({ certificateId }) => {
      // The first call for each certificate is rate-limited (Retry-After 0 s).
      if (limited.has(certificateId)) return Promise.resolve();
      limited.add(certificateId);
      return Promise.reject(new ApiError({ provider: 'nexigon', status: 429, code: 'RateLimited', message: 'slow down', details: { retryAfterMs: 0 } }));
    });
    const result = setup();
    act(() => result.current.start('approve', rows));
    await waitFor(() => expect(result.current.run?.running).toBe(false), { timeout: 10_000 });
    expect(result.current.run?.items.map((i) => i.state)).toEqual(rows.map(() => 'ok'));
    expect(result.current.run?.pace.rateLimited).toBe(8);
    expect(setStatus).toHaveBeenCalledTimes(16);
    expect(setStatus).toHaveBeenCalledWith({ certificateId: 'c3', status: 'Active' });
  });

  it('keeps a failure per item, and "retry failed" runs only those again', async () => {
    let down = true;
    setStatus.mockImplementation(({ certificateId }) =>
      certificateId === 'c2' && down ? Promise.reject(new ApiError({ provider: 'nexigon', status: 500, code: 'Internal', message: 'write conflict' })) : Promise.resolve(),
    );
    const result = setup();
    act(() => result.current.start('revoke', rows.slice(0, 4)));
    await waitFor(() => expect(result.current.run?.running).toBe(false));
    expect(result.current.run?.items.map((i) => i.state)).toEqual(['ok', 'ok', 'error', 'ok']);
    expect(result.current.run?.items[2]?.message).toBe('write conflict (HTTP 500)');
    down = false;
    setStatus.mockClear();
    act(() => result.current.retryFailed());
    await waitFor(() => expect(result.current.run?.items.every((i) => i.state === 'ok')).toBe(true));
    expect(setStatus).toHaveBeenCalledTimes(1);
    expect(result.current.run?.items).toHaveLength(4);
  });
});
