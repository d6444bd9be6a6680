import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import type { createAppRouter } from './router';
import { MockBackendContext, type MockBackendControl } from './mock-backend';
import { theme } from './theme';

export function App({ queryClient, router, mockBackend }: { queryClient: QueryClient; router: ReturnType<typeof createAppRouter>; mockBackend: MockBackendControl }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <MockBackendContext.Provider value={mockBackend}>
          <RouterProvider router={router} />
        </MockBackendContext.Provider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
