import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import type { createAppRouter } from './router';
import { MockBackendContext, type MockBackendControl } from './mock-backend';
import { cssVariablesResolver, theme } from './theme';

/**
 * The notifications container (and its transitions) loads after the first
 * paint; `notifications.show()` calls made before it mounts are queued by its store.
 */
const Notifications = lazy(() => import('./NotificationsContainer'));

export function App({ queryClient, router, mockBackend }: { queryClient: QueryClient; router: ReturnType<typeof createAppRouter>; mockBackend: MockBackendControl }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" cssVariablesResolver={cssVariablesResolver}>
      <Suspense fallback={null}>
        <Notifications />
      </Suspense>
      <QueryClientProvider client={queryClient}>
        <MockBackendContext.Provider value={mockBackend}>
          <RouterProvider router={router} />
        </MockBackendContext.Provider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
