import { Code, NativeSelect, Stack, Text } from '@mantine/core';
import type { AkamaiAclRule } from '../../../api/akamai/types';
import { formatInteger } from '../../../lib/format';
import type { FocusMatch } from './engine';
import { StreamProgress } from './StreamProgress';
import { useStream, type StreamStart } from './use-stream';
import { VirtualGridTable } from './VirtualGridTable';
import classes from './Preview.module.css';

/** The matches table: one row per sample topic the rule matches. */
const FOCUS_TABLE = { label: 'Matching sample topics', height: 'min(50vh, 440px)', rowHeight: 32, overscan: 10, gridClassName: classes.focusGrid, headers: ['Sample', 'Topic', 'Who'] };

function binding(match: FocusMatch): string {
  const parts = [match.clientId !== undefined ? `client id "${match.clientId}"` : null, match.userId !== undefined ? `user id "${match.userId}"` : null].filter(Boolean);
  return parts.length ? `Only for ${parts.join(' and ')}` : 'Any caller in the rule’s groups';
}

/** The sample topics one rule matches (for identity rules, and for which caller). */
export function RuleFocus({ rules, ruleIndex, onRule, start, topicCount }: { rules: readonly AkamaiAclRule[]; ruleIndex: number | null; onRule: (index: number | null) => void; start: StreamStart<FocusMatch> | null; topicCount: number }) {
  const state = useStream(start);
  const rule = ruleIndex !== null ? rules[ruleIndex] : undefined;
  const matches = state?.items ?? [];

  return (
    <Stack gap="sm">
      <NativeSelect
        label="Rule"
        description="Which sample topics does this rule match?"
        value={ruleIndex === null ? '' : String(ruleIndex)}
        onChange={(e) => onRule(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}
        data={[{ value: '', label: 'Choose a rule…' }, ...rules.map((r, i) => ({ value: String(i), label: `#${i + 1}  ${r.topicFilter || '(empty filter)'}` }))]}
        maw={560}
      />
      {!rule ? (
        <Text size="sm" c="dimmed">
          Choose a rule, or click a rule number in the topic matrix.
        </Text>
      ) : topicCount === 0 ? (
        <Text size="sm" c="dimmed">
          Add sample topics above first.
        </Text>
      ) : state ? (
        <>
          <StreamProgress state={state} label="Rule focus progress" noun="topics" />
          <Text size="sm" role="status">
            Rule #{(ruleIndex ?? 0) + 1} <Code>{rule.topicFilter}</Code> matches {formatInteger(matches.length)} of {formatInteger(state.done)} sample topics
            {state.finished ? '' : ' so far'}.
          </Text>
          {/* Focusable so the list scrolls from the keyboard: its rows hold nothing to tab to. */}
          <VirtualGridTable
            {...FOCUS_TABLE}
            rows={matches}
            cells={(m) => (
              <>
                <span role="cell">{m.index + 1}</span>
                <span role="cell" className={classes.topic}>
                  {m.topic}
                </span>
                <span role="cell">
                  <Text size="xs">{binding(m)}</Text>
                </span>
              </>
            )}
          />
        </>
      ) : null}
    </Stack>
  );
}
