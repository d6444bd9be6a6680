import { Code, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Hub } from '../../../api/scaleway-iot/types';
import { CopyableCode } from '../../../components/CopyableCode';
import { DetailsTable } from '../../../components/DetailsTable';
import { StatCard } from '../../../components/StatCard';
import { formatDateTime, formatInteger } from '../../../lib/format';
import { PLAN_LABELS } from '../lib/hub-labels';
import { HubEndpoint } from './HubEndpoint';
import { HubStatusBadge } from './HubStatusBadge';

const yesNo = (v: boolean) => (v ? 'Yes' : 'No');

/** Every field of the hub, as the API returns it. */
export function HubOverview({ hub }: { hub: Hub }) {
  const connectedShare = hub.device_count > 0 ? Math.round((hub.connected_device_count / hub.device_count) * 100) : 0;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <StatCard label="Registered devices" value={formatInteger(hub.device_count)} />
        <StatCard label="Connected devices" value={formatInteger(hub.connected_device_count)} note={hub.device_count > 0 ? `${connectedShare}% of registered` : 'No devices registered'} />
        <StatCard label="Status">
          <Group mt={6}>
            <HubStatusBadge status={hub.status} />
            <Text size="sm">{hub.enabled ? 'Enabled' : 'Not enabled'}</Text>
          </Group>
        </StatCard>
      </SimpleGrid>
      <div>
        <Title order={2} size="h4" mb="xs">
          Connection
        </Title>
        <HubEndpoint endpoint={hub.endpoint} />
      </div>
      <div>
        <Title order={2} size="h4" mb="xs">
          Details
        </Title>
        <DetailsTable
          label="Hub details"
          items={[
            ['ID', <CopyableCode value={hub.id} label="Copy hub ID" />],
            ['Name', hub.name],
            ['Status', <HubStatusBadge status={hub.status} />],
            ['Enabled', yesNo(hub.enabled)],
            ['Product plan', PLAN_LABELS[hub.product_plan]],
            ['Region', hub.region],
            ['Endpoint', hub.endpoint],
            ['Devices (connected / registered)', `${formatInteger(hub.connected_device_count)} / ${formatInteger(hub.device_count)}`],
            ['Events disabled', yesNo(hub.disable_events)],
            ['Events topic prefix', <Code>{hub.events_topic_prefix}</Code>],
            ['Custom certificate authority', yesNo(hub.has_custom_ca)],
            ['Device auto-provisioning', yesNo(hub.enable_device_auto_provisioning)],
            ['Project ID', <Code>{hub.project_id}</Code>],
            ['Organization ID', <Code>{hub.organization_id}</Code>],
            ['Created', formatDateTime(hub.created_at)],
            ['Last updated', formatDateTime(hub.updated_at)],
            hub.twins_graphite_config ? ['Twins Graphite push URI', hub.twins_graphite_config.push_uri] : false,
          ]}
        />
      </div>
    </Stack>
  );
}
