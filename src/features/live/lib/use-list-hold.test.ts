import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LiveSession } from '../../../mqtt/live-session';
import { FOLLOWING, useListHold } from './use-list-hold';

function fakeSession(counters: { anchorSeq: number; received: number } | null) {
  return { frame: { get: () => (counters ? { counters } : null) } } as unknown as LiveSession;
}

describe('useListHold', () => {
  it('pauses at the message on top, counting what arrived before', () => {
    const { result } = renderHook(() => useListHold(fakeSession({ anchorSeq: 42, received: 100 })));
    act(() => result.current.pause());
    expect(result.current.hold).toEqual({ paused: true, anchorSeq: 42, receivedAtPause: 100, byPointer: false });
    act(() => result.current.followLatest());
    expect(result.current.hold).toEqual(FOLLOWING);
    expect(result.current.scrollTopSignal).toBe(1);
  });

  it('an empty list paused stays empty', () => {
    const { result } = renderHook(() => useListHold(fakeSession(null)));
    act(() => result.current.pause());
    expect(result.current.hold.anchorSeq).toBe(-1);
  });

  it('holds while the pointer is over the list, and lets go when it leaves unless paused', () => {
    const { result } = renderHook(() => useListHold(fakeSession({ anchorSeq: 7, received: 9 })));
    act(() => result.current.pointerOver(true));
    expect(result.current.hold).toMatchObject({ anchorSeq: 7, byPointer: true, paused: false });
    act(() => result.current.pointerOver(false));
    expect(result.current.hold).toEqual(FOLLOWING);
    act(() => result.current.pointerOver(true));
    act(() => result.current.pause());
    act(() => result.current.pointerOver(false));
    expect(result.current.hold).toMatchObject({ paused: true, anchorSeq: 7 });
  });

  it('after a clear, a paused list stays empty and a following one restarts at the top', () => {
    const { result } = renderHook(() => useListHold(fakeSession({ anchorSeq: 3, received: 5 })));
    act(() => result.current.cleared());
    expect(result.current.hold.anchorSeq).toBeNull();
    act(() => result.current.pause());
    act(() => result.current.cleared());
    expect(result.current.hold).toMatchObject({ paused: true, anchorSeq: -1, receivedAtPause: 0 });
  });
});
