import type { AclRule } from '../../../acl/rules';

export interface RuleRef {
  /** Position in its ACL (zero-based). */
  index: number;
  rule: AclRule;
}

export interface GroupChange {
  added: string[];
  removed: string[];
}

export interface ChangedRule {
  before: RuleRef;
  after: RuleRef;
  publishers: GroupChange;
  subscribers: GroupChange;
}

export interface AclDiff {
  added: RuleRef[];
  removed: RuleRef[];
  changed: ChangedRule[];
  unchanged: number;
  /** Rules kept unchanged whose position moved; order never changes what an ACL allows. */
  moved: number;
}

function groupChange(before: readonly string[] = [], after: readonly string[] = []): GroupChange {
  const a = new Set(before);
  const b = new Set(after);
  return { added: [...b].filter((g) => !a.has(g)), removed: [...a].filter((g) => !b.has(g)) };
}

const isEmpty = (c: GroupChange) => c.added.length === 0 && c.removed.length === 0;

/**
 * Rules are matched by topic filter (the n-th rule with a filter in `from` pairs with the n-th
 * rule with that filter in `to`); a pair whose group sets differ is "changed", unpaired rules
 * are added or removed.
 */
export function diffAcls(from: readonly AclRule[], to: readonly AclRule[]): AclDiff {
  const pending = new Map<string, RuleRef[]>();
  from.forEach((rule, index) => {
    const list = pending.get(rule.topicFilter) ?? [];
    list.push({ index, rule });
    pending.set(rule.topicFilter, list);
  });
  const diff: AclDiff = { added: [], removed: [], changed: [], unchanged: 0, moved: 0 };
  to.forEach((rule, index) => {
    const before = pending.get(rule.topicFilter)?.shift();
    if (!before) {
      diff.added.push({ index, rule });
      return;
    }
    const publishers = groupChange(before.rule.publishers, rule.publishers);
    const subscribers = groupChange(before.rule.subscribers, rule.subscribers);
    if (isEmpty(publishers) && isEmpty(subscribers)) {
      diff.unchanged++;
      if (before.index !== index) diff.moved++;
    } else {
      diff.changed.push({ before, after: { index, rule }, publishers, subscribers });
    }
  });
  for (const left of pending.values()) diff.removed.push(...left);
  diff.removed.sort((a, b) => a.index - b.index);
  return diff;
}

export function sameRules(a: readonly AclRule[], b: readonly AclRule[]): boolean {
  if (a.length !== b.length) return false;
  const sameList = (x: readonly string[] = [], y: readonly string[] = []) => x.length === y.length && x.every((v, i) => v === y[i]);
  return a.every((rule, i) => {
    const other = b[i] as AclRule;
    return rule.topicFilter === other.topicFilter && sameList(rule.publishers, other.publishers) && sameList(rule.subscribers, other.subscribers);
  });
}
