import { Anchor, Badge, Code, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';
import { ACTOR_KINDS, type AuditLogEvent } from '../../../api/nexigon/types';
import { EmptyState } from '../../../components/EmptyState';
import { DataTable } from '../../../components/DataTable';
import { QueryContent } from '../../../components/QueryContent';
import { PaginationBar } from '../../../components/PaginationBar';
import { formatDateTime, formatInteger } from '../../../lib/format';
import { SearchInput } from '../../../components/SearchInput';
import { pageParam, textParam, TYPING, useSearchQueryStates } from '../../../lib/url-state';
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

function EventName({ event }: { event: AuditLogEvent }) {
  return (
    <>
      <Text size="sm" fw={500}>
        {humanizeEvent(event.event)}
      </Text>
      <Code fz="xs">{event.event}</Code>
    </>
  );
}

/** An entry's data: a one-line summary, or in full (with its action and job) once opened. */
function EventData({ event, open, onOpen }: { event: AuditLogEvent; open: boolean; onOpen: (open: boolean) => void }) {
  return open ? (
    <Stack gap={4}>
      <JsonBlock value={event.data} label="Event data" />
      {event.action ? (
        <Text size="xs" c="dimmed">
          Action <Code fz="xs">{event.action.actionId}</Code>
        </Text>
      ) : null}
      {event.job ? (
        <Text size="xs" c="dimmed">
          Job <Code fz="xs">{event.job.jobId}</Code>
        </Text>
      ) : null}
      <Anchor component="button" type="button" size="xs" onClick={() => onOpen(false)}>
        Hide data
      </Anchor>
    </Stack>
  ) : (
    <Stack gap={2}>
      <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        {compactJson(event.data, 140)}
      </Text>
      <Anchor component="button" type="button" size="xs" w="fit-content" onClick={() => onOpen(true)} aria-label={`Show data of ${humanizeEvent(event.event)} at ${formatDateTime(event.createdAt)}`}>
        Show data
      </Anchor>
    </Stack>
  );
}

export function AuditLogTab({ deviceId }: { deviceId: string }) {
  const [url, setUrl] = useSearchQueryStates(URL_PARAMS);
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
      <QueryContent query={query} what="the audit log" isEmpty={() => filtered.length === 0} empty={<EmptyState title={events?.length === 0 ? 'Nothing recorded yet' : 'No entries match'} />}>
        {(loaded) => (
          <>
            <Text size="sm" c="dimmed" mb="xs" role="status">
              {formatInteger(filtered.length)} of {formatInteger(loaded.length)} entries, newest first
            </Text>
            <DataTable
              label="Audit log"
              minWidth={900}
              rows={filtered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)}
              rowKey={(e) => e.eventId}
              columns={[
                { header: 'Time', width: 170, cell: (e) => formatDateTime(e.createdAt) },
                { header: 'Actor', width: 300, cell: (e) => <Actor event={e} deviceId={deviceId} /> },
                { header: 'Event', width: 240, cell: (e) => <EventName event={e} /> },
                { header: 'Data', cell: (e) => <EventData event={e} open={open === e.eventId} onOpen={(o) => setOpen(o ? e.eventId : null)} /> },
              ]}
            />
            <PaginationBar page={page} pageSize={PAGE_SIZE} total={filtered.length} onPage={(p) => void setUrl({ apage: p })} onPageSize={() => undefined} pageSizes={[PAGE_SIZE]} itemLabel="entries" />
          </>
        )}
      </QueryContent>
    </>
  );
}
