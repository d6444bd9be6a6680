import { ActionIcon, Button, Code, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlugConnected, IconPlugConnectedX } from '@tabler/icons-react';
import { useState } from 'react';
import type { Lb } from '../../../api/scaleway-lb/types';
import { CopyableCode } from '../../../components/CopyableCode';
import { DataTable } from '../../../components/DataTable';
import { DetailsTable } from '../../../components/DetailsTable';
import { HeadedSection } from '../../../components/HeadedSection';
import { formatDateTime, formatInteger } from '../../../lib/format';
import { lbChangeBlocker, SSL_LEVEL_LABELS } from '../lib/lb-labels';
import { StatCard } from '../../../components/StatCard';
import { LbStatusBadge } from './LbStatusBadge';
import { TagBadges } from './TagBadges';
import { AttachIpDialog } from './ips/AttachIpDialog';
import { DetachIpDialog, type DetachTarget } from './ips/DetachIpDialog';

/** The children the overview counts, each a card that opens its tab. */
const COUNTS = [
  { label: 'Frontends', count: 'frontend_count', tab: 'frontends' },
  { label: 'Backends', count: 'backend_count', tab: 'backends' },
  { label: 'Routes', count: 'route_count', tab: 'routes' },
  { label: 'Private networks', count: 'private_network_count', tab: 'private-networks' },
] as const;

/** Every field of the load balancer, as the API returns it. */
export function LbOverview({ lb, onTab }: { lb: Lb & { region: string }; onTab: (tab: string) => void }) {
  const [attaching, setAttaching] = useState(false);
  const [detaching, setDetaching] = useState<DetachTarget | null>(null);
  // Attaching or detaching reconfigures the load balancer: not while it is busy or locked.
  const blocker = lbChangeBlocker(lb.status);
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {COUNTS.map(({ label, count, tab }) => (
          <StatCard key={tab} label={label} value={formatInteger(lb[count])} onClick={() => onTab(tab)} />
        ))}
      </SimpleGrid>

      <HeadedSection
        title="Public addresses"
        action={
          <Tooltip label={blocker} disabled={!blocker}>
            <Button size="xs" variant="light" leftSection={<IconPlugConnected size={14} aria-hidden />} onClick={() => setAttaching(true)} disabled={Boolean(blocker)}>
              Attach flexible IP
            </Button>
          </Tooltip>
        }
      >
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
      </HeadedSection>

      <HeadedSection title="Details">
        <DetailsTable
          label="Load balancer details"
          items={[
            ['ID', <CopyableCode value={lb.id} label="Copy load balancer ID" />],
            ['Name', lb.name],
            ['Description', lb.description || '—'],
            ['Status', <LbStatusBadge status={lb.status} />],
            ['Type', lb.type],
            ['SSL compatibility level', SSL_LEVEL_LABELS[lb.ssl_compatibility_level]],
            ['Zone', lb.zone],
            ['Tags', <TagBadges tags={lb.tags} empty="—" />],
            ['Alert subscriber', lb.subscriber ? `${lb.subscriber.name} (${lb.subscriber.email_config?.email ?? lb.subscriber.webhook_config?.uri ?? ''})` : 'None'],
            ['Project ID', <Code>{lb.project_id}</Code>],
            ['Organization ID', <Code>{lb.organization_id}</Code>],
            ['Created', formatDateTime(lb.created_at)],
            ['Last updated', formatDateTime(lb.updated_at)],
          ]}
        />
      </HeadedSection>

      <HeadedSection title="Instances">
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
      </HeadedSection>
    </Stack>
  );
}
