/**
 * MQTT 5.0 topic rules: validity, matching one filter, and filter coverage. Pure: no I/O.
 */
import { effectiveFilter, isValidTopicFilter, isValidTopicName } from './validate';

export {
  effectiveFilter,
  isValidTopicFilter,
  isValidTopicName,
  shareName,
  validateTopicFilter,
  validateTopicName,
} from './validate';
export type {
  TopicFilterErrorCode,
  TopicFilterValidation,
  TopicNameErrorCode,
  TopicNameValidation,
  TopicProblem,
} from './validate';
export { createTopicMatcher } from './matcher';
export type { TopicMatcher } from './matcher';

function isWildcard(level: string): boolean {
  return level === '+' || level === '#';
}

/** Levels of a valid filter; `$share/g/f` becomes the levels of `f`. */
function levelsOf(filter: string): string[] {
  return effectiveFilter(filter).split('/');
}

/** Both arguments valid; `filter` already stripped of any `$share` prefix. */
export function matchLevels(filter: readonly string[], topic: readonly string[]): boolean {
  const first = filter[0] as string;
  // §4.7.2: wildcards at the first level never match a topic starting with `$`.
  if (isWildcard(first) && (topic[0] as string).startsWith('$')) return false;
  for (let i = 0; i < filter.length; i++) {
    const level = filter[i] as string;
    if (level === '#') return true;
    if (i >= topic.length) return false;
    if (level !== '+' && level !== topic[i]) return false;
  }
  return filter.length === topic.length;
}

/** True when `filter` matches the topic name `topic`; false when either is invalid. */
export function topicMatches(filter: string, topic: string): boolean {
  if (!isValidTopicFilter(filter) || !isValidTopicName(topic)) return false;
  return matchLevels(levelsOf(filter), topic.split('/'));
}

/** Both arguments valid filters' levels (share prefix stripped). */
export function coversLevels(general: readonly string[], specific: readonly string[]): boolean {
  const s0 = specific[0] as string;
  // `specific` matches only `$` topics when its first level is a `$` literal; a general filter
  // starting with a wildcard matches none of them (§4.7.2).
  if (isWildcard(general[0] as string) && !isWildcard(s0) && s0.startsWith('$')) return false;
  for (let i = 0; ; i++) {
    const g = general[i];
    if (g === '#') return true;
    const s = specific[i];
    if (g === undefined || s === undefined) return g === s;
    if (s === '#') {
      // From level i on, `specific` also matches the topic that stops at level i (its parent),
      // which only a `#` here in `general` can match. When that parent would be the empty
      // string (level 0, or `/#` at level 1) it is not a topic, so `specific` needs one more
      // level there and `+/#` from level i matches exactly the same topics.
      const parentIsTopic = specific.slice(0, i).join('/') !== '';
      return !parentIsTopic && g === '+' && general[i + 1] === '#';
    }
    if (g !== '+' && g !== s) return false;
  }
}

/**
 * True when every topic that `specific` can match is also matched by `general` (a filter
 * covers itself). Used to authorise a subscription to a wildcard filter by a rule whose
 * filter is broader. False when either filter is invalid.
 */
export function filterCovers(general: string, specific: string): boolean {
  if (!isValidTopicFilter(general) || !isValidTopicFilter(specific)) return false;
  return coversLevels(levelsOf(general), levelsOf(specific));
}
