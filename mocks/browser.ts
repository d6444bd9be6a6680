import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';

/**
 * Starts the mock backend in the page. `onUnhandledFrame: 'bypass'` lets the
 * MQTT WebSocket and any provider in Direct/Proxy mode through untouched, and
 * `quiet` keeps request logs (and their headers) out of the console.
 */
export async function startMockWorker(): Promise<void> {
  const worker = setupWorker(...createHandlers());
  await worker.start({
    quiet: true,
    onUnhandledFrame: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
