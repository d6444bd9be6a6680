import { ActionIcon, Button, Card, Code, Group, SimpleGrid, Stack, Table, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { IconPlugConnected, IconPlugConnectedX } from '@tabler/icons-react';
import { useState } from 'react';
import type { Lb } from '../../../api/scaleway-lb/types';
import { CopyValue } from '../../../components/CopyValue';
import { formatDateTime, formatInteger } from '../../../lib/format';
import { lbChangeBlocker, SSL_LEVEL_LABELS } from '../lib/lb-labels';
import { DetailRow } from './DetailRows';
import { LbStatusBadge } from './LbStatusBadge';
import { TagBadges } from './TagBadges';
import { AttachIpDialog } from './ips/AttachIpDialog';
import { DetachIpDialog, type DetachTarget } from './ips/DetachIpDialog';

function CountCard({ label, value, tab, onTab }: { label: string; value: number; tab: string; onTab: (tab: string) => void }) {
  return (
    <Card withBorder padding="sm">
      <UnstyledButton onClick={() => onTab(tab)}>
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <Text fz="xl" fw={700}>
          {formatInteger(value)}
        </Text>
      </UnstyledButton>
    </Card>
  );
}

/** Every field of the load balancer, as the API returns it. */
export function LbOverview({ lb, onTab }: { lb: Lb & { region: string }; onTab: (tab: string) => void }) {
  const [attaching, setAttaching] = useState(false);
  const [detaching, setDetaching] = useState<DetachTarget | null>(null);
  // Attaching or detaching reconfigures the load balancer: not while it is busy or locked.
  const blocker = lbChangeBlocker(lb.status);
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <CountCard label="Frontends" value={lb.frontend_count} tab="frontends" onTab={onTab} />
        <CountCard label="Backends" value={lb.backend_count} tab="backends" onTab={onTab} />
        <CountCard label="Routes" value={lb.route_count} tab="routes" onTab={onTab} />
        <CountCard label="Private networks" value={lb.private_network_count} tab="private-networks" onTab={onTab} />
      </SimpleGrid>

      <section aria-labelledby="lb-ips-heading">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4" id="lb-ips-heading">
            Public addresses
          </Title>
          <Tooltip label={blocker} disabled={!blocker}>
            <Button size="xs" variant="light" leftSection={<IconPlugConnected size={14} aria-hidden />} onClick={() => setAttaching(true)} disabled={Boolean(blocker)}>
              Attach flexible IP
            </Button>
          </Tooltip>
        </Group>
        {lb.ip.length === 0 ? (
          <Text size="sm" c="dimmed">
            No flexible IP: this load balancer is reachable only through its private networks.
          </Text>
        ) : (
          <Table aria-label="Public addresses" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Address</Table.Th>
                <Table.Th>Reverse DNS</Table.Th>
                <Table.Th>Tags</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lb.ip.map((ip) => (
                <Table.Tr key={ip.id}>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Code>{ip.ip_address}</Code>
                      <CopyValue value={ip.ip_address} label={`Copy ${ip.ip_address}`} />
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{ip.reverse || '—'}</Table.Td>
                  <Table.Td>
                    <TagBadges tags={ip.tags} />
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label={blocker ?? `Detach from ${lb.name}`}>
                      <ActionIcon variant="subtle" aria-label={`Detach ${ip.ip_address}`} onClick={() => setDetaching({ ip, lbName: lb.name })} disabled={Boolean(blocker)}>
                        <IconPlugConnectedX size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <AttachIpDialog region={lb.region} target={attaching ? { lb } : null} onClose={() => setAttaching(false)} />
        <DetachIpDialog region={lb.region} target={detaching} onClose={() => setDetaching(null)} />
      </section>

      <section aria-labelledby="lb-details-heading">
        <Title order={2} size="h4" mb="xs" id="lb-details-heading">
          Details
        </Title>
        <Table aria-label="Load balancer details" withTableBorder>
          <Table.Tbody>
            <DetailRow label="ID">
              <Group gap={4}>
                <Code>{lb.id}</Code>
                <CopyValue value={lb.id} label="Copy load balancer ID" />
              </Group>
            </DetailRow>
            <DetailRow label="Name">{lb.name}</DetailRow>
            <DetailRow label="Description">{lb.description || '—'}</DetailRow>
            <DetailRow label="Status">
              <LbStatusBadge status={lb.status} />
            </DetailRow>
            <DetailRow label="Type">{lb.type}</DetailRow>
            <DetailRow label="SSL compatibility level">{SSL_LEVEL_LABELS[lb.ssl_compatibility_level]}</DetailRow>
            <DetailRow label="Zone">{lb.zone}</DetailRow>
            <DetailRow label="Tags">
              <TagBadges tags={lb.tags} empty="—" />
            </DetailRow>
            <DetailRow label="Alert subscriber">
              {lb.subscriber ? `${lb.subscriber.name} (${lb.subscriber.email_config?.email ?? lb.subscriber.webhook_config?.uri ?? ''})` : 'None'}
            </DetailRow>
            <DetailRow label="Project ID">
              <Code>{lb.project_id}</Code>
            </DetailRow>
            <DetailRow label="Organization ID">
              <Code>{lb.organization_id}</Code>
            </DetailRow>
            <DetailRow label="Created">{formatDateTime(lb.created_at)}</DetailRow>
            <DetailRow label="Last updated">{formatDateTime(lb.updated_at)}</DetailRow>
          </Table.Tbody>
        </Table>
      </section>

      <section aria-labelledby="lb-instances-heading">
        <Title order={2} size="h4" mb="xs" id="lb-instances-heading">
          Instances
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          The machines behind the load balancer; a standby takes over the public addresses if the active one fails.
        </Text>
        <Table aria-label="Instances" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>ID</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Internal address</Table.Th>
              <Table.Th>Zone</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lb.instances.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>
                  <Code>{i.id}</Code>
                </Table.Td>
                <Table.Td>{i.status}</Table.Td>
                <Table.Td>{i.ip_address || '—'}</Table.Td>
                <Table.Td>{i.zone}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
    </Stack>
  );
}
