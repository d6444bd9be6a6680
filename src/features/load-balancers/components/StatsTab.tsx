import { Button, Code, Group, NativeSelect, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Lb } from '../../../api/scaleway-lb/types';
import { DataTable } from '../../../components/DataTable';
import { ErrorState } from '../../../components/ErrorState';
import { HeadedSection } from '../../../components/HeadedSection';
import { LoadingState } from '../../../components/LoadingState';
import { formatInteger, formatRelative } from '../../../lib/format';
import { lbQueries } from '../../../api/scaleway-lb/queries';
import { CHECK_STATUS_LABELS, SERVER_STATE_LABELS } from '../lib/lb-labels';
import { summarizeServers, type ServerHealth } from '../lib/server-health';
import { StatCard } from '../../../components/StatCard';
import { StatusBadge } from '../../../components/StatusBadge';

const REFRESH_MS = 10_000;
const HEALTH: Record<ServerHealth, { label: string; color: string }> = {
  up: { label: 'Healthy', color: 'teal' },
  degraded: { label: 'Degraded', color: 'orange' },
  down: { label: 'Down', color: 'red' },
  starting: { label: 'Starting', color: 'blue' },
  unknown: { label: 'No data', color: 'gray' },
};

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

      <HeadedSection title="Usage">
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <StatCard label="Type" value={lb.type} note={type?.description} />
          <StatCard label="Frontends" value={formatInteger(lb.frontend_count)} note={`${formatInteger(lb.route_count)} routes`} />
          <StatCard label="Backends" value={formatInteger(lb.backend_count)} note={`${formatInteger(servers.length)} servers`} />
          <StatCard label="Servers healthy" value={`${formatInteger(up)} of ${formatInteger(servers.length)}`} note={failing ? `${failing} failing` : 'None failing'} />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt="xs">
          Traffic figures (connections, bandwidth, HTTP codes) are in Scaleway Cockpit; the Load Balancer API reports server health.
        </Text>
      </HeadedSection>

      {stats.isPending || backends.isPending ? <LoadingState label="Loading server health…" /> : null}
      {stats.isError ? <ErrorState error={stats.error} onRetry={() => void stats.refetch()} retrying={stats.isFetching} title="Could not load the server statistics" /> : null}
      {backends.isError ? <ErrorState error={backends.error} onRetry={() => void backends.refetch()} title="Could not load the backends" /> : null}
      {health.map(({ backend, servers: rows, up: backendUp }) => (
        <section key={backend.id} aria-label={`Health of ${backend.name}`}>
          <Group gap="sm" mb="xs">
            <Title order={3} size="h5">
              {backend.name}
            </Title>
            <StatusBadge label={`${backendUp} of ${rows.length} healthy`} color={backendUp === rows.length && rows.length > 0 ? 'teal' : backendUp === 0 ? 'red' : 'orange'} />
          </Group>
          {rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              No server in this backend.
            </Text>
          ) : (
            <DataTable
              label={`Servers of ${backend.name}`}
              rows={rows}
              rowKey={(server) => server.ip}
              columns={[
                { header: 'Server', cell: (server) => <Code>{server.ip}</Code> },
                { header: 'Health', cell: (server) => <StatusBadge {...HEALTH[server.health]} /> },
                { header: 'State', cell: (server) => SERVER_STATE_LABELS[server.state] },
                { header: 'Last health check', cell: (server) => CHECK_STATUS_LABELS[server.lastCheck] },
                { header: 'Instances seeing it up', cell: (server) => `${server.instancesUp} of ${server.instances}` },
                { header: 'Since', cell: (server) => formatRelative(server.changedAt) },
              ]}
            />
          )}
        </section>
      ))}
    </Stack>
  );
}
