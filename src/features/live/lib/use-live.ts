import { useEffect, useState, useSyncExternalStore } from 'react';
import { getLiveSession, type LiveSession } from '../../../mqtt/live-session';

/** The tab's live session; creating it starts the MQTT worker (this route only). */
export function useLiveSession(): LiveSession {
  return getLiveSession();
}

export function useConnectionStatus() {
  const s = useLiveSession();
  return useSyncExternalStore(s.status.subscribe, s.status.get);
}

export function useSubscriptions() {
  const s = useLiveSession();
  return useSyncExternalStore(s.subscriptions.subscribe, s.subscriptions.get);
}

export function useFrame() {
  const s = useLiveSession();
  return useSyncExternalStore(s.frame.subscribe, s.frame.get);
}

export function usePublishHistory() {
  const s = useLiveSession();
  return useSyncExternalStore(s.history.subscribe, s.history.get);
}

export function useWorkerError() {
  const s = useLiveSession();
  return useSyncExternalStore(s.workerError.subscribe, s.workerError.get);
}

export function useSubscriptionRefusal() {
  const s = useLiveSession();
  return useSyncExternalStore(s.refusal.subscribe, s.refusal.get);
}

export function useTree() {
  const s = useLiveSession();
  return useSyncExternalStore(s.tree.subscribe, s.tree.get);
}

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
