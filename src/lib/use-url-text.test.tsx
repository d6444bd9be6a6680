import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUrlText } from './use-url-text';

describe('useUrlText', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(initial = '') {
    const commits: string[] = [];
    const view = renderHook(({ url }: { url: string }) => useUrlText(url, (v) => commits.push(v), 250), { initialProps: { url: initial } });
    const type = (value: string) => act(() => view.result.current[1](value));
    return { view, commits, type, text: () => view.result.current[0] };
  }

  it('commits once typing pauses', () => {
    const { commits, type, text } = setup();
    type('h');
    type('hv');
    expect(text()).toBe('hv');
    expect(commits).toEqual([]);
    act(() => vi.advanceTimersByTime(250));
    expect(commits).toEqual(['hv']);
  });

  it('keeps keystrokes typed while the URL catches up with an earlier commit', () => {
    const { view, commits, type, text } = setup();
    type('h');
    act(() => vi.advanceTimersByTime(250));
    expect(commits).toEqual(['h']);
    // The user types on before the router has rendered the committed "h".
    type('hv');
    type('hva');
    view.rerender({ url: 'h' });
    expect(text()).toBe('hva');
    act(() => vi.advanceTimersByTime(250));
    expect(commits).toEqual(['h', 'hva']);
  });

  it('follows the URL when something else changes it', () => {
    const { view, type, text } = setup('old');
    expect(text()).toBe('old');
    type('olde');
    act(() => vi.advanceTimersByTime(250));
    view.rerender({ url: 'olde' });
    view.rerender({ url: '' });
    expect(text()).toBe('');
    view.rerender({ url: 'from-a-link' });
    expect(text()).toBe('from-a-link');
  });
});
