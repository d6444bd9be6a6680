import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { anyProviderInMockMode, reloadProfiles } from './api/profiles';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { createAppRouter } from './app/router';
import { captureScenarioFromUrl } from './lib/mock-scenario';

let mockStart: Promise<void> | null = null;

/** msw is loaded only when a provider is in Mock mode (dynamic import keeps it out of the first route). */
function ensureMockBackend(): Promise<void> {
  mockStart ??= import('../mocks/browser').then((m) => m.startMockWorker());
  return mockStart;
}

async function boot(): Promise<void> {
  captureScenarioFromUrl(window.location.search);
  if (anyProviderInMockMode()) await ensureMockBackend();
  // Another tab changed the settings: follow it.
  window.addEventListener('storage', (event) => {
    if (event.key?.startsWith('iotc.profiles') || event.key?.startsWith('iotc.token')) reloadProfiles();
  });
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App queryClient={createQueryClient()} router={createAppRouter()} mockBackend={{ ensureStarted: ensureMockBackend }} />
    </StrictMode>,
  );
}

void boot();
