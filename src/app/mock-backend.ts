import { createContext, useContext } from 'react';

/**
 * main.tsx owns the mock worker (the only module allowed to import mocks/);
 * the app asks for it through this context when a profile switches to Mock.
 */
export interface MockBackendControl {
  ensureStarted: () => Promise<void>;
}

export const MockBackendContext = createContext<MockBackendControl>({ ensureStarted: () => Promise.resolve() });

export function useMockBackend(): MockBackendControl {
  return useContext(MockBackendContext);
}

/** "Reset demo data": the mock backend restores its seed. */
export async function resetDemoData(): Promise<void> {
  const response = await fetch(`${window.location.origin}/__mock/reset`, { method: 'POST' });
  if (!response.ok) throw new Error(`The mock backend did not reset (HTTP ${response.status}).`);
}
