import { Alert, Card, Code, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';
import { CERTIFICATE_STATUSES, type DeviceDetails } from '../../../api/nexigon/types';
import { CopyableCode } from '../../../components/CopyableCode';
import { DetailsTable } from '../../../components/DetailsTable';
import { deviceTopics } from '../../../lib/device-topics';
import { formatDateTime, formatInteger } from '../../../lib/format';
import { CERTIFICATE_STATUS_MEANINGS } from '../lib/device-labels';
import { LiveDuration } from './LiveDuration';
import { CertificateStatusBadge, OnlineBadge } from './StatusBadges';
import { TimeText } from './TimeText';

/** The device at a glance: identity, live connection, and its certificates' health. */
export function DeviceOverview({ device, receivedAt, projectName }: { device: DeviceDetails; receivedAt: number; projectName: string | undefined }) {
  const current = device.connections[0];
  // Offline devices: when was it last here? The history's latest entry says.
  const lastSession = useQuery({ ...nexigonDeviceQueries.connections(device.deviceId, { limit: 1, activeOnly: false }), enabled: !device.isConnected });
  const last = lastSession.data?.[0];
  const counts = CERTIFICATE_STATUSES.map((status) => [status, device.certificates.filter((c) => c.status === status).length] as const);
  const conflicts = device.certificates.filter((c) => c.status === 'Conflict').length;
  const active = device.certificates.filter((c) => c.status === 'Active').length;

  return (
    <Stack gap="lg">
      {conflicts > 0 ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={`${conflicts} certificate${conflicts > 1 ? 's' : ''} in conflict`}>
          {CERTIFICATE_STATUS_MEANINGS.Conflict} See the Certificates tab.
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Online state
          </Text>
          <Group mt={6} gap="xs">
            <OnlineBadge connected={device.isConnected} />
          </Group>
          <Text size="sm" mt={6}>
            {device.isConnected ? (
              <>
                Connected for <LiveDuration secs={current?.connectedForSecs} receivedAt={receivedAt} />
              </>
            ) : last ? (
              <>
                Last connected <TimeText value={last.endedAt ?? last.connectedAt} />
              </>
            ) : lastSession.isPending ? (
              'Looking up the last connection…'
            ) : (
              'Never connected'
            )}
          </Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Certificates
          </Text>
          <Text fz="xl" fw={700}>
            {formatInteger(active)} active
          </Text>
          <Text size="xs" c="dimmed">
            {formatInteger(device.certificates.length)} in total
          </Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Certificate statuses
          </Text>
          <Group gap={6} mt={6}>
            {counts
              .filter(([, n]) => n > 0)
              .map(([status, n]) => (
                <Group key={status} gap={4} wrap="nowrap">
                  <CertificateStatusBadge status={status} />
                  <Text size="sm">{formatInteger(n)}</Text>
                </Group>
              ))}
            {device.certificates.length === 0 ? <Text size="sm">None</Text> : null}
          </Group>
        </Card>
      </SimpleGrid>
      <div>
        <Title order={2} size="h4" mb="xs">
          Details
        </Title>
        <DetailsTable
          label="Device details"
          items={[
            ['Name', device.name ?? <Text span c="dimmed">No name</Text>],
            ['Device ID', <CopyableCode value={device.deviceId} label="Copy device ID" />],
            [
              'Fingerprint',
              <>
                <CopyableCode value={device.fingerprintId} label="Copy fingerprint ID" />
                <Text size="xs" c="dimmed" mt={4}>
                  The public part of the device&apos;s secret fingerprint.
                </Text>
              </>,
            ],
            [
              'Project',
              <>
                {projectName ? `${projectName} · ` : ''}
                <Code>{device.projectId}</Code>
              </>,
            ],
            ['Online state', <OnlineBadge connected={device.isConnected} />],
            ['Connection duration', device.isConnected ? <LiveDuration secs={current?.connectedForSecs} receivedAt={receivedAt} /> : '—'],
            current ? ['Connected since', formatDateTime(current.connectedAt)] : false,
            current ? ['Cluster node', <Code>{current.nodeId}</Code>] : false,
            current ? ['Connection ID', <Code>{current.connectionId}</Code>] : false,
            ['MQTT topics', <CopyableCode value={deviceTopics.watchFilter(device.deviceId)} label="Copy MQTT topic filter" />],
          ]}
        />
      </div>
    </Stack>
  );
}
