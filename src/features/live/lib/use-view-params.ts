import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

/** `filter` is what "Watch live" links set. */
type ViewParams = { filter: string; q: string };
const keyOf = (v: ViewParams) => `${v.filter}\n${v.q}`;

/**
 * The view's topic filter and payload text, mirrored in the URL (`?filter=&q=`).
 * State is the source of truth and the URL follows it, writing both keys at
 * once: two quick changes (a tree click while a typed filter is still being
 * committed) would otherwise each write from the same stale URL and undo the
 * other. A URL that changes by itself (Back, a pasted link) updates the state.
 */
export function useViewParams(): [ViewParams, (patch: Partial<ViewParams>) => void] {
  // Plain search params: two strings need no parsing, and both keys are written in one update.
  const [searchParams, setSearchParams] = useSearchParams();
  const urlFilter = searchParams.get('filter') ?? '';
  const urlQ = searchParams.get('q') ?? '';
  const url = useMemo(() => ({ filter: urlFilter, q: urlQ }), [urlFilter, urlQ]);
  const setUrl = useCallback(
    (next: ViewParams) =>
      setSearchParams(
        (prev) => {
          const params = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(next)) {
            if (value) params.set(key, value);
            else params.delete(key);
          }
          return params;
        },
        { replace: true },
      ),
    [setSearchParams],
  );
  const [view, setView] = useState<ViewParams>(() => ({ filter: url.filter, q: url.q }));
  const written = useRef(new Set<string>());

  useEffect(() => {
    const key = keyOf(url);
    if (written.current.delete(key)) return; // our own write arriving
    written.current.clear();
    setView((v) => (keyOf(v) === key ? v : { filter: url.filter, q: url.q }));
  }, [url]);

  useEffect(() => {
    const key = keyOf(view);
    if (key === keyOf(url)) return;
    written.current.add(key);
    setUrl(view);
    // Only a change of `view` writes; `url` is read to skip no-op writes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, setUrl]);

  const update = useCallback((patch: Partial<ViewParams>) => setView((v) => ({ ...v, ...patch })), []);
  return [view, update];
}
