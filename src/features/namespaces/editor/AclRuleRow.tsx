import { ActionIcon, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconArrowDown, IconArrowUp, IconCopy, IconGripVertical, IconInfoCircle, IconTrash, IconX } from '@tabler/icons-react';
import { memo, useMemo, type Dispatch } from 'react';
import type { AclLintFinding } from '../../../acl/lint';
import { validateTopicFilter } from '../../../acl/topic';
import { findDiscouragedCharacters } from '../../../acl/utf8';
import type { EditorAction, EditorRule } from './editor-state';
import { FilterProblem, HighlightedFilter } from './FilterProblem';
import { GroupsInput } from './GroupsInput';
import { LINT_CODE_LABELS, SEVERITY_COLORS, shortMessage } from './lint-display';
import classes from './AclEditor.module.css';

export interface RowDrag {
  start: (index: number) => void;
  over: (index: number) => void;
  drop: (index: number) => void;
  end: () => void;
}

const SEVERITY_ICONS = { error: IconX, warning: IconAlertTriangle, info: IconInfoCircle } as const;

function FindingLine({ finding, index }: { finding: AclLintFinding; index: number }) {
  const Icon = SEVERITY_ICONS[finding.severity];
  const others = finding.rules.filter((r) => r !== index).map((r) => `#${r + 1}`);
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Icon size={14} color={`var(--mantine-color-${SEVERITY_COLORS[finding.severity]}-7)`} aria-label={finding.severity} style={{ flex: 'none', marginTop: 2 }} />
      <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
        <strong>{LINT_CODE_LABELS[finding.code]}</strong>
        {finding.rules[0] !== index && others.length > 0 ? ` (with rule ${others.join(', ')})` : ''}: {shortMessage(finding)}
        {finding.guideline ? (
          <Tooltip label={`${finding.guideline.section}: “${finding.guideline.quote}”`} multiline w={360} withArrow>
            <Text span size="xs" c="dimmed" td="underline" tabIndex={0} ml={4} style={{ cursor: 'help' }}>
              guideline
            </Text>
          </Tooltip>
        ) : null}
      </Text>
    </Group>
  );
}

export const AclRuleRow = memo(function AclRuleRow({
  row,
  index,
  count,
  findings,
  serverErrors,
  dispatch,
  listId,
  drag,
  dropTarget,
  measureRef,
  offset,
}: {
  row: EditorRule;
  index: number;
  count: number;
  findings: readonly AclLintFinding[] | undefined;
  serverErrors: readonly string[] | undefined;
  dispatch: Dispatch<EditorAction>;
  listId: string;
  drag: RowDrag;
  dropTarget: boolean;
  measureRef: (node: HTMLElement | null) => void;
  /** Distance from the top of the list, from the virtualiser. */
  offset: number;
}) {
  const n = index + 1;
  const check = useMemo(() => validateTopicFilter(row.topicFilter), [row.topicFilter]);
  const discouraged = useMemo(() => (check.valid ? findDiscouragedCharacters(row.topicFilter) : []), [check.valid, row.topicFilter]);
  // The live check already explains an invalid filter; the lint's copy would repeat it.
  const shown = findings?.filter((f) => f.code !== 'invalid-filter') ?? [];
  const placed = shown.find((f) => f.location && f.rules[0] === index);
  const problemId = `rule-${row.key}-problem`;
  return (
    <div
      role="listitem"
      aria-label={`Rule ${n}`}
      data-index={index}
      ref={measureRef}
      className={classes.row}
      data-drop-target={dropTarget || undefined}
      style={{ transform: `translateY(${offset}px)` }}
      onDragOver={(e) => {
        e.preventDefault();
        drag.over(index);
      }}
      onDrop={(e) => {
        e.preventDefault();
        drag.drop(index);
      }}
    >
      <div className={classes.grid}>
        <div
          className={classes.handle}
          draggable
          onDragStart={(e) => {
            e.dataTransfer.effectAllowed = 'move';
            e.dataTransfer.setData('text/plain', String(index));
            drag.start(index);
          }}
          onDragEnd={drag.end}
          title="Drag to reorder"
        >
          <IconGripVertical size={14} aria-hidden />
          <Text size="xs" c="dimmed" fw={600}>
            #{n}
          </Text>
        </div>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <TextInput
            size="xs"
            id={`rule-filter-${row.key}`}
            aria-label={`Topic filter of rule ${n}`}
            placeholder="e.g. fleet/%c/telemetry"
            value={row.topicFilter}
            onChange={(e) => dispatch({ type: 'set-filter', key: row.key, value: e.currentTarget.value })}
            error={!check.valid || (serverErrors?.length ?? 0) > 0}
            aria-describedby={check.valid ? undefined : problemId}
            spellCheck={false}
            autoComplete="off"
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
          {!check.valid ? <FilterProblem id={problemId} filter={row.topicFilter} levelIndex={check.levelIndex} start={check.start} end={check.end} reason={check.reason} /> : null}
          {check.valid && placed?.location ? <HighlightedFilter filter={row.topicFilter} start={placed.location.start} end={placed.location.end} /> : null}
          {discouraged.length > 0 ? (
            <Text size="xs" c="orange">
              Contains {discouraged.length === 1 ? 'a character' : `${discouraged.length} characters`} MQTT discourages (control or non-character, U+{discouraged[0]?.codePoint.toString(16).toUpperCase().padStart(4, '0')}).
            </Text>
          ) : null}
          {serverErrors?.map((m) => (
            <Text key={m} size="xs" c="red">
              Rejected by the API: {m}
            </Text>
          ))}
        </Stack>
        <GroupsInput label={`Publishers of rule ${n}`} groups={row.publishers} onChange={(groups) => dispatch({ type: 'set-groups', key: row.key, side: 'publishers', groups })} listId={listId} />
        <GroupsInput label={`Subscribers of rule ${n}`} groups={row.subscribers} onChange={(groups) => dispatch({ type: 'set-groups', key: row.key, side: 'subscribers', groups })} listId={listId} />
        <Group gap={2} wrap="nowrap" justify="flex-end">
          <ActionIcon size="sm" variant="subtle" color="gray" aria-label={`Move rule ${n} up`} disabled={index === 0} onClick={() => dispatch({ type: 'move', from: index, to: index - 1 })}>
            <IconArrowUp size={14} aria-hidden />
          </ActionIcon>
          <ActionIcon size="sm" variant="subtle" color="gray" aria-label={`Move rule ${n} down`} disabled={index === count - 1} onClick={() => dispatch({ type: 'move', from: index, to: index + 1 })}>
            <IconArrowDown size={14} aria-hidden />
          </ActionIcon>
          <ActionIcon size="sm" variant="subtle" color="gray" aria-label={`Duplicate rule ${n}`} onClick={() => dispatch({ type: 'duplicate', key: row.key })}>
            <IconCopy size={14} aria-hidden />
          </ActionIcon>
          <ActionIcon size="sm" variant="subtle" color="red" aria-label={`Delete rule ${n}`} onClick={() => dispatch({ type: 'remove', key: row.key })}>
            <IconTrash size={14} aria-hidden />
          </ActionIcon>
        </Group>
      </div>
      {shown.length > 0 ? (
        <Stack gap={2} className={classes.findings} aria-label={`Findings for rule ${n}`} role="group">
          {shown.map((finding, i) => (
            <FindingLine key={`${finding.code}-${i}`} finding={finding} index={index} />
          ))}
        </Stack>
      ) : null}
    </div>
  );
});
