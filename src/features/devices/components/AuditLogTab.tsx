import { Anchor, Badge, Code, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useQueryStates } from 'nuqs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';
import { ACTOR_KINDS, type AuditLogEvent } from '../../../api/nexigon/types';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { PaginationBar } from '../../../components/PaginationBar';
import { TableScroll } from '../../../components/TableScroll';
import { formatDateTime, formatInteger } from '../../../lib/format';
import { SearchInput } from '../../../components/SearchInput';
import { pageParam, textParam, TYPING } from '../../../lib/url-state';
import { describeActor, humanizeEvent } from '../lib/actor';
import { compactJson, searchableJson } from '../lib/json-text';
import { JsonBlock } from './JsonBlock';

const ACTOR_COLORS: Record<string, string> = {
  User: 'blue',
  UserToken: 'cyan',
  OrganizationApiToken: 'grape',
  Device: 'teal',
  ClusterNode: 'orange',
  System: 'gray',
  Anonymous: 'red',
};
const ACTOR_FILTER_LABELS: Record<string, string> = {
  User: 'Users',
  UserToken: 'User API tokens',
  OrganizationApiToken: 'Organization API tokens',
  Device: 'Devices',
  ClusterNode: 'Cluster nodes',
  System: 'System',
  Anonymous: 'Anonymous',
};

const URL_PARAMS = { actor: textParam, aq: textParam, apage: pageParam };
const PAGE_SIZE = 25;

function Actor({ event, deviceId }: { event: AuditLogEvent; deviceId: string }) {
  const actor = describeActor(event.actor);
  return (
    <Stack gap={2}>
      <Group gap={6}>
        <Badge color={ACTOR_COLORS[actor.kind] ?? 'gray'} variant="light">
          {actor.label}
        </Badge>
        {actor.deviceId === deviceId ? (
          <Text span size="xs" c="dimmed">
            this device
          </Text>
        ) : actor.deviceId ? (
          <Anchor component={Link} to={`/devices/${actor.deviceId}`} size="xs">
            open device
          </Anchor>
        ) : null}
      </Group>
      {actor.ids.map(([label, id]) => (
        <Text key={label} size="xs" c="dimmed">
          {label}: <Code fz="xs">{id}</Code>
        </Text>
      ))}
    </Stack>
  );
}

export function AuditLogTab({ deviceId }: { deviceId: string }) {
  const [url, setUrl] = useQueryStates(URL_PARAMS);
  const query = useQuery(nexigonDeviceQueries.auditLog(deviceId));
  const text = url.aq;
  const [open, setOpen] = useState<string | null>(null);
  const events = query.data;
  const filtered = useMemo(() => {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    return (events ?? []).filter((e) => {
      if (url.actor && e.actor.actor !== url.actor) return false;
      const hay = `${e.event} ${humanizeEvent(e.event)} ${searchableJson(e.data)} ${searchableJson(e.actor)}`.toLowerCase();
      return words.every((w) => hay.includes(w));
    });
  }, [events, url.actor, text]);
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const page = Math.min(url.apage, pages);

  return (
    <>
      <Group mb="md" align="flex-end">
        <SearchInput label="Search the audit log" placeholder="Event, ID, data…" value={text} onChange={(aq) => void setUrl({ aq, apage: 1 }, TYPING)} w={280} />
        <NativeSelect
          label="Actor"
          value={url.actor}
          onChange={(e) => void setUrl({ actor: e.currentTarget.value, apage: 1 })}
          data={[{ value: '', label: 'All actors' }, ...ACTOR_KINDS.map((k) => ({ value: k, label: ACTOR_FILTER_LABELS[k] ?? k }))]}
          w={230}
        />
      </Group>
      {query.isPending ? (
        <LoadingState label="Loading the audit log…" />
      ) : !events ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} title="Could not load the audit log" />
      ) : filtered.length === 0 ? (
        <EmptyState title={events.length === 0 ? 'Nothing recorded yet' : 'No entries match'} />
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="xs" role="status">
            {formatInteger(filtered.length)} of {formatInteger(events.length)} entries, newest first
          </Text>
          <TableScroll minWidth={900}>
            <Table aria-label="Audit log" striped verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={170}>Time</Table.Th>
                  <Table.Th w={300}>Actor</Table.Th>
                  <Table.Th w={240}>Event</Table.Th>
                  <Table.Th>Data</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {filtered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((e) => (
                  <Table.Tr key={e.eventId}>
                    <Table.Td>{formatDateTime(e.createdAt)}</Table.Td>
                    <Table.Td>
                      <Actor event={e} deviceId={deviceId} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {humanizeEvent(e.event)}
                      </Text>
                      <Code fz="xs">{e.event}</Code>
                    </Table.Td>
                    <Table.Td>
                      {open === e.eventId ? (
                        <Stack gap={4}>
                          <JsonBlock value={e.data} label="Event data" />
                          {e.action ? (
                            <Text size="xs" c="dimmed">
                              Action <Code fz="xs">{e.action.actionId}</Code>
                            </Text>
                          ) : null}
                          {e.job ? (
                            <Text size="xs" c="dimmed">
                              Job <Code fz="xs">{e.job.jobId}</Code>
                            </Text>
                          ) : null}
                          <Anchor component="button" type="button" size="xs" onClick={() => setOpen(null)}>
                            Hide data
                          </Anchor>
                        </Stack>
                      ) : (
                        <Stack gap={2}>
                          <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                            {compactJson(e.data, 140)}
                          </Text>
                          <Anchor component="button" type="button" size="xs" w="fit-content" onClick={() => setOpen(e.eventId)} aria-label={`Show data of ${humanizeEvent(e.event)} at ${formatDateTime(e.createdAt)}`}>
                            Show data
                          </Anchor>
                        </Stack>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <PaginationBar page={page} pageSize={PAGE_SIZE} total={filtered.length} onPage={(p) => void setUrl({ apage: p })} onPageSize={() => undefined} pageSizes={[PAGE_SIZE]} itemLabel="entries" />
        </>
      )}
    </>
  );
}
