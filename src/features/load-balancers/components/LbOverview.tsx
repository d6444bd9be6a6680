import { ActionIcon, Button, Card, Code, Group, SimpleGrid, Stack, Table, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { IconPlugConnected, IconPlugConnectedX } from '@tabler/icons-react';
import { useState } from 'react';
import type { Lb } from '../../../api/scaleway-lb/types';
import { CopyableCode } from '../../../components/CopyableCode';
import { DataTable } from '../../../components/DataTable';
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
          <DataTable
            label="Public addresses"
            rows={lb.ip}
            rowKey={(ip) => ip.id}
            columns={[
              { header: 'Address', cell: (ip) => <CopyableCode value={ip.ip_address} /> },
              { header: 'Reverse DNS', kind: 'wrap', cell: (ip) => ip.reverse || '—' },
              { header: 'Tags', cell: (ip) => <TagBadges tags={ip.tags} /> },
              {
                header: 'Actions',
                cell: (ip) => (
                  <Tooltip label={blocker ?? `Detach from ${lb.name}`}>
                    <ActionIcon variant="subtle" aria-label={`Detach ${ip.ip_address}`} onClick={() => setDetaching({ ip, lbName: lb.name })} disabled={Boolean(blocker)}>
                      <IconPlugConnectedX size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                ),
              },
            ]}
          />
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
              <CopyableCode value={lb.id} label="Copy load balancer ID" />
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
        <DataTable
          label="Instances"
          rows={lb.instances}
          rowKey={(i) => i.id}
          columns={[
            { header: 'ID', cell: (i) => <Code>{i.id}</Code> },
            { header: 'Status', cell: (i) => i.status },
            { header: 'Internal address', cell: (i) => i.ip_address || '—' },
            { header: 'Zone', cell: (i) => i.zone },
          ]}
        />
      </section>
    </Stack>
  );
}
