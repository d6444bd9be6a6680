import { Alert, Badge, Button, Code, Group, SegmentedControl, SimpleGrid, Stack, TagsInput, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { evaluateAccess, type AccessAction, type RuleOutcome, type RuleVerdict } from '../../../acl/access';
import type { AkamaiAclRule } from '../../../api/akamai/types';
import type { AccessInputs } from './preview-inputs';

export type { AccessInputs };

const OUTCOME_LABELS: Record<Exclude<RuleOutcome, 'grants'>, string> = {
  'identity-mismatch': 'Your identity does not match',
  'group-not-authorised': 'You are not in an authorised group',
  'invalid-filter': 'The rule’s filter is invalid',
  'filter-mismatch': 'The filter does not match',
};
/** Near misses first: they are what the user is usually looking for. */
const OUTCOME_ORDER: Array<Exclude<RuleOutcome, 'grants'>> = ['identity-mismatch', 'group-not-authorised', 'invalid-filter', 'filter-mismatch'];
const FIRST_MISMATCHES = 50;

function splitGroups(value: string): string[] {
  return value
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean);
}

function VerdictLine({ verdict, rule, onGoToRule }: { verdict: RuleVerdict; rule: AkamaiAclRule | undefined; onGoToRule: (index: number) => void }) {
  return (
    <li>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        <UnstyledButton onClick={() => onGoToRule(verdict.ruleIndex)} fz="sm" fw={600} c="blue" td="underline" aria-label={`Go to rule ${verdict.ruleIndex + 1}`}>
          Rule #{verdict.ruleIndex + 1}
        </UnstyledButton>{' '}
        <Code>{rule?.topicFilter ?? ''}</Code>: {verdict.detail}
      </Text>
    </li>
  );
}

/**
 * "Could this caller publish here?": every rule's verdict from evaluateAccess, computed in the
 * browser on the editor's rules (unsaved changes included).
 */
export function AccessCheck({
  rules,
  initial,
  onChange,
  onGoToRule,
}: {
  rules: readonly AkamaiAclRule[];
  initial: AccessInputs;
  /** Every change, at once: the page keeps it (so nothing typed is lost when this unmounts) and updates the URL when typing pauses. */
  onChange: (inputs: AccessInputs) => void;
  onGoToRule: (index: number) => void;
}) {
  // Typing re-renders this form only, not the page around it.
  const [inputs, setInputs] = useState(initial);
  const change = (patch: Partial<AccessInputs>) => {
    const next = { ...inputs, ...patch };
    setInputs(next);
    onChange(next);
  };
  const deferredRules = useDeferredValue(rules);
  const deferredInputs = useDeferredValue(inputs);
  const decision = useMemo(() => {
    if (!deferredInputs.topic) return null;
    return evaluateAccess(deferredRules, { topic: deferredInputs.topic, clientId: deferredInputs.client, userId: deferredInputs.user, groups: splitGroups(deferredInputs.groups) }, deferredInputs.action);
  }, [deferredRules, deferredInputs]);
  const [showAllMismatches, setShowAllMismatches] = useState(false);

  const others = decision?.verdicts.filter((v) => v.outcome !== 'grants') ?? [];
  const byOutcome = OUTCOME_ORDER.map((outcome) => ({ outcome, verdicts: others.filter((v) => v.outcome === outcome) })).filter((g) => g.verdicts.length > 0);

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <TextInput
          label={inputs.action === 'publish' ? 'Topic to publish to' : 'Topic filter to subscribe to'}
          description={inputs.action === 'publish' ? 'A topic name, without wildcards.' : 'A topic filter: + and # allowed, $share/{name}/ too.'}
          placeholder="company/model/ABC123"
          value={inputs.topic}
          onChange={(e) => change({ topic: e.currentTarget.value })}
          spellCheck={false}
          autoComplete="off"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="access-action-label">
            Action
          </Text>
          <SegmentedControl
            aria-labelledby="access-action-label"
            value={inputs.action}
            onChange={(v) => change({ action: v as AccessAction })}
            data={[
              { value: 'publish', label: 'Publish' },
              { value: 'subscribe', label: 'Subscribe' },
            ]}
            w="fit-content"
          />
        </Stack>
        <TextInput label="Client ID" description="Stands for %c in identity rules." value={inputs.client} onChange={(e) => change({ client: e.currentTarget.value })} autoComplete="off" spellCheck={false} />
        <TextInput label="User ID" description="Stands for %u in identity rules." value={inputs.user} onChange={(e) => change({ user: e.currentTarget.value })} autoComplete="off" spellCheck={false} />
        <TagsInput label="Authorization groups" description="The caller's groups; press Enter after each." value={splitGroups(inputs.groups)} onChange={(groups) => change({ groups: groups.join(',') })} splitChars={[',', ' ']} clearable clearButtonProps={{ 'aria-label': 'Clear the groups' }} />
      </SimpleGrid>

      {!decision ? (
        <Text size="sm" c="dimmed">
          Enter a topic to see whether this caller may {inputs.action} and which rules decide it.
        </Text>
      ) : (
        <>
          <Alert
            role="status"
            color={decision.allowed ? 'teal' : 'red'}
            variant="light"
            icon={decision.allowed ? <IconCircleCheck aria-hidden /> : <IconCircleX aria-hidden />}
            title={decision.allowed ? `Allowed: ${decision.action} is granted` : `Denied: no rule grants ${decision.action}`}
          >
            <Text size="sm">
              {decision.allowed
                ? `${decision.granting.length} rule${decision.granting.length === 1 ? '' : 's'} grant${decision.granting.length === 1 ? 's' : ''} it; one is enough.`
                : (decision.requestProblem ?? `None of the ${rules.length} rules grants it; below, why each one does not apply.`)}
            </Text>
          </Alert>
          {decision.granting.length > 0 ? (
            <section aria-label="Rules that grant">
              <Title order={3} size="h5" mb={4}>
                Rules that grant
              </Title>
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {decision.verdicts
                  .filter((v) => v.outcome === 'grants')
                  .map((v) => (
                    <VerdictLine key={v.ruleIndex} verdict={v} rule={rules[v.ruleIndex]} onGoToRule={onGoToRule} />
                  ))}
              </ul>
            </section>
          ) : null}
          {byOutcome.length > 0 ? (
            <section aria-label="Why the other rules do not apply">
              <Title order={3} size="h5" mb={4}>
                Why the other rules do not apply
              </Title>
              <Stack gap="sm">
                {byOutcome.map(({ outcome, verdicts }) => {
                  const limit = outcome === 'filter-mismatch' && !showAllMismatches ? FIRST_MISMATCHES : verdicts.length;
                  return (
                    <div key={outcome}>
                      <Group gap="xs" mb={2}>
                        <Text size="sm" fw={600}>
                          {OUTCOME_LABELS[outcome]}
                        </Text>
                        <Badge size="sm" variant="light" color="gray">
                          {verdicts.length}
                        </Badge>
                      </Group>
                      <ul style={{ margin: 0, paddingLeft: 18 }}>
                        {verdicts.slice(0, limit).map((v) => (
                          <VerdictLine key={v.ruleIndex} verdict={v} rule={rules[v.ruleIndex]} onGoToRule={onGoToRule} />
                        ))}
                      </ul>
                      {verdicts.length > limit ? (
                        <Button size="compact-xs" variant="subtle" onClick={() => setShowAllMismatches(true)}>
                          Show all {verdicts.length}
                        </Button>
                      ) : null}
                    </div>
                  );
                })}
              </Stack>
            </section>
          ) : null}
        </>
      )}
    </Stack>
  );
}
