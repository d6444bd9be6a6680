// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { actionPath } from '../../../api/nexigon/wire';
import { createTestQueryClient } from '../../../test/render';
import { usePropertyCompareAndSwap } from './use-property-compare-and-swap';

const SERVER_VALUE = { name: 'fleet.site', value: 'Lyon', protected: false, version: 7, lastUpdated: '2026-12-07T08:00:00Z' };
const setCalls: unknown[] = [];
let setAnswer: Record<string, unknown> = { result: 'Set' };
let found = true;

const origin = () => globalThis.location.origin;
const server = setupServer(
  http.post(`${origin()}${actionPath('devices_SetProperty')}`, async ({ request }) => {
    setCalls.push(await request.json());
    return HttpResponse.json(setAnswer);
  }),
  http.post(`${origin()}${actionPath('devices_GetProperty')}`, () => HttpResponse.json(found ? { result: 'Found', ...SERVER_VALUE } : { result: 'NotFound' })),
);

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  setCalls.length = 0;
  setAnswer = { result: 'Set' };
  found = true;
});
afterAll(() => server.close());

function setup() {
  const queryClient = createTestQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  return renderHook(() => usePropertyCompareAndSwap('d_1'), { wrapper });
}

const edit = { name: 'fleet.site', value: 'Paris', protected: false };

describe('usePropertyCompareAndSwap', () => {
  it('writes against the version the edit is based on', async () => {
    const { result } = setup();
    let outcome = '';
    await act(async () => {
      outcome = await result.current.write({ ...edit, expectedVersion: 6, creating: false });
    });
    expect(outcome).toBe('saved');
    expect(setCalls).toEqual([{ deviceId: 'd_1', name: 'fleet.site', value: 'Paris', protected: false, expectedVersion: 6 }]);
    expect(result.current.clash).toBeNull();
  });

  it('keeps the server value as a clash on a version conflict, overwriting nothing', async () => {
    setAnswer = { result: 'VersionConflict', currentVersion: 7 };
    const { result } = setup();
    await act(async () => {
      await result.current.write({ ...edit, expectedVersion: 6, creating: false });
    });
    expect(result.current.clash).toEqual({ kind: 'changed', server: SERVER_VALUE });
    expect(setCalls).toHaveLength(1);
  });

  it('reports a removed property as deleted', async () => {
    setAnswer = { result: 'Deleted' };
    const { result } = setup();
    await act(async () => {
      await result.current.write({ ...edit, expectedVersion: 6, creating: false });
    });
    expect(result.current.clash).toEqual({ kind: 'deleted' });
  });

  it('looks before creating, and never writes over a property that exists', async () => {
    const { result } = setup();
    let outcome = '';
    await act(async () => {
      outcome = await result.current.write({ ...edit, expectedVersion: undefined, creating: true });
    });
    expect(outcome).toBe('clash');
    expect(result.current.clash).toEqual({ kind: 'exists', server: SERVER_VALUE });
    expect(setCalls).toEqual([]);
    found = false;
    await act(async () => {
      outcome = await result.current.write({ ...edit, expectedVersion: undefined, creating: true });
    });
    expect(outcome).toBe('saved');
    expect(result.current.clash).toBeNull();
    expect(setCalls).toHaveLength(1);
  });
});
