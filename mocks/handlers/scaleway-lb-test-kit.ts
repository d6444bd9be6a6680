import { afterAll, beforeAll, beforeEach } from 'vitest';
import { isApiError, type ApiError } from '../../src/api/errors/api-error';
import { createMockServer } from '../node';
import { resetAllCollections } from '../store/collection';

/** The mock server for one test file, with the seed restored before each test. */
export function useSeededMockServer(): void {
  const server = createMockServer();
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  beforeEach(() => resetAllCollections());
  afterAll(() => server.close());
}

/** The ApiError a call must fail with. */
export async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}
