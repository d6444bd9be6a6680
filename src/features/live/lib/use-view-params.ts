import { useCallback, useEffect, useRef, useState } from 'react';
import { stringParam, useUrlState, type ParamSpec } from '../../../lib/use-url-state';

type ViewParams = { filter: string; q: string };
/** Module-level so useUrlState's parsing is memoised. `filter` is what "Watch live" links set. */
const URL_SPEC: ParamSpec<ViewParams> = { filter: stringParam(), q: stringParam() };
const keyOf = (v: ViewParams) => `${v.filter}\n${v.q}`;

/**
 * The view's topic filter and payload text, mirrored in the URL (`?filter=&q=`).
 * State is the source of truth and the URL follows it, writing both keys at
 * once: two quick changes (a tree click while a typed filter is still being
 * committed) would otherwise each write from the same stale URL and undo the
 * other. A URL that changes by itself (Back, a pasted link) updates the state.
 */
export function useViewParams(): [ViewParams, (patch: Partial<ViewParams>) => void] {
  const [url, setUrl] = useUrlState(URL_SPEC);
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
    setUrl({ filter: view.filter, q: view.q }, { replace: true });
    // Only a change of `view` writes; `url` is read to skip no-op writes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, setUrl]);

  const update = useCallback((patch: Partial<ViewParams>) => setView((v) => ({ ...v, ...patch })), []);
  return [view, update];
}
