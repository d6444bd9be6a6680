import { Badge, Group, SegmentedControl, Stack, Text, TextInput, Tooltip, UnstyledButton } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import type { AkamaiAclRule } from '../../../api/akamai/types';
import { formatInteger } from '../../../lib/format';
import { describeGroup, type EffectiveGroup, type MatrixRow } from './engine';
import { StreamProgress } from './StreamProgress';
import { VirtualGridTable } from './VirtualGridTable';
import { useStream, type StreamStart } from './use-stream';
import classes from './Preview.module.css';

type Show = 'all' | 'uncovered' | 'invalid';

function GroupBadges({ groups }: { groups: readonly EffectiveGroup[] }) {
  if (groups.length === 0) return <Text size="xs" c="dimmed">Nobody</Text>;
  return (
    <Group gap={4}>
      {groups.map((g) => (
        <Badge key={describeGroup(g)} size="sm" variant="outline" color={g.clientId !== undefined || g.userId !== undefined ? 'grape' : 'gray'} tt="none">
          {describeGroup(g)}
        </Badge>
      ))}
    </Group>
  );
}

export function matrixSummary(rows: readonly MatrixRow[]) {
  let uncovered = 0;
  let invalid = 0;
  for (const r of rows) {
    if (r.problem) invalid++;
    else if (r.rules.length === 0) uncovered++;
  }
  return { covered: rows.length - uncovered - invalid, uncovered, invalid };
}

/** The matrix: one row per sample topic, with the rules that match it and who may use it. */
const MATRIX_TABLE = { label: 'Topic matrix', height: 'min(60vh, 560px)', rowHeight: 40, overscan: 8, gridClassName: classes.matrixGrid, tableClassName: classes.table, headers: ['Topic', 'Matching rules', 'Publishers', 'Subscribers'] };

/**
 * For each sample topic: the rules that match it (identity rules by their `+` shape, with the
 * id the topic binds) and who may publish and subscribe there. Topics no rule covers are flagged.
 */
export function TopicMatrix({ start, rules, onFocusRule }: { start: StreamStart<MatrixRow> | null; rules: readonly AkamaiAclRule[]; onFocusRule: (index: number) => void }) {
  // The stream's state lives here, so each slice re-renders the matrix and not the topic input above it.
  const state = useStream(start);
  const [show, setShow] = useState<Show>('all');
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const rows = useMemo(() => state?.items ?? [], [state]);
  const summary = useMemo(() => matrixSummary(rows), [rows]);
  const visible = useMemo(() => {
    const needle = deferredSearch.trim().toLowerCase();
    return rows.filter((r) => {
      if (show === 'uncovered' && (r.problem || r.rules.length > 0)) return false;
      if (show === 'invalid' && !r.problem) return false;
      return !needle || r.topic.toLowerCase().includes(needle);
    });
  }, [rows, show, deferredSearch]);


  if (!state) {
    return (
      <Text size="sm" c="dimmed">
        Add sample topics above to see which rules match each one.
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <StreamProgress state={state} label="Topic matrix progress" noun="topics" />
      <Group gap="xs" aria-label="Matrix summary" role="group">
        <Badge color="teal" variant="light">
          {formatInteger(summary.covered)} covered
        </Badge>
        <Badge color={summary.uncovered > 0 ? 'orange' : 'gray'} variant="light">
          {formatInteger(summary.uncovered)} not covered
        </Badge>
        <Badge color={summary.invalid > 0 ? 'red' : 'gray'} variant="light">
          {formatInteger(summary.invalid)} not topic names
        </Badge>
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SegmentedControl
          aria-label="Show topics"
          size="xs"
          value={show}
          onChange={(v) => setShow(v as Show)}
          data={[
            { value: 'all', label: 'All' },
            { value: 'uncovered', label: 'Not covered' },
            { value: 'invalid', label: 'Not topic names' },
          ]}
        />
        <TextInput size="xs" label="Find a topic" value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={260} />
        <Text size="xs" c="dimmed">
          Showing {formatInteger(visible.length)} of {formatInteger(rows.length)}
        </Text>
      </Group>
      <VirtualGridTable
        {...MATRIX_TABLE}
        rows={visible}
        cells={(row) => (
          <>
            <span role="cell" className={classes.topic}>
              {row.topic}
            </span>
            <span role="cell">
              {row.problem ? (
                <Tooltip label={row.problem} multiline w={320} withArrow>
                  <Badge color="red" variant="light" tabIndex={0}>
                    Not a topic name
                  </Badge>
                </Tooltip>
              ) : row.rules.length === 0 ? (
                <Badge color="red.9" variant="filled">
                  Not covered
                </Badge>
              ) : (
                <Group gap={4}>
                  {row.rules.map((r) => (
                    <UnstyledButton key={r} onClick={() => onFocusRule(r)} fz="xs" c="blue" td="underline" title={rules[r]?.topicFilter} aria-label={`Focus on rule ${r + 1}`}>
                      #{r + 1}
                    </UnstyledButton>
                  ))}
                </Group>
              )}
            </span>
            <span role="cell">{row.problem ? null : <GroupBadges groups={row.publishers} />}</span>
            <span role="cell">{row.problem ? null : <GroupBadges groups={row.subscribers} />}</span>
          </>
        )}
      />
    </Stack>
  );
}
