import { Badge, Button, Card, Code, Group, NativeSelect, SimpleGrid, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Lb } from '../../../api/scaleway-lb/types';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { formatInteger, formatRelative } from '../../../lib/format';
import { lbQueries } from '../../../api/scaleway-lb/queries';
import { CHECK_STATUS_LABELS, SERVER_STATE_LABELS } from '../lib/lb-labels';
import { summarizeServers, type ServerHealth } from '../lib/server-health';

const REFRESH_MS = 10_000;
const HEALTH: Record<ServerHealth, { label: string; color: string }> = {
  up: { label: 'Healthy', color: 'teal' },
  degraded: { label: 'Degraded', color: 'orange' },
  down: { label: 'Down', color: 'red' },
  starting: { label: 'Starting', color: 'blue' },
  unknown: { label: 'No data', color: 'gray' },
};

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
    </Card>
  );
}

/**
 * Backend server health from the stats endpoint, refreshed every 10 s while the tab is open.
 * `backendId` (URL state) asks the API for one backend's servers only (`backend_id`).
 */
export function StatsTab({ lb, backendId, onBackend }: { lb: Lb; backendId: string; onBackend: (backendId: string) => void }) {
  const region = lb.region ?? '';
  const [auto, setAuto] = useState(true);
  const stats = useQuery(lbQueries.backendStats(region, lb.id, auto ? REFRESH_MS : false, backendId));
  const backends = useQuery(lbQueries.backends(region, lb.id));
  const types = useQuery(lbQueries.types(region));
  const shown = (backends.data ?? []).filter((b) => !backendId || b.id === backendId);
  const health = shown.map((b) => summarizeServers(b, stats.data ?? []));
  const servers = health.flatMap((h) => h.servers);
  const up = servers.filter((s) => s.health === 'up').length;
  const failing = servers.filter((s) => s.health === 'down' || s.health === 'degraded').length;
  const type = types.data?.find((t) => t.name === lb.type);

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Group gap="sm" align="flex-end">
          <NativeSelect
            label="Backend"
            data={[{ value: '', label: 'All backends' }, ...(backends.data ?? []).map((b) => ({ value: b.id, label: b.name }))]}
            value={backendId}
            onChange={(e) => onBackend(e.currentTarget.value)}
            w={220}
          />
          <Switch label={`Refresh every ${REFRESH_MS / 1000} s`} checked={auto} onChange={(e) => setAuto(e.currentTarget.checked)} />
          <Button size="xs" variant="default" leftSection={<IconRefresh size={14} aria-hidden />} onClick={() => void stats.refetch()} loading={stats.isFetching}>
            Refresh now
          </Button>
        </Group>
        <Text size="xs" c="dimmed" role="status" aria-live="polite">
          {stats.dataUpdatedAt ? `Updated ${new Date(stats.dataUpdatedAt).toLocaleTimeString()}` : ''}
        </Text>
      </Group>

      <section aria-labelledby="lb-usage-heading">
        <Title order={2} size="h4" mb="xs" id="lb-usage-heading">
          Usage
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Stat label="Type" value={lb.type} hint={type?.description} />
          <Stat label="Frontends" value={formatInteger(lb.frontend_count)} hint={`${formatInteger(lb.route_count)} routes`} />
          <Stat label="Backends" value={formatInteger(lb.backend_count)} hint={`${formatInteger(servers.length)} servers`} />
          <Stat label="Servers healthy" value={`${formatInteger(up)} of ${formatInteger(servers.length)}`} hint={failing ? `${failing} failing` : 'None failing'} />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt="xs">
          Traffic figures (connections, bandwidth, HTTP codes) are in Scaleway Cockpit; the Load Balancer API reports server health.
        </Text>
      </section>

      {stats.isPending || backends.isPending ? <LoadingState label="Loading server health…" /> : null}
      {stats.isError ? <ErrorState error={stats.error} onRetry={() => void stats.refetch()} retrying={stats.isFetching} title="Could not load the server statistics" /> : null}
      {backends.isError ? <ErrorState error={backends.error} onRetry={() => void backends.refetch()} title="Could not load the backends" /> : null}
      {health.map(({ backend, servers: rows, up: backendUp }) => (
        <section key={backend.id} aria-label={`Health of ${backend.name}`}>
          <Group gap="sm" mb="xs">
            <Title order={3} size="h5">
              {backend.name}
            </Title>
            <Badge variant="light" color={backendUp === rows.length && rows.length > 0 ? 'teal' : backendUp === 0 ? 'red' : 'orange'}>
              {backendUp} of {rows.length} healthy
            </Badge>
          </Group>
          {rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              No server in this backend.
            </Text>
          ) : (
            <Table aria-label={`Servers of ${backend.name}`} withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Server</Table.Th>
                  <Table.Th>Health</Table.Th>
                  <Table.Th>State</Table.Th>
                  <Table.Th>Last health check</Table.Th>
                  <Table.Th>Instances seeing it up</Table.Th>
                  <Table.Th>Since</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((s) => (
                  <Table.Tr key={s.ip}>
                    <Table.Td>
                      <Code>{s.ip}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={HEALTH[s.health].color} variant="light">
                        {HEALTH[s.health].label}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{SERVER_STATE_LABELS[s.state]}</Table.Td>
                    <Table.Td>{CHECK_STATUS_LABELS[s.lastCheck]}</Table.Td>
                    <Table.Td>
                      {s.instancesUp} of {s.instances}
                    </Table.Td>
                    <Table.Td>{formatRelative(s.changedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </section>
      ))}
    </Stack>
  );
}
