import { TextInput } from '@mantine/core';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { enumParam, intParam, pageParam, textParam, TYPING, TYPING_PAUSE_MS, useSearchQueryStates } from './url-state';

/** Debounced URL writes and history pops land in a few hundred ms, later on a loaded CI machine. */
const SETTLE = { timeout: 5_000 };

const PARAMS = { q: textParam, page: pageParam, size: intParam(20, 1, 100), order: enumParam(['asc', 'desc'] as const, 'asc') };

function SearchBox() {
  const [url, setUrl] = useSearchQueryStates(PARAMS);
  return (
    <>
      <TextInput label="Search" value={url.q} onChange={(e) => void setUrl({ q: e.currentTarget.value, page: 1 }, TYPING)} />
      <p>
        page {url.page}, size {url.size}, order {url.order}
      </p>
      <button type="button" onClick={() => void setUrl({ page: url.page + 1 })}>
        Next page
      </button>
    </>
  );
}

const box = () => screen.getByLabelText('Search') as HTMLInputElement;
const search = () => new URLSearchParams(window.location.search);
const type = (value: string) => fireEvent.change(box(), { target: { value } });
const pause = (ms = TYPING_PAUSE_MS + 50) => act(() => new Promise((r) => setTimeout(r, ms)));
/** Typing pauses, and the URL then carries what was typed. */
async function pauseUntilUrlHas(q: string) {
  await pause();
  await waitFor(() => expect(search().get('q')).toBe(q), SETTLE);
}
/** The box's whole text becomes `q`, then typing pauses until the URL carries it. */
async function typeAndPause(q: string) {
  type(q);
  await pauseUntilUrlHas(q);
}

describe('URL state (nuqs)', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('reads malformed or missing values as their defaults', () => {
    renderWithProviders(<SearchBox />, { url: '/list?page=-3&size=abc&order=sideways' });
    expect(screen.getByText('page 1, size 20, order asc')).toBeInTheDocument();
  });

  it('answers every keystroke at once and writes the URL when typing pauses', async () => {
    renderWithProviders(<SearchBox />, { url: '/list?page=4' });
    type('h');
    type('hv');
    expect(box().value).toBe('hv');
    expect(search().get('q')).toBeNull();
    await pauseUntilUrlHas('hv');
    // The page went back to 1 with the same update, so it left the URL.
    expect(search().get('page')).toBeNull();
  });

  it('keeps keystrokes typed while the URL catches up with an earlier pause', async () => {
    renderWithProviders(<SearchBox />, { url: '/list' });
    await typeAndPause('h');
    // Typing goes on right as the router renders the committed "h" (the race seen as "hvac-0002" arriving as "hc-0002").
    type('hv');
    type('hva');
    expect(box().value).toBe('hva');
    await pause(10);
    type('hvac');
    expect(box().value).toBe('hvac');
    await pauseUntilUrlHas('hvac');
    expect(box().value).toBe('hvac');
  });

  it('makes each pause a history entry, so Back restores the previous text', async () => {
    renderWithProviders(<SearchBox />, { url: '/list' });
    await typeAndPause('temp');
    await typeAndPause('temperature');
    act(() => window.history.back());
    await waitFor(() => expect(box().value).toBe('temp'), SETTLE);
    act(() => window.history.back());
    await waitFor(() => expect(box().value).toBe(''), SETTLE);
  });

  it('writes text still waiting for its pause together with the next other change', async () => {
    renderWithProviders(<SearchBox />, { url: '/list?q=old' });
    type('');
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(search().get('page')).toBe('2'), SETTLE);
    // Cleared in the same update as the page, not on a timer of its own that could be dropped.
    expect(search().get('q')).toBeNull();
    await pause();
    expect(search().get('q')).toBeNull();
    expect(box().value).toBe('');
  });

  it('follows the URL when something else changes it', async () => {
    const { router } = renderWithProviders(<SearchBox />, { url: '/list?q=old' });
    expect(box().value).toBe('old');
    await act(() => router.navigate('/list?q=from-a-link&page=2'));
    await waitFor(() => expect(box().value).toBe('from-a-link'), SETTLE);
    expect(screen.getByText('page 2, size 20, order asc')).toBeInTheDocument();
  });

  it('tells React Router about every change, so its hooks and links agree', async () => {
    const { router } = renderWithProviders(<SearchBox />, { url: '/list' });
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=2'), SETTLE);
  });
});
