import { Card, Code, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { Hub } from '../../../api/scaleway-iot/types';
import { CopyValue } from '../../../components/CopyValue';
import { formatDateTime, formatInteger } from '../../../lib/format';
import { PLAN_LABELS } from '../lib/hub-labels';
import { HubEndpoint } from './HubEndpoint';
import { HubStatusBadge } from './HubStatusBadge';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w={260}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

const yesNo = (v: boolean) => (v ? 'Yes' : 'No');

/** Every field of the hub, as the API returns it. */
export function HubOverview({ hub }: { hub: Hub }) {
  const connectedShare = hub.device_count > 0 ? Math.round((hub.connected_device_count / hub.device_count) * 100) : 0;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Registered devices
          </Text>
          <Text fz="xl" fw={700}>
            {formatInteger(hub.device_count)}
          </Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Connected devices
          </Text>
          <Text fz="xl" fw={700}>
            {formatInteger(hub.connected_device_count)}
          </Text>
          <Text size="xs" c="dimmed">
            {hub.device_count > 0 ? `${connectedShare}% of registered` : 'No devices registered'}
          </Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Status
          </Text>
          <Group mt={6}>
            <HubStatusBadge status={hub.status} />
            <Text size="sm">{hub.enabled ? 'Enabled' : 'Not enabled'}</Text>
          </Group>
        </Card>
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
        <Table aria-label="Hub details" withTableBorder>
          <Table.Tbody>
            <Field label="ID">
              <Group gap={4}>
                <Code>{hub.id}</Code>
                <CopyValue value={hub.id} label="Copy hub ID" />
              </Group>
            </Field>
            <Field label="Name">{hub.name}</Field>
            <Field label="Status">
              <HubStatusBadge status={hub.status} />
            </Field>
            <Field label="Enabled">{yesNo(hub.enabled)}</Field>
            <Field label="Product plan">{PLAN_LABELS[hub.product_plan]}</Field>
            <Field label="Region">{hub.region}</Field>
            <Field label="Endpoint">{hub.endpoint}</Field>
            <Field label="Devices (connected / registered)">
              {formatInteger(hub.connected_device_count)} / {formatInteger(hub.device_count)}
            </Field>
            <Field label="Events disabled">{yesNo(hub.disable_events)}</Field>
            <Field label="Events topic prefix">
              <Code>{hub.events_topic_prefix}</Code>
            </Field>
            <Field label="Custom certificate authority">{yesNo(hub.has_custom_ca)}</Field>
            <Field label="Device auto-provisioning">{yesNo(hub.enable_device_auto_provisioning)}</Field>
            <Field label="Project ID">
              <Code>{hub.project_id}</Code>
            </Field>
            <Field label="Organization ID">
              <Code>{hub.organization_id}</Code>
            </Field>
            <Field label="Created">{formatDateTime(hub.created_at)}</Field>
            <Field label="Last updated">{formatDateTime(hub.updated_at)}</Field>
            {hub.twins_graphite_config ? <Field label="Twins Graphite push URI">{hub.twins_graphite_config.push_uri}</Field> : null}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}
