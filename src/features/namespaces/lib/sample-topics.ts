import type { AclRule } from '../../../acl/rules';
import { effectiveFilter, isValidTopicFilter } from '../../../acl/topic';

/** Lines of pasted or imported text as topics: trimmed, blank lines and repeats dropped. */
export function parseTopicLines(text: string): { topics: string[]; duplicates: number } {
  const seen = new Set<string>();
  let duplicates = 0;
  for (const line of text.split(/\r?\n/)) {
    const topic = line.trim();
    if (!topic) continue;
    if (seen.has(topic)) duplicates++;
    else seen.add(topic);
  }
  return { topics: [...seen], duplicates };
}

const PLUS_VALUES = ['north', 'south', 'east', 'west', 'a1', 'b2', 'c3', 'line-4'];
const HASH_TAILS = [[], ['data'], ['events', 'alarm'], ['v2', 'state', 'battery']];

/** One concrete topic the filter matches; `n` varies the wildcard and identity levels. */
export function exampleTopic(filter: string, n: number): string | null {
  if (!isValidTopicFilter(filter)) return null;
  const levels: string[] = [];
  for (const level of effectiveFilter(filter).split('/')) {
    if (level === '+') levels.push(`${PLUS_VALUES[n % PLUS_VALUES.length]}-${n}`);
    else if (level === '%c') levels.push(`device-${String(n).padStart(4, '0')}`);
    else if (level === '%u') levels.push(`user-${String(n).padStart(4, '0')}`);
    else if (level === '#') levels.push(...(HASH_TAILS[n % HASH_TAILS.length] as string[]));
    else levels.push(level);
  }
  // `a/#` with an empty tail is the parent `a`, but `#` and `/#` would leave the
  // empty topic, which is not a topic: give them one more level.
  if (levels.join('/') === '') levels.push(`topic-${n}`);
  return levels.join('/');
}

/**
 * Up to `count` distinct sample topics: examples of every rule in turn, plus about one in
 * twenty that no rule is likely to cover, so the matrix has gaps to show.
 */
export function generateSampleTopics(rules: readonly AclRule[], count: number): string[] {
  const out = new Set<string>();
  if (count <= 0) return [];
  const attempts = count * 4;
  for (let i = 0; i < attempts && out.size < count; i++) {
    if (rules.length === 0 || i % 20 === 19) {
      out.add(`unmapped/${PLUS_VALUES[i % PLUS_VALUES.length]}/sensor-${i}`);
      continue;
    }
    const rule = rules[i % rules.length] as AclRule;
    const topic = exampleTopic(rule.topicFilter, Math.floor(i / rules.length));
    if (topic) out.add(topic);
  }
  return [...out];
}
