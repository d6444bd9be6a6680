import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';

/** The same handlers for vitest: `server.listen()` in a test file's beforeAll. */
export function createMockServer() {
  return setupServer(...createHandlers());
}
