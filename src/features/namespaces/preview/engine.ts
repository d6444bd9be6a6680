/**
 * The topic matrix and rule focus of the match preview: which rules match a sample topic and
 * who may publish or subscribe to it. Pure (no DOM, no React) so it runs in the preview worker
 * and, where workers are missing (unit tests), in slices on the main thread.
 */
import { identityKindOf, identityProblem, type AclRule, type IdentityKind } from '../../../acl/rules';
import { createTopicMatcher, effectiveFilter, isValidTopicFilter, validateTopicName, type TopicMatcher } from '../../../acl/topic';

/** A group that may act on a topic; on identity rules only the caller with that id. */
export interface EffectiveGroup {
  group: string;
  clientId?: string;
  userId?: string;
}

export interface MatrixRow {
  /** Index of the topic in the sample list. */
  index: number;
  topic: string;
  /** Why the line is not a topic name (wildcards, U+0000...), or null. */
  problem: string | null;
  /** Indices of the matching rules, ascending. */
  rules: number[];
  publishers: EffectiveGroup[];
  subscribers: EffectiveGroup[];
}

export interface FocusMatch {
  index: number;
  topic: string;
  clientId?: string;
  userId?: string;
}

interface IdLevel {
  levelIndex: number;
  kind: IdentityKind;
}

interface PreparedRule {
  rule: AclRule;
  idLevels: IdLevel[];
}

export interface PreparedAcl {
  rules: PreparedRule[];
  matcher: TopicMatcher;
}

function idLevelsOf(filter: string): IdLevel[] {
  if (!isValidTopicFilter(filter)) return [];
  const out: IdLevel[] = [];
  effectiveFilter(filter)
    .split('/')
    .forEach((level, levelIndex) => {
      const kind = identityKindOf(level);
      if (kind) out.push({ levelIndex, kind });
    });
  return out;
}

/** `%c`/`%u` levels read as `+`: the topics an identity rule can match for some caller. */
function shapeOf(filter: string): string {
  return filter
    .split('/')
    .map((level) => (identityKindOf(level) ? '+' : level))
    .join('/');
}

export function prepareAcl(rules: readonly AclRule[]): PreparedAcl {
  return {
    rules: rules.map((rule) => ({ rule, idLevels: idLevelsOf(rule.topicFilter) })),
    matcher: createTopicMatcher(rules.map((rule) => shapeOf(rule.topicFilter))),
  };
}

/**
 * The caller ids a topic binds on an identity rule (`fleet/%c/x` on `fleet/ABC/x` binds client
 * "ABC"), or null when no caller can match: two `%c` levels with different values, or a level
 * that can never be an id (empty).
 */
function bind(idLevels: readonly IdLevel[], levels: readonly string[]): { clientId?: string; userId?: string } | null {
  const binding: { clientId?: string; userId?: string } = {};
  for (const { levelIndex, kind } of idLevels) {
    const id = levels[levelIndex] ?? '';
    if (identityProblem(id) !== null) return null;
    const key = kind === 'client' ? 'clientId' : 'userId';
    if (binding[key] !== undefined && binding[key] !== id) return null;
    binding[key] = id;
  }
  return binding;
}

function addGroups(into: Map<string, EffectiveGroup>, groups: readonly string[] | undefined, binding: { clientId?: string; userId?: string }): void {
  for (const group of groups ?? []) {
    const key = `${group}\u0000${binding.clientId ?? ''}\u0000${binding.userId ?? ''}`;
    if (!into.has(key)) into.set(key, { group, ...binding });
  }
}

export function matrixRow(acl: PreparedAcl, topic: string, index: number): MatrixRow {
  const check = validateTopicName(topic);
  if (!check.valid) return { index, topic, problem: check.reason, rules: [], publishers: [], subscribers: [] };
  const levels = topic.split('/');
  const rules: number[] = [];
  const publishers = new Map<string, EffectiveGroup>();
  const subscribers = new Map<string, EffectiveGroup>();
  for (const ruleIndex of acl.matcher.match(topic)) {
    const prepared = acl.rules[ruleIndex] as PreparedRule;
    const binding = prepared.idLevels.length === 0 ? {} : bind(prepared.idLevels, levels);
    if (binding === null) continue;
    rules.push(ruleIndex);
    addGroups(publishers, prepared.rule.publishers, binding);
    addGroups(subscribers, prepared.rule.subscribers, binding);
  }
  return { index, topic, problem: null, rules, publishers: [...publishers.values()], subscribers: [...subscribers.values()] };
}

export interface RuleFocus {
  match(topic: string, index: number): FocusMatch | null;
}

export function createRuleFocus(rule: AclRule): RuleFocus {
  const matcher = createTopicMatcher([shapeOf(rule.topicFilter)]);
  const idLevels = idLevelsOf(rule.topicFilter);
  return {
    match(topic, index) {
      if (matcher.match(topic).length === 0) return null;
      const binding = idLevels.length === 0 ? {} : bind(idLevels, topic.split('/'));
      return binding === null ? null : { index, topic, ...binding };
    },
  };
}

export function describeGroup(g: EffectiveGroup): string {
  const who = [g.clientId !== undefined ? `client "${g.clientId}"` : null, g.userId !== undefined ? `user "${g.userId}"` : null].filter(Boolean).join(' and ');
  return who ? `${g.group} (only ${who})` : g.group;
}
