import { Code, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Hub } from '../../../api/scaleway-iot/types';
import { CopyableCode } from '../../../components/CopyValue';
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
          fields={[
            { label: 'ID', value: <CopyableCode value={hub.id} label="Copy hub ID" /> },
            { label: 'Name', value: hub.name },
            { label: 'Status', value: <HubStatusBadge status={hub.status} /> },
            { label: 'Enabled', value: yesNo(hub.enabled) },
            { label: 'Product plan', value: PLAN_LABELS[hub.product_plan] },
            { label: 'Region', value: hub.region },
            { label: 'Endpoint', value: hub.endpoint },
            { label: 'Devices (connected / registered)', value: `${formatInteger(hub.connected_device_count)} / ${formatInteger(hub.device_count)}` },
            { label: 'Events disabled', value: yesNo(hub.disable_events) },
            { label: 'Events topic prefix', value: <Code>{hub.events_topic_prefix}</Code> },
            { label: 'Custom certificate authority', value: yesNo(hub.has_custom_ca) },
            { label: 'Device auto-provisioning', value: yesNo(hub.enable_device_auto_provisioning) },
            { label: 'Project ID', value: <Code>{hub.project_id}</Code> },
            { label: 'Organization ID', value: <Code>{hub.organization_id}</Code> },
            { label: 'Created', value: formatDateTime(hub.created_at) },
            { label: 'Last updated', value: formatDateTime(hub.updated_at) },
            hub.twins_graphite_config ? { label: 'Twins Graphite push URI', value: hub.twins_graphite_config.push_uri } : false,
          ]}
        />
      </div>
    </Stack>
  );
}
