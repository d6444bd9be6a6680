/**
 * Checks an IoT Edge Connect ACL against MQTT validity and the guidelines of the IoT Edge
 * Connect API documentation ("Authorization group wildcard", "Access control lists",
 * "Identity topic filters guidelines"). Messages quote the guideline they rest on.
 */
import {
  ANY_GROUP,
  complementaryFilter,
  describeRule,
  groupsInclude,
  identityLevels,
  type AclRule,
} from './rules';
import { coversLevels } from './topic';
import { effectiveFilter, validateTopicFilter } from './validate';

// The editor's as-you-type check lives with validation; re-exported for lint consumers.
export { validateTopicFilter } from './validate';
export type { TopicFilterValidation } from './validate';

export type AclLintSeverity = 'error' | 'warning' | 'info';

export type AclLintCode =
  /** The filter is not a valid MQTT 5.0 topic filter. */
  | 'invalid-filter'
  /** `%c`/`%u` inside a longer level, where it is only literal text. */
  | 'identity-placeholder-not-a-level'
  /** Neither publishers nor subscribers: the rule authorises nobody. */
  | 'rule-grants-nothing'
  /** An identity rule without the rule that has `+` in place of its `%c`/`%u` levels. */
  | 'missing-complementary-rule'
  /** The `+` rule exists but does not authorise the side the identity rule leaves open. */
  | 'complementary-rule-incomplete'
  /** The `+` rule authorises the same action as its identity rule. */
  | 'complementary-rule-same-side'
  /** The same authorization group appears in an identity rule and its `+` rule. */
  | 'overlapping-groups'
  /** An identity rule that lists both publishers and subscribers. */
  | 'identity-rule-grants-both'
  /** `*` in the groups of a rule without `%c`/`%u`. */
  | 'wildcard-group-on-regular-filter'
  /** Same filter and same groups as another rule. */
  | 'duplicate-rule'
  /** Another rule covers the filter and authorises at least the same groups. */
  | 'shadowed-rule';

export interface AclGuideline {
  /** Section of the IoT Edge Connect API documentation. */
  section: string;
  /** The guideline's own words. */
  quote: string;
}

export interface AclLintFinding {
  severity: AclLintSeverity;
  code: AclLintCode;
  /** Indices of the rules involved; the rule the finding is about comes first. */
  rules: number[];
  message: string;
  guideline: AclGuideline | null;
  /** Span of the first rule's filter to highlight (UTF-16 offsets, end exclusive). */
  location?: { levelIndex: number; start: number; end: number };
}

/** Wording from the IoT Edge Connect API v1 documentation (seed). */
export const GUIDELINES = {
  wildcardGroup: {
    section: 'Authorization group wildcard',
    quote:
      'You shouldn’t use this wildcard with regular topic filters. You should only use this wildcard together with identity topic filters to authorize devices or users with specific identifiers.',
  },
  complementaryRule: {
    section: 'Identity topic filters guidelines',
    quote:
      'An ACL rule with an identity topic filter needs a complementary ACL rule with a wildcarded topic filter. In the wildcarded topic filter, the + wildcard replaces the topic level that matches a device or user identifier.',
  },
  complementarySides: {
    section: 'Identity topic filters guidelines',
    quote:
      'Specify at least one publisher authorization group if the first ACL rule authorizes a subscriber authorization group. Specify at least one subscriber authorization group if the first ACL rule authorizes a publisher authorization group.',
  },
  overlappingGroups: {
    section: 'Identity topic filters guidelines',
    quote:
      'Overlapping authorization groups for a pair of identity and + topic filters may result in unintended groups of devices or users being authorized to access the topic.',
  },
  separateRules: {
    section: 'Identity topic filters guidelines',
    quote:
      'You should always specify publisher and subscriber authorization groups for such a pair of topic filters in two separate ACL rules.',
  },
  oneRegularRule: {
    section: 'Access control lists',
    quote: 'For a regular topic filter, specify one ACL rule with groups of publishers, subscribers, or both.',
  },
  identityLevel: {
    section: 'Topic filters',
    quote:
      'In an ACL configuration, a device topic filter is defined by a path including %c that represents a single topic level and is a replacement for a client identifier.',
  },
  wildcards: {
    section: 'Topic filter wildcards',
    quote:
      '#. Use this multi level wildcard to match the parent and any number of child topic levels. You can use it either on its own or after a level separator /. It must be the last character in the path.',
  },
} as const satisfies Record<string, AclGuideline>;

function cite(guideline: AclGuideline): string {
  return ` ${guideline.section}: “${guideline.quote}”`;
}

function quoteList(groups: Iterable<string>): string {
  return [...groups].map((g) => JSON.stringify(g)).join(', ');
}

const SEVERITY_RANK: Record<AclLintSeverity, number> = { error: 0, warning: 1, info: 2 };

function pubs(rule: AclRule): readonly string[] {
  return rule.publishers ?? [];
}

function subs(rule: AclRule): readonly string[] {
  return rule.subscribers ?? [];
}

function ruleKey(rule: AclRule): string {
  const norm = (groups: readonly string[]): string[] => [...new Set(groups)].sort();
  return JSON.stringify([rule.topicFilter, norm(pubs(rule)), norm(subs(rule))]);
}

/** Level boundaries of `filter` whose text contains `%c`/`%u` without being exactly that. */
function embeddedPlaceholders(filter: string): Array<{ levelIndex: number; start: number; end: number; level: string }> {
  const found: Array<{ levelIndex: number; start: number; end: number; level: string }> = [];
  let start = 0;
  filter.split('/').forEach((level, levelIndex) => {
    if (level !== '%c' && level !== '%u' && (level.includes('%c') || level.includes('%u'))) {
      found.push({ levelIndex, start, end: start + level.length, level });
    }
    start += level.length + 1;
  });
  return found;
}

/** Findings for `rules`, ordered by the first rule involved, then severity. */
export function lintAcl(rules: readonly AclRule[]): AclLintFinding[] {
  const findings: AclLintFinding[] = [];
  const add = (finding: AclLintFinding): void => {
    findings.push({ ...finding, message: finding.message.charAt(0).toUpperCase() + finding.message.slice(1) });
  };

  const valid = rules.map((rule) => validateTopicFilter(rule.topicFilter).valid);
  const levels = rules.map((rule, i) => (valid[i] ? effectiveFilter(rule.topicFilter).split('/') : []));
  const identity = rules.map((rule, i) => valid[i] === true && identityLevels(rule.topicFilter).length > 0);
  const grantsSomething = rules.map((rule) => pubs(rule).length > 0 || subs(rule).length > 0);

  rules.forEach((rule, i) => {
    const check = validateTopicFilter(rule.topicFilter);
    if (!check.valid) {
      add({
        severity: 'error',
        code: 'invalid-filter',
        rules: [i],
        message: `${describeRule(rule, i)} is not a valid topic filter: ${check.reason}` + (check.code.startsWith('hash') ? cite(GUIDELINES.wildcards) : ''),
        guideline: check.code.startsWith('hash') ? GUIDELINES.wildcards : null,
        location: { levelIndex: check.levelIndex, start: check.start, end: check.end },
      });
      return;
    }

    for (const spot of embeddedPlaceholders(rule.topicFilter)) {
      add({
        severity: 'info',
        code: 'identity-placeholder-not-a-level',
        rules: [i],
        message: `In ${describeRule(rule, i)}, level ${spot.levelIndex + 1} ${JSON.stringify(spot.level)} is matched literally: %c and %u stand for an identifier only as a whole level.${cite(GUIDELINES.identityLevel)}`,
        guideline: GUIDELINES.identityLevel,
        location: { levelIndex: spot.levelIndex, start: spot.start, end: spot.end },
      });
    }

    if (!grantsSomething[i]) {
      add({
        severity: 'warning',
        code: 'rule-grants-nothing',
        rules: [i],
        message: `${describeRule(rule, i)} lists neither publishers nor subscribers, so it authorises nobody.${cite(GUIDELINES.oneRegularRule)}`,
        guideline: GUIDELINES.oneRegularRule,
      });
    }

    if (!identity[i]) {
      const sides = [pubs(rule).includes(ANY_GROUP) && 'publishers', subs(rule).includes(ANY_GROUP) && 'subscribers'].filter(Boolean);
      if (sides.length > 0) {
        add({
          severity: 'warning',
          code: 'wildcard-group-on-regular-filter',
          rules: [i],
          message: `${describeRule(rule, i)} has no %c or %u level but lists "*" in its ${sides.join(' and ')}, which authorises any device or user.${cite(GUIDELINES.wildcardGroup)}`,
          guideline: GUIDELINES.wildcardGroup,
        });
      }
      return;
    }

    // Identity rule: the guideline pairs it with a `+` rule holding the other side.
    const grantsPub = pubs(rule).length > 0;
    const grantsSub = subs(rule).length > 0;
    if (grantsPub && grantsSub) {
      add({
        severity: 'warning',
        code: 'identity-rule-grants-both',
        rules: [i],
        message: `${describeRule(rule, i)} is an identity rule that lists both publishers and subscribers; put one side here and the other in its "+" rule.${cite(GUIDELINES.separateRules)}`,
        guideline: GUIDELINES.separateRules,
      });
    }

    const complement = complementaryFilter(rule.topicFilter);
    const partners = rules.flatMap((other, j) => (j !== i && valid[j] && other.topicFilter === complement ? [j] : []));
    if (partners.length === 0) {
      const need = grantsSub && !grantsPub ? ' with publishers' : grantsPub && !grantsSub ? ' with subscribers' : '';
      add({
        severity: 'warning',
        code: 'missing-complementary-rule',
        rules: [i],
        message: `${describeRule(rule, i)} is an identity rule without its complementary rule ${JSON.stringify(complement)}; add it${need}.${cite(GUIDELINES.complementaryRule)}`,
        guideline: GUIDELINES.complementaryRule,
      });
      return;
    }

    const partnerPubs = partners.some((j) => pubs(rules[j] as AclRule).length > 0);
    const partnerSubs = partners.some((j) => subs(rules[j] as AclRule).length > 0);
    const missing = [grantsSub && !partnerPubs && 'publishers', grantsPub && !partnerSubs && 'subscribers'].filter(Boolean);
    if (missing.length > 0) {
      add({
        severity: 'warning',
        code: 'complementary-rule-incomplete',
        rules: [i, ...partners],
        message: `The complementary rule ${JSON.stringify(complement)} of ${describeRule(rule, i)} lists no ${missing.join(' and ')}.${cite(GUIDELINES.complementarySides)}`,
        guideline: GUIDELINES.complementarySides,
      });
    }
    if (grantsPub !== grantsSub) {
      const same = partners.filter((j) => (grantsPub ? pubs(rules[j] as AclRule) : subs(rules[j] as AclRule)).length > 0);
      if (same.length > 0) {
        const side = grantsPub ? 'publishers' : 'subscribers';
        add({
          severity: 'warning',
          code: 'complementary-rule-same-side',
          rules: [i, ...same],
          message: `${describeRule(rule, i)} and its complementary rule ${JSON.stringify(complement)} both list ${side}; the "+" rule lets them reach every identifier's topic.${cite(GUIDELINES.separateRules)}`,
          guideline: GUIDELINES.separateRules,
        });
      }
    }
    // `*` is left out: on the `+` rule it is already reported as a wildcard on a regular filter.
    const mine = new Set([...pubs(rule), ...subs(rule)].filter((g) => g !== ANY_GROUP));
    for (const j of partners) {
      const other = rules[j] as AclRule;
      const overlap = [...new Set([...pubs(other), ...subs(other)])].filter((g) => mine.has(g));
      if (overlap.length > 0) {
        add({
          severity: 'warning',
          code: 'overlapping-groups',
          rules: [i, j],
          message: `${describeRule(rule, i)} and its complementary ${describeRule(other, j)} share the group${overlap.length > 1 ? 's' : ''} ${quoteList(overlap)}.${cite(GUIDELINES.overlappingGroups)}`,
          guideline: GUIDELINES.overlappingGroups,
        });
      }
    }
  });

  // Duplicates: same filter text and the same groups (order and repeats aside).
  const keys = rules.map(ruleKey);
  const firstWithKey = new Map<string, number[]>();
  keys.forEach((key, i) => {
    if (!valid[i]) return;
    const group = firstWithKey.get(key);
    if (group) group.push(i);
    else firstWithKey.set(key, [i]);
  });
  for (const group of firstWithKey.values()) {
    if (group.length < 2) continue;
    const [first, ...rest] = group as [number, ...number[]];
    add({
      severity: 'warning',
      code: 'duplicate-rule',
      rules: [...rest, first],
      message: `${rest.map((j) => describeRule(rules[j] as AclRule, j)).join(', ')} repeat${rest.length === 1 ? 's' : ''} ${describeRule(rules[first] as AclRule, first)} exactly.${cite(GUIDELINES.oneRegularRule)}`,
      guideline: GUIDELINES.oneRegularRule,
    });
  }

  // Shadowed: a rule whose filter covers this one (`%c`/`%u` compared as literals, so only
  // `+`, `#` or the same identity level cover them) and whose groups include its groups.
  const shadows = (a: number, b: number): boolean =>
    coversLevels(levels[a] as string[], levels[b] as string[]) &&
    groupsInclude(pubs(rules[a] as AclRule), pubs(rules[b] as AclRule)) &&
    groupsInclude(subs(rules[a] as AclRule), subs(rules[b] as AclRule));
  rules.forEach((rule, b) => {
    if (!valid[b] || !grantsSomething[b]) return;
    const by = rules.flatMap((_, a) => {
      if (a === b || !valid[a] || keys[a] === keys[b] || !shadows(a, b)) return [];
      // Two rules that shadow each other: keep the earlier one, report the later.
      if (a > b && shadows(b, a)) return [];
      return [a];
    });
    if (by.length === 0) return;
    add({
      severity: 'info',
      code: 'shadowed-rule',
      rules: [b, ...by],
      message: `${describeRule(rule, b)} adds nothing: ${by.map((a) => describeRule(rules[a] as AclRule, a)).join(' and ')} already ${by.length === 1 ? 'covers' : 'cover'} its topics for the same or more groups.${cite(GUIDELINES.oneRegularRule)}`,
      guideline: GUIDELINES.oneRegularRule,
    });
  });

  return findings
    .map((finding, order) => ({ finding, order }))
    .sort(
      (x, y) =>
        (x.finding.rules[0] as number) - (y.finding.rules[0] as number) ||
        SEVERITY_RANK[x.finding.severity] - SEVERITY_RANK[y.finding.severity] ||
        x.order - y.order,
    )
    .map(({ finding }) => finding);
}
