import { Badge, Code, Group, NativeSelect, Switch, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useQueryStates } from 'nuqs';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { TableScroll } from '../../../components/TableScroll';
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

export function ConnectionsTab({ deviceId }: { deviceId: string }) {
  const [url, setUrl] = useQueryStates(URL_PARAMS);
  const activeOnly = url.conn === 'active';
  const query = useQuery(nexigonDeviceQueries.connections(deviceId, { limit: url.limit, activeOnly }));
  const connections = query.data;

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
      {query.isPending ? (
        <LoadingState label="Loading the connection history…" />
      ) : !connections ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} title="Could not load the connections" />
      ) : connections.length === 0 ? (
        <EmptyState title={activeOnly ? 'No active connection' : 'No connections yet'} description={activeOnly ? 'The device is offline right now.' : 'The device has not connected to the hub yet.'} />
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="xs" role="status">
            {formatInteger(connections.length)} connection{connections.length === 1 ? '' : 's'}
            {!activeOnly && connections.length >= url.limit ? ` (the latest ${formatInteger(url.limit)}; raise the limit to see older ones)` : ''}
          </Text>
          <TableScroll minWidth={860}>
            <Table aria-label="Connections" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Node</Table.Th>
                  <Table.Th>Started</Table.Th>
                  <Table.Th>Ended</Table.Th>
                  <Table.Th>Duration</Table.Th>
                  <Table.Th>End reason</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {connections.map((c) => (
                  <Table.Tr key={c.connectionId}>
                    <Table.Td>
                      <NodeId id={c.nodeId} />
                    </Table.Td>
                    <Table.Td>{formatDateTime(c.connectedAt)}</Table.Td>
                    <Table.Td>
                      {c.endedAt ? (
                        formatDateTime(c.endedAt)
                      ) : (
                        <Badge color="teal" variant="light">
                          Active
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {c.endedAt ? formatDuration(c.durationSecs * 1000) : <LiveDuration secs={c.durationSecs} receivedAt={query.dataUpdatedAt} />}
                    </Table.Td>
                    <Table.Td>{c.endReason ? <EndReasonBadge reason={c.endReason} /> : <Text span size="sm" c="dimmed">Still connected</Text>}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </>
      )}
    </>
  );
}
