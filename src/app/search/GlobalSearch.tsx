import { Button, Kbd } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useState } from 'react';

/** The palette and its data load the first time it is opened: the first route stays small. */
const loadPalette = () => import('./SearchPalette');
const SearchPalette = lazy(() => loadPalette().then((m) => ({ default: m.SearchPalette })));

/** Typing in a field never opens the palette with `/`. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.getAttribute('role') === 'textbox';
}

/** The header's Search button, and Ctrl/Cmd+K or `/` anywhere, open the global search. */
export function GlobalSearch() {
  const [openCount, setOpenCount] = useState(0);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if ((mod && event.key.toLowerCase() === 'k') || (event.key === '/' && !mod && !event.altKey && !isTyping(event.target))) {
        event.preventDefault();
        setOpenCount((n) => n + 1);
      }
    };
    window.addEventListener('keydown', onKey);
    // Fetched once the page is idle, so a quick Ctrl+K and typing lose no keystroke to the download.
    const idle = window.setTimeout(() => void loadPalette(), 1500);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.clearTimeout(idle);
    };
  }, []);
  return (
    <>
      <Button variant="default" size="xs" leftSection={<IconSearch size={14} aria-hidden />} rightSection={<Kbd size="xs" aria-hidden>Ctrl K</Kbd>} onClick={() => setOpenCount((n) => n + 1)} aria-keyshortcuts="Control+K Meta+K /">
        Search
      </Button>
      {openCount > 0 ? (
        <Suspense fallback={null}>
          <SearchPalette openCount={openCount} />
        </Suspense>
      ) : null}
    </>
  );
}
