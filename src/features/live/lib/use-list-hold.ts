import { useCallback, useMemo, useState } from 'react';
import type { LiveSession } from '../../../mqtt/live-session';

/** Where the list is: following the newest message, or held at a message (paused, scrolled down, or pointed at). */
export interface ListHold {
  anchorSeq: number | null;
  paused: boolean;
  receivedAtPause: number;
  /** Held only because the pointer is over the list: released when it leaves. */
  byPointer: boolean;
}

export const FOLLOWING: ListHold = { anchorSeq: null, paused: false, receivedAtPause: 0, byPointer: false };

/**
 * The list's hold: Pause, scrolling away from the newest message and the pointer over the list hold
 * it at the message on top; Resume or "Follow newest" let it follow again and scroll it to the top.
 * Each change is one state update, made at once, so Pause paints before anything else.
 */
export function useListHold(session: LiveSession) {
  const [hold, setHold] = useState<ListHold>(FOLLOWING);
  /** Changing this number scrolls the list back to the newest message. */
  const [scrollTopSignal, setScrollTopSignal] = useState(0);
  const anchorNow = useCallback(() => session.frame.get()?.counters.anchorSeq ?? null, [session]);

  const actions = useMemo(
    () => ({
      pause: () => {
        const frame = session.frame.get();
        // Hold at the message on top now (-1 when there is none: an empty list stays empty).
        setHold((h) => ({ paused: true, anchorSeq: h.anchorSeq ?? frame?.counters.anchorSeq ?? -1, receivedAtPause: frame?.counters.received ?? 0, byPointer: false }));
      },
      followLatest: () => {
        setHold(FOLLOWING);
        setScrollTopSignal((n) => n + 1);
      },
      scrolledAway: () => setHold((h) => (h.anchorSeq !== null ? { ...h, byPointer: false } : { ...h, anchorSeq: anchorNow() })),
      // Rows must not move under the pointer: a click opens the message that was under it.
      pointerOver: (over: boolean) => {
        if (over) setHold((h) => (h.anchorSeq !== null ? h : { ...h, anchorSeq: anchorNow(), byPointer: true }));
        else setHold((h) => (h.byPointer ? FOLLOWING : h));
      },
      /** The buffer was cleared: a paused list stays empty, a following one starts again at the top. */
      cleared: () => {
        setHold((h) => ({ ...h, anchorSeq: h.paused ? -1 : null, receivedAtPause: 0 }));
        setScrollTopSignal((n) => n + 1);
      },
    }),
    [session, anchorNow],
  );
  return { hold, scrollTopSignal, ...actions };
}
