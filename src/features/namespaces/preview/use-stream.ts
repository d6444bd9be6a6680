import { useEffect, useRef, useState } from 'react';
import type { StreamHandle, StreamHandlers } from './preview-client';

export interface StreamState<T> {
  items: T[];
  done: number;
  total: number;
  batches: number;
  finished: boolean;
  elapsedMs: number | null;
  error: string | null;
}

/** Runs `callback` once the browser has painted what React just committed. */
function afterPaint(callback: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(callback, 0);
    return () => clearTimeout(timer);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

const RESTART_DEBOUNCE_MS = 300;

export type StreamStart<T> = (handlers: StreamHandlers<T>) => StreamHandle;

/**
 * Follows one streaming preview job: restarts it (debounced) when `start` changes, collects
 * its slices, and acknowledges each slice only after it is on screen, which paces the worker
 * to what the page can show. The previous results stay until the new job's first slice.
 */
export function useStream<T>(start: StreamStart<T> | null): StreamState<T> | null {
  const [state, setState] = useState<StreamState<T> | null>(null);
  const handle = useRef<StreamHandle | null>(null);

  useEffect(() => {
    if (!start) {
      setState(null);
      return undefined;
    }
    let current: StreamHandle | null = null;
    const timer = setTimeout(() => {
      let items: T[] = [];
      let first = true;
      current = start({
        onChunk: (chunk) => {
          items = first ? [...chunk.items] : items.concat(chunk.items);
          first = false;
          setState({ items, done: chunk.done, total: chunk.total, batches: chunk.batch, finished: false, elapsedMs: null, error: null });
        },
        onDone: (done) => setState({ items, done: done.total, total: done.total, batches: done.batches, finished: true, elapsedMs: done.elapsedMs, error: null }),
        onError: (message) => setState((s) => ({ ...(s ?? { items: [], done: 0, total: 0, batches: 0, elapsedMs: null }), finished: true, error: message })),
      });
      handle.current = current;
    }, RESTART_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      current?.cancel();
      handle.current = null;
    };
  }, [start]);

  useEffect(() => {
    if (!state || state.finished) return undefined;
    return afterPaint(() => handle.current?.ack());
  }, [state]);

  return state;
}
