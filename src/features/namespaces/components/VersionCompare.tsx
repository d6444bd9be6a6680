import { Badge, Code, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { compareVersions } from '../../../api/akamai/activation-state';
import type { AkamaiAclRule, AkamaiJurisdiction } from '../../../api/akamai/types';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { DataTable } from '../../../components/DataTable';
import { formatDateTime } from '../../../lib/format';
import { namespaceQueries, VERSION_CONTENTS_UNAVAILABLE } from '../../../api/akamai/queries';
import { versionsWithSnapshots } from '../../../api/akamai/version-snapshots';
import { isApiError } from '../../../api/errors/api-error';
import { diffAcls, type GroupChange, type RuleRef } from '../lib/acl-diff';
import { UnknownVersionRules } from './UnknownVersionRules';

/** What can be compared: a version, the saved configuration, or the editor's unsaved draft. */
export const SAVED = 'saved';
export const DRAFT = 'draft';

function useSideRules(namespace: string, jurisdiction: AkamaiJurisdiction, side: string, createdAt: number | undefined, saved: readonly AkamaiAclRule[] | undefined, draft: readonly AkamaiAclRule[]) {
  const isVersion = side !== SAVED && side !== DRAFT && side !== '';
  const query = useQuery({ ...namespaceQueries.version(namespace, jurisdiction, side, createdAt), enabled: isVersion });
  if (side === SAVED) return { rules: saved, pending: saved === undefined, error: null, source: null };
  if (side === DRAFT) return { rules: draft, pending: false, error: null, source: null };
  if (!isVersion) return { rules: undefined, pending: false, error: null, source: null };
  return { rules: query.data?.rules, pending: query.isPending, error: query.error, source: query.data?.source ?? null, retry: () => void query.refetch() };
}

const isUnknownVersion = (error: unknown) => isApiError(error) && error.code === VERSION_CONTENTS_UNAVAILABLE;

function Groups({ groups }: { groups: readonly string[] | undefined }) {
  if (!groups || groups.length === 0) return <Text size="sm" c="dimmed">Empty</Text>;
  return (
    <Group gap={4}>
      {groups.map((g) => (
        <Badge key={g} variant="outline" color="gray" tt="none">
          {g}
        </Badge>
      ))}
    </Group>
  );
}

function Change({ change, current }: { change: GroupChange; current: readonly string[] | undefined }) {
  if (change.added.length === 0 && change.removed.length === 0) return <Groups groups={current} />;
  return (
    <Group gap={4}>
      {change.added.map((g) => (
        <Badge key={`+${g}`} color="teal" variant="light" tt="none" aria-label={`added ${g}`}>
          + {g}
        </Badge>
      ))}
      {change.removed.map((g) => (
        <Badge key={`-${g}`} color="red" variant="light" tt="none" td="line-through" aria-label={`removed ${g}`}>
          − {g}
        </Badge>
      ))}
    </Group>
  );
}

/** Coloured headings at 4.5:1 in both themes (shade 9 alone is not enough for teal and orange on white). */
function headingColor(color: string): string {
  return `light-dark(color-mix(in srgb, var(--mantine-color-${color}-9) 70%, black), var(--mantine-color-${color}-3))`;
}

/** A titled group of rules in the diff: "None" when empty, else a table of the rules. */
function RuleSection<T>({
  label,
  color,
  rows,
  rowKey,
  indexWidth,
  index,
  topicFilter,
  publishers,
  subscribers,
}: {
  label: string;
  color: string;
  rows: readonly T[];
  rowKey: (row: T) => string;
  indexWidth: number;
  index: (row: T) => ReactNode;
  topicFilter: (row: T) => string;
  publishers: (row: T) => ReactNode;
  subscribers: (row: T) => ReactNode;
}) {
  return (
    <section aria-label={label}>
      <Title order={3} size="h5" mb={4} style={{ color: headingColor(color) }}>
        {label} ({rows.length})
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          None
        </Text>
      ) : (
        <DataTable
          label={label}
          minWidth={560}
          rows={rows}
          rowKey={rowKey}
          columns={[
            { header: '#', width: indexWidth, cell: index },
            { header: 'Topic filter', cell: (row) => <Code style={{ overflowWrap: 'anywhere' }}>{topicFilter(row)}</Code> },
            { header: 'Publishers', cell: publishers },
            { header: 'Subscribers', cell: subscribers },
          ]}
        />
      )}
    </section>
  );
}

function RuleTable({ label, refs, color }: { label: string; refs: readonly RuleRef[]; color: string }) {
  return (
    <RuleSection
      label={label}
      color={color}
      rows={refs}
      rowKey={({ index, rule }) => `${index}-${rule.topicFilter}`}
      indexWidth={60}
      index={({ index }) => index + 1}
      topicFilter={({ rule }) => rule.topicFilter}
      publishers={({ rule }) => <Groups groups={rule.publishers} />}
      subscribers={({ rule }) => <Groups groups={rule.subscribers} />}
    />
  );
}

export function VersionCompare({
  namespace,
  jurisdiction,
  versions,
  from,
  to,
  onChange,
  saved,
  draft,
  dirty,
}: {
  namespace: string;
  jurisdiction: AkamaiJurisdiction;
  versions: ReadonlyArray<{ version: string; createdAt: number; createdBy: string }> | undefined;
  from: string;
  to: string;
  onChange: (patch: { from?: string; to?: string }) => void;
  saved: readonly AkamaiAclRule[] | undefined;
  draft: readonly AkamaiAclRule[];
  dirty: boolean;
}) {
  const sorted = useMemo(() => [...(versions ?? [])].sort((a, b) => compareVersions(b.version, a.version)), [versions]);
  const createdAt = (v: string) => sorted.find((x) => x.version === v)?.createdAt;
  const options = [
    ...sorted.map((v) => ({ value: v.version, label: `Version ${v.version} · ${v.createdBy || 'unknown'} · ${formatDateTime(v.createdAt)}` })),
    { value: SAVED, label: 'Saved configuration (not yet a version)' },
    ...(dirty ? [{ value: DRAFT, label: 'Your unsaved changes' }] : []),
  ];
  // Versions created from this browser: their rules are known even where the API cannot return them.
  const known = useMemo(() => versionsWithSnapshots(namespace, jurisdiction, sorted).map((v) => v.version), [namespace, jurisdiction, sorted]);
  const a = useSideRules(namespace, jurisdiction, from, createdAt(from), saved, draft);
  const b = useSideRules(namespace, jurisdiction, to, createdAt(to), saved, draft);
  const diff = useMemo(() => (a.rules && b.rules ? diffAcls(a.rules, b.rules) : null), [a.rules, b.rules]);
  const name = (side: string) => (side === SAVED ? 'the saved configuration' : side === DRAFT ? 'your unsaved changes' : `version ${side}`);

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect label="From" data={[{ value: '', label: 'Choose…' }, ...options]} value={from} onChange={(e) => onChange({ from: e.currentTarget.value })} w={340} />
        <IconArrowRight size={18} aria-hidden style={{ marginBottom: 8 }} />
        <NativeSelect label="To" data={[{ value: '', label: 'Choose…' }, ...options]} value={to} onChange={(e) => onChange({ to: e.currentTarget.value })} w={340} />
      </Group>
      {!from || !to ? <Text size="sm" c="dimmed">Choose two versions to compare.</Text> : null}
      {a.pending || b.pending ? <LoadingState label="Loading the versions' rules…" /> : null}
      {(
        [
          [a, from, (value: string) => onChange({ from: value })],
          [b, to, (value: string) => onChange({ to: value })],
        ] as const
      ).map(([side, value, pick]) =>
        !side.error ? null : isUnknownVersion(side.error) ? (
          <UnknownVersionRules key={value} version={value} error={side.error} known={known.filter((v) => v !== value)} onPick={pick} savedValue={SAVED} />
        ) : (
          <ErrorState key={value} error={side.error} onRetry={side.retry} title={`Could not load ${name(value)}`} />
        ),
      )}
      {diff ? (
        <>
          <Text size="sm" aria-live="polite" role="status">
            From {name(from)} to {name(to)}: {diff.added.length} added, {diff.removed.length} removed, {diff.changed.length} changed, {diff.unchanged} unchanged
            {diff.moved > 0 ? ` (${diff.moved} moved; order does not change what an ACL allows)` : ''}.
          </Text>
          {a.source === 'snapshot' || b.source === 'snapshot' ? (
            <Text size="xs" c="dimmed">
              Rules of versions created from this console come from the snapshot it kept at creation.
            </Text>
          ) : null}
          <RuleTable label="Added rules" refs={diff.added} color="teal" />
          <RuleTable label="Removed rules" refs={diff.removed} color="red" />
          <RuleSection
            label="Changed rules"
            color="orange"
            rows={diff.changed}
            rowKey={(c) => `${c.before.index}-${c.after.index}`}
            indexWidth={90}
            index={(c) => `${c.before.index + 1} → ${c.after.index + 1}`}
            topicFilter={(c) => c.after.rule.topicFilter}
            publishers={(c) => <Change change={c.publishers} current={c.after.rule.publishers} />}
            subscribers={(c) => <Change change={c.subscribers} current={c.after.rule.subscribers} />}
          />
        </>
      ) : null}
    </Stack>
  );
}
