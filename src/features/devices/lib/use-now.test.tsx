import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tickerListenerCount, useNow } from './use-now';

function Clock({ label }: { label: string }) {
  const now = useNow();
  return <span data-label={label}>{`${label}:${Math.floor(now / 1000)}`}</span>;
}

describe('useNow', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-01T09:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('drives every subscriber from one interval, and stops when nobody listens', () => {
    const setInterval = vi.spyOn(globalThis, 'setInterval');
    const view = render(
      <>
        {Array.from({ length: 50 }, (_, i) => (
          <Clock key={i} label={`c${i}`} />
        ))}
      </>,
    );
    expect(tickerListenerCount()).toBe(50);
    expect(setInterval).toHaveBeenCalledTimes(1);
    const start = Math.floor(Date.now() / 1000);
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    expect(screen.getByText(`c0:${start + 3}`)).toBeInTheDocument();
    expect(screen.getByText(`c49:${start + 3}`)).toBeInTheDocument();
    view.unmount();
    expect(tickerListenerCount()).toBe(0);
  });
});
