import { Tooltip } from '@mantine/core';
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
    <div className={classes.finding}>
      <Icon size={14} color={`var(--mantine-color-${SEVERITY_COLORS[finding.severity]}-7)`} aria-label={finding.severity} style={{ flex: 'none', marginTop: 2 }} />
      <span>
        <strong>{LINT_CODE_LABELS[finding.code]}</strong>
        {finding.rules[0] !== index && others.length > 0 ? ` (with rule ${others.join(', ')})` : ''}: {shortMessage(finding)}
        {finding.guideline ? (
          <Tooltip label={`${finding.guideline.section}: “${finding.guideline.quote}”`} multiline w={360} withArrow>
            <span tabIndex={0} style={{ marginLeft: 4, textDecoration: 'underline dotted', color: 'var(--mantine-color-dimmed)', cursor: 'help' }}>
              guideline
            </span>
          </Tooltip>
        ) : null}
      </span>
    </div>
  );
}

const ICON = 14;

/**
 * One rule of the editor. Memoised, and built from native elements: the visible rows re-render
 * only when their own rule, position or findings change.
 */
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
  const rejectedId = `rule-${row.key}-rejected`;
  const rejected = (serverErrors?.length ?? 0) > 0;
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
          <IconGripVertical size={ICON} aria-hidden />
          <span className={classes['rule-number']}>#{n}</span>
        </div>
        <div className={classes.cell}>
          <input
            className={classes.input}
            id={`rule-filter-${row.key}`}
            aria-label={`Topic filter of rule ${n}`}
            placeholder="e.g. fleet/%c/telemetry"
            value={row.topicFilter}
            onChange={(e) => dispatch({ type: 'set-filter', key: row.key, value: e.currentTarget.value })}
            aria-invalid={!check.valid || rejected}
            // The API's refusal is read with the field it is about, like the local check.
            aria-describedby={[check.valid ? null : problemId, ...(serverErrors ?? []).map((_, i) => `${rejectedId}-${i}`)].filter(Boolean).join(' ') || undefined}
            spellCheck={false}
            autoComplete="off"
          />
          {!check.valid ? <FilterProblem id={problemId} filter={row.topicFilter} levelIndex={check.levelIndex} start={check.start} end={check.end} reason={check.reason} /> : null}
          {check.valid && placed?.location ? <HighlightedFilter filter={row.topicFilter} start={placed.location.start} end={placed.location.end} /> : null}
          {discouraged.length > 0 ? (
            <span className={classes.note} style={{ color: 'var(--mantine-color-orange-7)' }}>
              Contains {discouraged.length === 1 ? 'a character' : `${discouraged.length} characters`} MQTT discourages (control or non-character, U+{discouraged[0]?.codePoint.toString(16).toUpperCase().padStart(4, '0')}).
            </span>
          ) : null}
          {serverErrors?.map((m, i) => (
            <span key={m} id={`${rejectedId}-${i}`} className={classes.note} style={{ color: 'var(--mantine-color-error)' }}>
              Rejected by the API: {m}
            </span>
          ))}
        </div>
        <GroupsInput label={`Publishers of rule ${n}`} groups={row.publishers} onChange={(groups) => dispatch({ type: 'set-groups', key: row.key, side: 'publishers', groups })} listId={listId} />
        <GroupsInput label={`Subscribers of rule ${n}`} groups={row.subscribers} onChange={(groups) => dispatch({ type: 'set-groups', key: row.key, side: 'subscribers', groups })} listId={listId} />
        <div className={classes.actions}>
          <button type="button" className={classes.iconButton} aria-label={`Move rule ${n} up`} disabled={index === 0} onClick={() => dispatch({ type: 'move', from: index, to: index - 1 })}>
            <IconArrowUp size={ICON} aria-hidden />
          </button>
          <button type="button" className={classes.iconButton} aria-label={`Move rule ${n} down`} disabled={index === count - 1} onClick={() => dispatch({ type: 'move', from: index, to: index + 1 })}>
            <IconArrowDown size={ICON} aria-hidden />
          </button>
          <button type="button" className={classes.iconButton} aria-label={`Duplicate rule ${n}`} onClick={() => dispatch({ type: 'duplicate', key: row.key })}>
            <IconCopy size={ICON} aria-hidden />
          </button>
          <button type="button" className={classes.iconButton} data-danger aria-label={`Delete rule ${n}`} onClick={() => dispatch({ type: 'remove', key: row.key })}>
            <IconTrash size={ICON} aria-hidden />
          </button>
        </div>
      </div>
      {shown.length > 0 ? (
        <div className={classes.findings} role="group" aria-label={`Findings for rule ${n}`}>
          {shown.map((finding, i) => (
            <FindingLine key={`${finding.code}-${i}`} finding={finding} index={index} />
          ))}
        </div>
      ) : null}
    </div>
  );
});
