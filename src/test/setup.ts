// Node 20 lacks Promise.withResolvers, which msw/node needs (see ../shared/STACK-NOTES.md).
import './polyfills';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach } from 'vitest';

// Property tests run 100 cases each by default. `FC_RUNS=10000 npm run test:unit` digs
// deeper before a release: a CI run once hit a counterexample that 100 cases rarely reach.
fc.configureGlobal({ numRuns: Number(process.env.FC_RUNS ?? 100) });

afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear();
  globalThis.sessionStorage?.clear();
});

// Mantine reads these browser APIs that jsdom does not implement.
const matchMedia = (query: string): MediaQueryList =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }) as MediaQueryList;
// Some tests run in the node environment (crypto, scripts): only patch a DOM when there is one.
if (typeof window !== 'undefined') {
  Object.defineProperty(window, 'matchMedia', { writable: true, value: matchMedia });
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
  Object.defineProperty(window.HTMLElement.prototype, 'scrollIntoView', { writable: true, value: () => undefined });
}
