import { Badge, Code, Group, NativeSelect, Switch, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useQueryStates } from 'nuqs';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';
import { EmptyState } from '../../../components/EmptyState';
import { DataTable } from '../../../components/DataTable';
import { QueryContent } from '../../../components/QueryContent';
import { formatDateTime, formatDuration, formatInteger } from '../../../lib/format';
import { enumParam, intParam } from '../../../lib/url-state';
import { LiveDuration } from './LiveDuration';
import { EndReasonBadge } from './StatusBadges';

const LIMITS = [10, 25, 100, 500, 1000];
const URL_PARAMS = {
  limit: intParam(100, 1, 1000),
  conn: enumParam<'all' | 'active'>(['all', 'active'], 'all'),
};

/** The short form of a cluster node id, with the full one on hover. */
function NodeId({ id }: { id: string }) {
  return (
    <Code title={id} style={{ whiteSpace: 'nowrap' }}>
      {id.replace(/^cluster_node_/, '').slice(0, 8)}…
    </Code>
  );
}

function ActiveBadge() {
  return (
    <Badge color="teal" variant="light">
      Active
    </Badge>
  );
}

export function ConnectionsTab({ deviceId }: { deviceId: string }) {
  const [url, setUrl] = useQueryStates(URL_PARAMS);
  const activeOnly = url.conn === 'active';
  const query = useQuery(nexigonDeviceQueries.connections(deviceId, { limit: url.limit, activeOnly }));

  return (
    <>
      <Group mb="md" align="flex-end">
        <NativeSelect
          label="Show the last"
          data={LIMITS.map((n) => ({ value: String(n), label: `${formatInteger(n)} connections` }))}
          value={String(url.limit)}
          onChange={(e) => void setUrl({ limit: Number(e.currentTarget.value) })}
          w={200}
        />
        <Switch label="Active connections only" checked={activeOnly} onChange={(e) => void setUrl({ conn: e.currentTarget.checked ? 'active' : 'all' })} mb={8} />
      </Group>
      <QueryContent
        query={query}
        what="the connections"
        loadingLabel="Loading the connection history…"
        empty={<EmptyState title={activeOnly ? 'No active connection' : 'No connections yet'} description={activeOnly ? 'The device is offline right now.' : 'The device has not connected to the hub yet.'} />}
      >
        {(connections) => (
          <>
            <Text size="sm" c="dimmed" mb="xs" role="status">
              {formatInteger(connections.length)} connection{connections.length === 1 ? '' : 's'}
              {!activeOnly && connections.length >= url.limit ? ` (the latest ${formatInteger(url.limit)}; raise the limit to see older ones)` : ''}
            </Text>
            <DataTable
              label="Connections"
              minWidth={860}
              rows={connections}
              rowKey={(c) => c.connectionId}
              columns={[
                { header: 'Node', cell: (c) => <NodeId id={c.nodeId} /> },
                { header: 'Started', kind: 'nowrap', cell: (c) => formatDateTime(c.connectedAt) },
                { header: 'Ended', cell: (c) => (c.endedAt ? formatDateTime(c.endedAt) : <ActiveBadge />) },
                {
                  header: 'Duration',
                  cell: (c) => <Text span size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>{c.endedAt ? formatDuration(c.durationSecs * 1000) : <LiveDuration secs={c.durationSecs} receivedAt={query.dataUpdatedAt} />}</Text>,
                },
                { header: 'End reason', cell: (c) => (c.endReason ? <EndReasonBadge reason={c.endReason} /> : <Text span size="sm" c="dimmed">Still connected</Text>) },
              ]}
            />
          </>
        )}
      </QueryContent>
    </>
  );
}
