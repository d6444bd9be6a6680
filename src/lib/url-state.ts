import { createParser, debounce, parseAsBoolean, parseAsString, parseAsStringLiteral, useQueryStates, type Options, type SetValues, type UseQueryStatesKeysMap } from 'nuqs';
import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * The one way navigation state (filters, page, sort, tab) lives in the URL: `nuqs`
 * (`useQueryStates` / `useQueryState`, through its React Router adapter mounted in the app shell).
 *
 * - Parsers are declared at module level, per page: a missing or malformed value reads as the
 *   default, and a value equal to its default is left out of the URL.
 * - Every change is a history entry (the adapter's default), so Back undoes a filter, a sort or a
 *   tab. React Router sees each change too (non-shallow), so its own hooks and links agree.
 * - A search box updates with `TYPING`: its state follows every keystroke at once and the URL
 *   follows when typing pauses. While an update waits, nuqs reads the queued value, so the URL
 *   catching up can never reset the box to an older prefix (lost keystrokes), and Back or a link
 *   still moves the box.
 */

/** Free text, '' when absent. */
export const textParam = parseAsString.withDefault('');

/** An integer in [min, max]; anything else reads as the default. */
export function intParam(defaultValue: number, min = 1, max = Number.MAX_SAFE_INTEGER) {
  return createParser({
    parse: (raw: string) => {
      const n = Number(raw);
      return raw.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
    },
    serialize: String,
  }).withDefault(defaultValue);
}

/** A page number (1-based). */
export const pageParam = intParam(1);

/** One of `values`; anything else reads as the default. */
export function enumParam<E extends string>(values: readonly E[], defaultValue: E) {
  return parseAsStringLiteral(values).withDefault(defaultValue);
}

/** A checkbox-like switch, false when absent. */
export const flagParam = parseAsBoolean.withDefault(false);

/** How long typing must pause before the URL (and a history entry) follows. */
export const TYPING_PAUSE_MS = 300;

/** The update options of a change made by typing (see above). */
export const TYPING: Options = { limitUrlUpdates: debounce(TYPING_PAUSE_MS) };

/**
 * `useQueryStates` for a page with a search box. A change that is not typing (a select, a sort, a
 * page) also writes every key as it stands, so text still waiting for its typing pause lands in
 * the same URL update. Left to its own timer, that text could race the other change: a history
 * update nuqs does not recognise as its own drops the waiting text, and the box falls back to the
 * URL's older value (seen once on a loaded machine: a cleared search came back after a project
 * was picked).
 */
export function useSearchQueryStates<P extends UseQueryStatesKeysMap>(parsers: P): [ReturnType<typeof useQueryStates<P>>[0], SetValues<P>] {
  const [values, setValues] = useQueryStates(parsers);
  const latest = useRef(values);
  // The text typed so far (each keystroke renders before the next), read when another change comes.
  useLayoutEffect(() => {
    latest.current = values;
  });
  const typed = useRef(new Set<keyof P>());
  const set = useCallback<SetValues<P>>(
    (patch, options) => {
      if (typeof patch === 'function' || patch === null) return setValues(patch, options);
      if (options === TYPING) {
        for (const key of Object.keys(patch)) typed.current.add(key);
        return setValues(patch, options);
      }
      const waiting = Object.fromEntries([...typed.current].map((key) => [key, latest.current[key]]));
      typed.current.clear();
      return setValues({ ...waiting, ...patch }, options);
    },
    [setValues],
  );
  return [values, set];
}

/** The defaults the app shell gives the adapter. */
export const URL_STATE_DEFAULTS = { history: 'push', shallow: false } as const satisfies Options;
