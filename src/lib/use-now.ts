import { useSyncExternalStore } from 'react';

/**
 * One shared one-second clock for every ticking duration on screen: a single
 * interval runs while at least one component listens, whatever the number of
 * rows, and every counter advances in the same frame.
 */
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    // The clock was idle: the first render read an old time, so correct it right away.
    now = Date.now();
    queueMicrotask(() => {
      for (const l of listeners) l();
    });
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const getSnapshot = () => now;

export function useNow(): number {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

/** Listeners currently attached (for tests). */
export function tickerListenerCount(): number {
  return listeners.size;
}
