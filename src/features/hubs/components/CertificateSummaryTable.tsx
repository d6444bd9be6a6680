import { Badge, Code, Group, Table, Text } from '@mantine/core';
import type { CertificateSummary } from '../../../lib/x509/certificate';
import { CopyValue } from '../../../components/CopyValue';
import { daysUntil, formatDateTime } from '../../../lib/format';

export function validityBadge(notAfter: Date) {
  const days = daysUntil(notAfter) ?? 0;
  if (days < 0) return <Badge color="red">Expired</Badge>;
  if (days <= 30) return <Badge color="orange">Expires in {days} days</Badge>;
  return <Badge color="teal" variant="light">Valid, {days} days left</Badge>;
}

export function CertificateSummaryTable({ summary, label }: { summary: CertificateSummary; label: string }) {
  return (
    <Table withTableBorder aria-label={label}>
      <Table.Tbody>
        <Table.Tr>
          <Table.Th scope="row" w={200}>Subject</Table.Th>
          <Table.Td style={{ overflowWrap: 'anywhere' }}>{summary.subject}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">Issuer</Table.Th>
          <Table.Td style={{ overflowWrap: 'anywhere' }}>
            {summary.issuer} {summary.selfSigned ? <Text span size="xs" c="dimmed">(self-signed)</Text> : null}
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">Validity</Table.Th>
          <Table.Td>
            <Group gap="xs">
              <Text size="sm">
                {formatDateTime(summary.notBefore)} → {formatDateTime(summary.notAfter)}
              </Text>
              {validityBadge(summary.notAfter)}
            </Group>
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">SHA-256 fingerprint</Table.Th>
          <Table.Td>
            <Group gap={4} wrap="nowrap">
              <Code style={{ overflowWrap: 'anywhere' }}>{summary.fingerprintSha256}</Code>
              <CopyValue value={summary.fingerprintSha256} label="Copy fingerprint" />
            </Group>
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">Serial number</Table.Th>
          <Table.Td>
            <Code>{summary.serialNumber}</Code>
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">Signature</Table.Th>
          <Table.Td>{summary.signatureAlgorithm}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
