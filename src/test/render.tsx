import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { NuqsAdapter } from 'nuqs/adapters/react-router/v8';
import type { ReactElement } from 'react';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { URL_STATE_DEFAULTS } from '../lib/url-state';

/** A client for one test: nothing retried, nothing shared between tests. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });
}

export interface RenderOptions {
  /** The URL the router starts at (path and search). */
  url?: string;
  /** Where `ui` is mounted; other routes can be added for navigation. */
  path?: string;
  routes?: RouteObject[];
  queryClient?: QueryClient;
}

export type RenderWithProvidersResult = RenderResult & { queryClient: QueryClient; router: ReturnType<typeof createBrowserRouter> };

/**
 * The one way component tests render: Mantine, a fresh QueryClient (no retries), a browser router
 * over jsdom's history (nuqs writes to window.history, as in the app) and the URL-state adapter,
 * as the app shell provides them.
 */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}): RenderWithProvidersResult {
  const queryClient = options.queryClient ?? createTestQueryClient();
  window.history.replaceState(null, '', options.url ?? '/');
  const router = createBrowserRouter(
    [
      {
        path: '/',
        element: <NuqsAdapterOutlet />,
        children: [{ path: options.path ?? '*', element: ui }, ...(options.routes ?? [])],
      },
    ],
  );
  const result = render(
    <MantineProvider>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return Object.assign(result, { queryClient, router });
}


function NuqsAdapterOutlet() {
  return (
    <NuqsAdapter defaultOptions={URL_STATE_DEFAULTS}>
      <Outlet />
    </NuqsAdapter>
  );
}
