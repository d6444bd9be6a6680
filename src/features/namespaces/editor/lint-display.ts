import type { AclLintCode, AclLintFinding, AclLintSeverity } from '../../../acl/lint';

export const LINT_CODE_LABELS: Record<AclLintCode, string> = {
  'invalid-filter': 'Invalid topic filter',
  'identity-placeholder-not-a-level': '%c or %u inside a level',
  'rule-grants-nothing': 'Rule grants nothing',
  'missing-complementary-rule': 'Missing complementary + rule',
  'complementary-rule-incomplete': 'Complementary rule incomplete',
  'complementary-rule-same-side': 'Complementary rule on the same side',
  'overlapping-groups': 'Overlapping groups',
  'identity-rule-grants-both': 'Identity rule grants both sides',
  'wildcard-group-on-regular-filter': '* on a regular topic filter',
  'duplicate-rule': 'Duplicate rule',
  'shadowed-rule': 'Shadowed rule',
};

export const SEVERITY_COLORS: Record<AclLintSeverity, string> = { error: 'red', warning: 'orange', info: 'blue' };
export const SEVERITY_LABELS: Record<AclLintSeverity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** The finding's message without the guideline quote it ends with (shown apart, as a quote). */
export function shortMessage(finding: AclLintFinding): string {
  if (!finding.guideline) return finding.message;
  const cite = ` ${finding.guideline.section}: “${finding.guideline.quote}”`;
  return finding.message.endsWith(cite) ? finding.message.slice(0, -cite.length) : finding.message;
}

/** Findings per rule index: every rule a finding involves shows it. */
export function findingsByRule(findings: readonly AclLintFinding[]): Map<number, AclLintFinding[]> {
  const map = new Map<number, AclLintFinding[]>();
  for (const finding of findings) {
    for (const index of new Set(finding.rules)) {
      const list = map.get(index);
      if (list) list.push(finding);
      else map.set(index, [finding]);
    }
  }
  return map;
}

export function countBySeverity(findings: readonly AclLintFinding[]): Record<AclLintSeverity, number> {
  const counts: Record<AclLintSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** `acls[3].topicFilter` (the API's field names) -> rule index 3. */
export function ruleIndexOfField(field: string): number | null {
  const m = /^acls\[(\d+)\]/.exec(field);
  return m ? Number(m[1]) : null;
}
