/**
 * MQTT 5.0 topic name and topic filter validation (§4.7, §4.8.2, §1.5.4).
 *
 * Spec decisions (the spec leaves these to the implementer or says them only implicitly):
 * - A filter starting with `$share/` is a shared subscription (§4.8.2: it "MUST start with
 *   $share/") and must be `$share/{ShareName}/{filter}`; so `$share/`, `$share/g` and
 *   `$share/g/` are invalid (the last has an empty filter, and §4.7.3 requires at least one
 *   character). `$share` alone does not start with `$share/`: it is an ordinary filter for the
 *   topic `$share`. `$SHARE/...` is not special either: matching is case-sensitive.
 * - The filter after the ShareName is an ordinary §4.7 filter, never a second `$share`, so in
 *   `$share/g/$share/x` the inner `$share/x` is two literal levels.
 * - A topic NAME starting with `$share/` is valid: §4.8.2 constrains subscription filters only,
 *   and §4.7.2 merely reserves `$` topics for the server. Such a name is a `$` topic like any
 *   other, so filters starting with a wildcard do not match it.
 * - Control characters and non-characters are only "SHOULD NOT" (§1.5.4), so they are valid
 *   here; `findDiscouragedCharacters` in ./utf8 reports them for a softer warning.
 */
import { findLoneSurrogate, utf8OverflowIndex, ALWAYS_SHORT_ENOUGH } from './utf8';

export type TopicFilterErrorCode =
  | 'empty'
  | 'too-long'
  | 'null-character'
  | 'lone-surrogate'
  | 'plus-not-alone'
  | 'hash-not-alone'
  | 'hash-not-last'
  | 'share-name-empty'
  | 'share-name-wildcard'
  | 'share-filter-missing';

export type TopicNameErrorCode = 'empty' | 'too-long' | 'null-character' | 'lone-surrogate' | 'wildcard-in-name';

/**
 * Where the problem is, for the editor's highlight: `levelIndex` counts `/`-separated levels
 * of the whole string (a `$share/g/` prefix included), `start`/`end` are UTF-16 offsets into
 * the string (end exclusive; `start === end` marks a position, e.g. where a level is missing).
 */
export interface TopicProblem<Code extends string> {
  valid: false;
  code: Code;
  reason: string;
  levelIndex: number;
  start: number;
  end: number;
}

export type TopicFilterValidation = { valid: true } | TopicProblem<TopicFilterErrorCode>;
export type TopicNameValidation = { valid: true } | TopicProblem<TopicNameErrorCode>;

const VALID = Object.freeze({ valid: true as const });

const SLASH = 0x2f;
const PLUS = 0x2b;
const HASH = 0x23;
const SHARE_PREFIX = '$share/';

function levelIndexAt(s: string, index: number): number {
  let level = 0;
  for (let i = s.indexOf('/'); i !== -1 && i < index; i = s.indexOf('/', i + 1)) level++;
  return level;
}

function problem<Code extends string>(
  s: string,
  code: Code,
  reason: string,
  start: number,
  end: number,
  levelIndex: number = levelIndexAt(s, start),
): TopicProblem<Code> {
  return { valid: false, code, reason, levelIndex, start, end };
}

/** Checks shared by names and filters: non-empty, no U+0000, well-formed, at most 65,535 bytes. */
function encodingProblem(s: string, what: string): TopicProblem<TopicFilterErrorCode & TopicNameErrorCode> | null {
  if (s.length === 0) {
    return problem(s, 'empty', `A ${what} must be at least one character long (MQTT 5.0 §4.7.3).`, 0, 0, 0);
  }
  const nul = s.indexOf('\u0000');
  const lone = findLoneSurrogate(s);
  if (nul !== -1 && (lone === -1 || nul < lone)) {
    return problem(s, 'null-character', `A ${what} must not contain the null character U+0000 (MQTT 5.0 §1.5.4).`, nul, nul + 1);
  }
  if (lone !== -1) {
    return problem(
      s,
      'lone-surrogate',
      `A ${what} must be well-formed UTF-8; this unpaired surrogate (U+${s.charCodeAt(lone).toString(16).toUpperCase()}) cannot be encoded (MQTT 5.0 §1.5.4).`,
      lone,
      lone + 1,
    );
  }
  const overflow = utf8OverflowIndex(s);
  if (overflow !== -1) {
    return problem(s, 'too-long', `A ${what} must be at most 65,535 bytes of UTF-8; it is too long from here on (MQTT 5.0 §1.5.4).`, overflow, s.length);
  }
  return null;
}

/** Detailed validation of a topic filter, for the editor's as-you-type highlight. */
export function validateTopicFilter(filter: string): TopicFilterValidation {
  const encoding = encodingProblem(filter, 'topic filter');
  if (encoding) return encoding;

  const n = filter.length;
  const shared = filter.startsWith(SHARE_PREFIX);
  let level = 0;
  let start = 0;
  let plusAt = -1;
  let hashAt = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? filter.charCodeAt(i) : SLASH;
    if (c === PLUS) {
      if (plusAt === -1) plusAt = i;
      continue;
    }
    if (c === HASH) {
      if (hashAt === -1) hashAt = i;
      continue;
    }
    if (c !== SLASH) continue;

    const length = i - start;
    if (shared && level === 1) {
      if (length === 0) {
        return problem(filter, 'share-name-empty', 'A shared subscription needs a ShareName of at least one character: $share/{ShareName}/{filter} (MQTT 5.0 §4.8.2).', start, start, 1);
      }
      if (plusAt !== -1 || hashAt !== -1) {
        return problem(filter, 'share-name-wildcard', 'A ShareName must not contain "+" or "#" (MQTT 5.0 §4.8.2).', start, i, 1);
      }
    } else {
      if (hashAt !== -1) {
        if (length !== 1) {
          return problem(filter, 'hash-not-alone', 'The multi-level wildcard "#" must occupy an entire level (MQTT 5.0 §4.7.1.2).', start, i, level);
        }
        if (i !== n) {
          return problem(filter, 'hash-not-last', 'The multi-level wildcard "#" must be the last level of the filter (MQTT 5.0 §4.7.1.2).', start, i, level);
        }
      }
      if (plusAt !== -1 && length !== 1) {
        return problem(filter, 'plus-not-alone', 'The single-level wildcard "+" must occupy an entire level (MQTT 5.0 §4.7.1.3).', start, i, level);
      }
    }
    level++;
    start = i + 1;
    plusAt = -1;
    hashAt = -1;
  }

  // `level` now counts the levels; a shared filter has at least `$share` and the ShareName.
  if (shared && (level === 2 || (level === 3 && filter.charCodeAt(n - 1) === SLASH))) {
    return problem(filter, 'share-filter-missing', 'A shared subscription needs a topic filter of at least one character after "$share/{ShareName}/" (MQTT 5.0 §4.8.2).', n, n, 2);
  }
  return VALID;
}

export function isValidTopicFilter(filter: string): boolean {
  return validateTopicFilter(filter).valid;
}

/** Detailed validation of a topic name (what is published to). */
export function validateTopicName(topic: string): TopicNameValidation {
  const encoding = encodingProblem(topic, 'topic name');
  if (encoding) return encoding;
  const plus = topic.indexOf('+');
  const hash = topic.indexOf('#');
  const at = plus === -1 ? hash : hash === -1 ? plus : Math.min(plus, hash);
  if (at !== -1) {
    return problem(topic, 'wildcard-in-name', `A topic name must not contain the wildcard "${topic.charAt(at)}" (MQTT 5.0 §4.7.1).`, at, at + 1);
  }
  return VALID;
}

/**
 * Hot path (every `match` call validates its topic), so a single scan with no allocation
 * instead of `validateTopicName`; the tests check that both agree.
 */
export function isValidTopicName(topic: string): boolean {
  const n = topic.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = topic.charCodeAt(i);
    if (c < 0xd800) {
      if (c === HASH || c === PLUS || c === 0) return false;
    } else if (c <= 0xdfff) {
      if (c >= 0xdc00) return false;
      const d = topic.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    }
  }
  return n <= ALWAYS_SHORT_ENOUGH || utf8OverflowIndex(topic) === -1;
}

/**
 * The filter that does the matching: `$share/{ShareName}/{filter}` matches what `{filter}`
 * matches (§4.8.2). Expects a valid filter.
 */
export function effectiveFilter(filter: string): string {
  if (!filter.startsWith(SHARE_PREFIX)) return filter;
  return filter.slice(filter.indexOf('/', SHARE_PREFIX.length) + 1);
}

/** The ShareName of a valid shared-subscription filter, or null. */
export function shareName(filter: string): string | null {
  if (!filter.startsWith(SHARE_PREFIX)) return null;
  return filter.slice(SHARE_PREFIX.length, filter.indexOf('/', SHARE_PREFIX.length));
}
