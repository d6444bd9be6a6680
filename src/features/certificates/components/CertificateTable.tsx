import { Anchor, Badge, Checkbox, Group, Text, VisuallyHidden } from '@mantine/core';
import { CopyValue } from '../../../components/CopyValue';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { formatDate } from '../../../lib/format';
import { KIND_LABELS, ownerPath, STATUS_LABELS, type CertRow, type CertStatus } from '../lib/cert-row';
import { DAY_MS } from '../lib/filters';

const STATUS_COLORS: Record<CertStatus, string> = {
  pending: 'yellow',
  active: 'teal',
  conflict: 'red',
  rejected: 'gray',
  revoked: 'dark',
  ready: 'teal',
  error: 'red',
  installed: 'blue',
  unknown: 'gray',
};

function Expiry({ row, now }: { row: CertRow; now: number }) {
  if (row.notValidAfter === null) {
    return (
      <Text size="sm" c="dimmed" title={row.kind === 'device' ? 'The device API gives no validity dates for device certificates' : 'No validity date from the API'}>
        —
      </Text>
    );
  }
  const days = Math.floor((row.notValidAfter - now) / DAY_MS);
  const text = row.notValidAfter <= now ? `expired ${formatDate(row.notValidAfter)}` : `${formatDate(row.notValidAfter)} (${days} day${days === 1 ? '' : 's'})`;
  return (
    <Text size="sm" c={row.notValidAfter <= now ? 'red.8' : days < 30 ? 'orange.9' : undefined}>
      {text}
    </Text>
  );
}

/** "44:6E:39:B4…:A2:86:C9": enough to tell fingerprints apart by eye; the full value is read out and copied. */
export function abbreviate(fingerprint: string): string {
  return fingerprint.length > 26 ? `${fingerprint.slice(0, 11)}…${fingerprint.slice(-8)}` : fingerprint;
}

function ownerLabel(row: CertRow): string {
  switch (row.owner.kind) {
    case 'device':
      return 'Device';
    case 'lb':
      return 'Load balancer';
    case 'hub':
      return 'Hub';
  }
}

function KindCell({ row }: { row: CertRow }) {
  return (
    <>
      <Text size="sm">{KIND_LABELS[row.kind]}</Text>
      {row.type ? <SubText>{row.type === 'letsencryt' ? "Let's Encrypt" : row.type}</SubText> : null}
    </>
  );
}

/** A second, dimmed line under a cell's value (untrusted text: it wraps anywhere). */
function SubText({ children, mt }: { children: React.ReactNode; mt?: number }) {
  return (
    <Text size="xs" c="dimmed" mt={mt} style={{ overflowWrap: 'anywhere' }}>
      {children}
    </Text>
  );
}

function NameCell({ row }: { row: CertRow }) {
  const names = [row.subject, ...row.alternativeNames].filter(Boolean);
  return (
    <>
      <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
        {row.name}
      </Text>
      {names.length > 0 ? <SubText>{names.join(', ')}</SubText> : null}
    </>
  );
}

function StatusCell({ row }: { row: CertRow }) {
  return (
    <>
      <Badge color={STATUS_COLORS[row.status]} variant="light">
        {STATUS_LABELS[row.status]}
      </Badge>
      {row.statusDetails ? <SubText mt={2}>{row.statusDetails}</SubText> : null}
    </>
  );
}

/** The abbreviated fingerprint on screen; the whole of it read out and copied. */
function FingerprintCell({ row }: { row: CertRow }) {
  if (!row.fingerprint) return <Text size="xs">—</Text>;
  return (
    <Group gap={2} wrap="nowrap">
      <Text size="xs" ff="monospace">
        <span aria-hidden>{abbreviate(row.fingerprint)}</span>
        <VisuallyHidden>{row.fingerprint}</VisuallyHidden>
      </Text>
      <CopyValue value={row.fingerprint} label={`Copy fingerprint of ${row.name}`} />
    </Group>
  );
}

function OwnerCell({ row }: { row: CertRow }) {
  return (
    <>
      <Anchor component={Link} to={ownerPath(row.owner)} size="sm" style={{ overflowWrap: 'anywhere' }}>
        {row.owner.name}
      </Anchor>
      <Text size="xs" c="dimmed">
        {ownerLabel(row)}
        {row.owner.project ? ` · ${row.owner.project}` : row.owner.region ? ` · ${row.owner.region}` : ''}
      </Text>
    </>
  );
}

interface Props {
  rows: readonly CertRow[];
  now: number;
  selected: ReadonlySet<string>;
  onToggle: (keys: string[], checked: boolean) => void;
}

/** One page of the certificates; device certificates can be selected for bulk actions. */
export function CertificateTable({ rows, now, selected, onToggle }: Props) {
  const selectable = rows.filter((r) => r.kind === 'device').map((r) => r.key);
  const allChecked = selectable.length > 0 && selectable.every((k) => selected.has(k));
  const someChecked = selectable.some((k) => selected.has(k));
  const selectAll = (
    <Checkbox
      aria-label="Select the device certificates on this page"
      checked={allChecked}
      indeterminate={someChecked && !allChecked}
      disabled={selectable.length === 0}
      onChange={(e) => onToggle(selectable, e.currentTarget.checked)}
    />
  );
  const selectOne = (row: CertRow) =>
    row.kind === 'device' ? (
      <Checkbox aria-label={`Select certificate ${row.fingerprint.slice(0, 11)} of ${row.name}`} checked={selected.has(row.key)} onChange={(e) => onToggle([row.key], e.currentTarget.checked)} />
    ) : (
      <VisuallyHidden>Not selectable</VisuallyHidden>
    );
  return (
    <DataTable
      label="Certificates"
      minWidth={1100}
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        { header: selectAll, width: 40, cell: selectOne },
        { header: 'Kind', width: 110, cell: (row) => <KindCell row={row} /> },
        { header: 'Name', cell: (row) => <NameCell row={row} /> },
        { header: 'Status', width: 120, cell: (row) => <StatusCell row={row} /> },
        { header: 'Fingerprint', width: 200, cell: (row) => <FingerprintCell row={row} /> },
        { header: 'Expires', width: 160, cell: (row) => <Expiry row={row} now={now} /> },
        { header: 'First seen', width: 120, cell: (row) => <Text size="sm">{row.firstSeen === null ? '—' : formatDate(row.firstSeen)}</Text> },
        { header: 'Owner', width: 190, cell: (row) => <OwnerCell row={row} /> },
      ]}
    />
  );
}
