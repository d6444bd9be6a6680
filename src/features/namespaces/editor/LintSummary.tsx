import { Badge, Button, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { AclLintFinding } from '../../../acl/lint';
import { countBySeverity, LINT_CODE_LABELS, SEVERITY_COLORS, SEVERITY_LABELS, shortMessage } from './lint-display';

const FIRST = 12;

/** Every finding of the ACL, most severe first, each with a way to its rule. */
export function LintSummary({ findings, stale, onGoToRule }: { findings: readonly AclLintFinding[] | null; stale: boolean; onGoToRule: (index: number) => void }) {
  const [all, setAll] = useState(false);
  if (findings === null) {
    // The same box and header as the result, so the editor below moves as little as possible
    // when the check lands (a jump under the pointer turns a click on one rule into another).
    return (
      <Paper withBorder p="sm" component="section" aria-label="Rule check">
        <Group gap="xs">
          <Text size="sm" fw={600}>
            Rule check
          </Text>
          <Text size="xs" c="dimmed" role="status">
            Checking the rules…
          </Text>
        </Group>
      </Paper>
    );
  }
  const counts = countBySeverity(findings);
  const ordered = [...findings].sort((a, b) => rank(a) - rank(b));
  const shown = all ? ordered : ordered.slice(0, FIRST);
  return (
    <Paper withBorder p="sm" component="section" aria-label="Rule check">
      <Group justify="space-between" mb={findings.length ? 'xs' : 0}>
        <Group gap="xs" aria-live="polite">
          <Text size="sm" fw={600}>
            Rule check
          </Text>
          {findings.length === 0 ? (
            <Badge color="teal" variant="light">
              No findings
            </Badge>
          ) : (
            (['error', 'warning', 'info'] as const).map((severity) =>
              counts[severity] > 0 ? (
                <Badge key={severity} color={SEVERITY_COLORS[severity]} variant="light">
                  {counts[severity]} {SEVERITY_LABELS[severity].toLowerCase()}
                  {counts[severity] === 1 ? '' : 's'}
                </Badge>
              ) : null,
            )
          )}
          {stale ? (
            <Text size="xs" c="dimmed">
              updating…
            </Text>
          ) : null}
        </Group>
      </Group>
      {findings.length > 0 ? (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Findings">
          {shown.map((f, i) => (
            <li key={`${f.code}-${f.rules.join('-')}-${i}`}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Badge size="xs" color={SEVERITY_COLORS[f.severity]} variant="light" style={{ flex: 'none', marginTop: 3 }}>
                  {SEVERITY_LABELS[f.severity]}
                </Badge>
                <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                  <strong>{LINT_CODE_LABELS[f.code]}</strong>: {shortMessage(f)}{' '}
                  <UnstyledButton onClick={() => onGoToRule(f.rules[0] as number)} fz="xs" c="blue" td="underline">
                    Go to rule #{(f.rules[0] as number) + 1}
                  </UnstyledButton>
                </Text>
              </Group>
            </li>
          ))}
        </Stack>
      ) : null}
      {findings.length > FIRST ? (
        <Button size="compact-xs" variant="subtle" mt="xs" onClick={() => setAll((v) => !v)}>
          {all ? 'Show fewer findings' : `Show all ${findings.length} findings`}
        </Button>
      ) : null}
    </Paper>
  );
}

function rank(f: AclLintFinding): number {
  return f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2;
}
