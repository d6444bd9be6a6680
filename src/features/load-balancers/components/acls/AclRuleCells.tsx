import { Badge, List, Text } from '@mantine/core';
import type { Acl } from '../../../../api/scaleway-lb/types';
import { describeMatch } from '../../lib/acl-form';
import type { AclLint, RuleStatus } from '../../lib/acl-tester';
import { ERROR_TEXT, WARNING_TEXT } from '../../../../components/text-colors';
import { RULE_STATUS } from './AclRuleTester';

/** Where a rule runs: its place in the order, and the index the API sorts by. */
export function AclPosition({ acl, position }: { acl: Acl; position: number }) {
  return (
    <>
      <Text size="sm">{position}</Text>
      <Text size="xs" c="dimmed">
        index {acl.index}
      </Text>
    </>
  );
}

/** A rule's name, its condition in words, its description, and what the linter found wrong with it. */
export function AclRule({ acl, problems }: { acl: Acl; problems: readonly AclLint[] }) {
  return (
    <>
      <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
        {acl.name}
      </Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        When {describeMatch(acl.match)}
      </Text>
      {acl.description ? (
        <Text size="xs" fs="italic" style={{ overflowWrap: 'anywhere' }}>
          {acl.description}
        </Text>
      ) : null}
      {problems.length ? (
        <List size="xs" mt={4} aria-label={`Problems of ${acl.name}`}>
          {problems.map((p) => (
            <List.Item key={p.message}>
              <Text size="xs" c={p.severity === 'error' ? ERROR_TEXT : WARNING_TEXT}>
                {p.severity === 'error' ? 'Problem: ' : 'Warning: '}
                {p.message}
              </Text>
            </List.Item>
          ))}
        </List>
      ) : null}
    </>
  );
}

/** What the rule tester says of a rule for the current request; the rule that decides stands out. */
export function RuleStatusBadge({ status }: { status: RuleStatus }) {
  return (
    <Badge size="sm" variant={status === 'fired' ? 'filled' : 'light'} color={RULE_STATUS[status].color}>
      {RULE_STATUS[status].label}
    </Badge>
  );
}
