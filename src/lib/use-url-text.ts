import { useDebouncedCallback } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A search box whose text lives in the URL: the box answers every keystroke at once, and the
 * URL follows when typing pauses (`commit` is called after `delayMs`).
 *
 * The box also follows the URL when something else changes it (a link, "Clear filters",
 * Back), but not when the URL merely catches up with our own commit: by then the user may
 * have typed on, and resetting the box to the committed prefix would eat those keystrokes
 * (seen on a busy page as "hvac-0002" arriving as "hc-0002").
 */
export function useUrlText(urlValue: string, commit: (value: string) => void, delayMs = 250): [string, (value: string) => void] {
  const [text, setText] = useState(urlValue);
  const committed = useRef(urlValue);
  useEffect(() => {
    if (urlValue === committed.current) return;
    committed.current = urlValue;
    setText(urlValue);
  }, [urlValue]);
  const commitLater = useDebouncedCallback((value: string) => {
    committed.current = value;
    commit(value);
  }, delayMs);
  const onChange = useCallback(
    (value: string) => {
      setText(value);
      commitLater(value);
    },
    [commitLater],
  );
  return [text, onChange];
}
