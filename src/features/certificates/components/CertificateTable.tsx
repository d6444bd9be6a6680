import { Anchor, Badge, Checkbox, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { CopyValue } from '../../../components/CopyValue';
import { Link } from 'react-router';
import { TableScroll } from '../../../components/TableScroll';
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
  return (
    <TableScroll minWidth={1100}>
      <Table aria-label="Certificates" striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label="Select the device certificates on this page"
                checked={allChecked}
                indeterminate={someChecked && !allChecked}
                disabled={selectable.length === 0}
                onChange={(e) => onToggle(selectable, e.currentTarget.checked)}
              />
            </Table.Th>
            <Table.Th w={110}>Kind</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th w={120}>Status</Table.Th>
            <Table.Th w={200}>Fingerprint</Table.Th>
            <Table.Th w={160}>Expires</Table.Th>
            <Table.Th w={120}>First seen</Table.Th>
            <Table.Th w={190}>Owner</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Td>
                {row.kind === 'device' ? (
                  <Checkbox aria-label={`Select certificate ${row.fingerprint.slice(0, 11)} of ${row.name}`} checked={selected.has(row.key)} onChange={(e) => onToggle([row.key], e.currentTarget.checked)} />
                ) : (
                  <VisuallyHidden>Not selectable</VisuallyHidden>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{KIND_LABELS[row.kind]}</Text>
                {row.type ? (
                  <Text size="xs" c="dimmed">
                    {row.type === 'letsencryt' ? "Let's Encrypt" : row.type}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {row.name}
                </Text>
                {row.subject || row.alternativeNames.length > 0 ? (
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {[row.subject, ...row.alternativeNames].filter(Boolean).join(', ')}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLORS[row.status]} variant="light">
                  {STATUS_LABELS[row.status]}
                </Badge>
                {row.statusDetails ? (
                  <Text size="xs" c="dimmed" mt={2} style={{ overflowWrap: 'anywhere' }}>
                    {row.statusDetails}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                {row.fingerprint ? (
                  <Group gap={2} wrap="nowrap">
                    <Text size="xs" ff="monospace">
                      <span aria-hidden>{abbreviate(row.fingerprint)}</span>
                      <VisuallyHidden>{row.fingerprint}</VisuallyHidden>
                    </Text>
                    <CopyValue value={row.fingerprint} label={`Copy fingerprint of ${row.name}`} />
                  </Group>
                ) : (
                  <Text size="xs">—</Text>
                )}
              </Table.Td>
              <Table.Td>
                <Expiry row={row} now={now} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.firstSeen === null ? '—' : formatDate(row.firstSeen)}</Text>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={ownerPath(row.owner)} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {row.owner.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {ownerLabel(row)}
                  {row.owner.project ? ` · ${row.owner.project}` : row.owner.region ? ` · ${row.owner.region}` : ''}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
