import { useEffect, useState, useSyncExternalStore } from 'react';
import { getLiveSession, type LiveSession } from '../../../mqtt/live-session';

/** The tab's live session; creating it starts the MQTT worker (this route only). */
export function useLiveSession(): LiveSession {
  return getLiveSession();
}

/** A value the session keeps: read with `get`, followed with `subscribe`. */
interface SessionValue<T> {
  get: () => T;
  subscribe: (listener: () => void) => () => void;
}

/** One of the session's values; the component re-renders when it changes. */
function useSessionValue<T>(pick: (session: LiveSession) => SessionValue<T>): T {
  const value = pick(useLiveSession());
  return useSyncExternalStore(value.subscribe, value.get);
}

export const useConnectionStatus = () => useSessionValue((s) => s.status);
export const useSubscriptions = () => useSessionValue((s) => s.subscriptions);
export const useFrame = () => useSessionValue((s) => s.frame);
export const usePublishHistory = () => useSessionValue((s) => s.history);
export const useWorkerError = () => useSessionValue((s) => s.workerError);
export const useSubscriptionRefusal = () => useSessionValue((s) => s.refusal);
export const useTree = () => useSessionValue((s) => s.tree);

/** The latest frame, but at most one re-render per `intervalMs` (for numbers people read, not the list). */
export function useThrottledFrame(intervalMs: number) {
  const s = useLiveSession();
  const [frame, setFrame] = useState(s.frame.get);
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = s.frame.subscribe(() => {
      const now = performance.now();
      if (now - last >= intervalMs) {
        last = now;
        setFrame(s.frame.get());
      } else {
        // Trailing update, so the last value always shows (the counters must end exact).
        timer ??= setTimeout(() => {
          timer = null;
          last = performance.now();
          setFrame(s.frame.get());
        }, intervalMs - (now - last));
      }
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [s, intervalMs]);
  return frame;
}
