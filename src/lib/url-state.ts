import { createParser, debounce, parseAsBoolean, parseAsString, parseAsStringLiteral, type Options } from 'nuqs';

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

/** The defaults the app shell gives the adapter. */
export const URL_STATE_DEFAULTS = { history: 'push', shallow: false } as const satisfies Options;
