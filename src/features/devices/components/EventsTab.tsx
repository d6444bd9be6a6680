import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconSend } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';
import { EVENT_SEVERITIES, type DeviceEvent, type EventSeverity } from '../../../api/nexigon/types';
import { EmptyState } from '../../../components/EmptyState';
import { FormModal } from '../../../components/FormModal';
import { DataTable } from '../../../components/DataTable';
import { QueryContent } from '../../../components/QueryContent';
import { PaginationBar } from '../../../components/PaginationBar';
import { formatDateTime, formatInteger } from '../../../lib/format';
import { SearchInput } from '../../../components/SearchInput';
import { intParam, pageParam, textParam, TYPING, useSearchQueryStates } from '../../../lib/url-state';
import { SEVERITY_COLORS } from '../lib/device-labels';
import { eventSummary, searchableJson } from '../lib/json-text';
import { JsonBlock } from './JsonBlock';
import { PublishEventForm } from './PublishEventForm';
import { SeverityBadge } from './StatusBadges';

const LIMITS = [100, 250, 500, 1000];
const URL_PARAMS = {
  evlimit: intParam(100, 1, 1000),
  /** Comma-separated severities; empty means all. */
  sev: textParam,
  cat: textParam,
  evq: textParam,
  evpage: pageParam,
  evsize: intParam(50, 10, 200),
};

function parseSeverities(raw: string): EventSeverity[] {
  return raw.split(',').filter((s): s is EventSeverity => (EVENT_SEVERITIES as readonly string[]).includes(s));
}

const searchText = new WeakMap<DeviceEvent, string>();
function haystack(e: DeviceEvent): string {
  let h = searchText.get(e);
  if (h === undefined) {
    h = [e.eventId, e.category ?? '', e.severity, searchableJson(e.body), searchableJson(e.attributes)].join('\n').toLowerCase();
    searchText.set(e, h);
  }
  return h;
}

function DetailsToggle({ event, open, onToggle }: { event: DeviceEvent; open: boolean; onToggle: () => void }) {
  return (
    <Button
      variant="subtle"
      size="compact-xs"
      px={4}
      onClick={onToggle}
      aria-expanded={open}
      aria-label={`${open ? 'Hide' : 'Show'} details of ${event.severity} event ${eventSummary(event.body).slice(0, 60)}`}
    >
      {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
    </Button>
  );
}

/** An opened event: its body and attributes in full. */
function EventDetails({ event }: { event: DeviceEvent }) {
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <JsonBlock value={event.body} label="Body" />
        <JsonBlock value={event.attributes} label="Attributes" />
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="xs">
        Event {event.eventId} · received {formatDateTime(event.receivedAt)}
      </Text>
    </>
  );
}

/**
 * The API returns the latest events with no server-side filter, so severity,
 * category and text are filtered here, on what was fetched (the limit says
 * how far back that goes).
 */
export function EventsTab({ deviceId }: { deviceId: string }) {
  const [url, setUrl] = useSearchQueryStates(URL_PARAMS);
  const query = useQuery(nexigonDeviceQueries.events(deviceId, url.evlimit));
  const text = url.evq;
  const deferredText = useDeferredValue(text);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [publishing, setPublishing] = useState(false);
  const severities = useMemo(() => parseSeverities(url.sev), [url.sev]);
  const events = query.data;

  const categories = useMemo(() => [...new Set(events?.map((e) => e.category).filter((c): c is string => Boolean(c)))].sort(), [events]);
  const counts = useMemo(() => {
    const out = Object.fromEntries(EVENT_SEVERITIES.map((s) => [s, 0])) as Record<EventSeverity, number>;
    for (const e of events ?? []) out[e.severity] += 1;
    return out;
  }, [events]);
  const filtered = useMemo(() => {
    const words = deferredText.toLowerCase().split(/\s+/).filter(Boolean);
    return (events ?? []).filter(
      (e) => (severities.length === 0 || severities.includes(e.severity)) && (!url.cat || e.category === url.cat) && words.every((w) => haystack(e).includes(w)),
    );
  }, [events, severities, url.cat, deferredText]);

  const pages = Math.max(1, Math.ceil(filtered.length / url.evsize));
  const page = Math.min(url.evpage, pages);
  const shown = filtered.slice((page - 1) * url.evsize, page * url.evsize);
  const isFiltered = severities.length > 0 || Boolean(url.cat) || Boolean(text.trim());
  const toggle = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <Group mb="sm" align="flex-end" wrap="wrap">
        <SearchInput label="Search events" placeholder="Message, code, attribute…" value={text} onChange={(evq) => void setUrl({ evq, evpage: 1 }, TYPING)} w={280} />
        <NativeSelect
          label="Category"
          value={url.cat}
          onChange={(e) => void setUrl({ cat: e.currentTarget.value, evpage: 1 })}
          data={[{ value: '', label: 'All categories' }, ...categories.map((c) => ({ value: c, label: c }))]}
          w={200}
        />
        <NativeSelect
          label="Fetch the latest"
          value={String(url.evlimit)}
          onChange={(e) => void setUrl({ evlimit: Number(e.currentTarget.value), evpage: 1 })}
          data={LIMITS.map((n) => ({ value: String(n), label: `${formatInteger(n)} events` }))}
          w={170}
        />
        {isFiltered ? (
          <Button
            variant="subtle"
            onClick={() => void setUrl({ sev: null, cat: null, evq: null, evpage: null })}
          >
            Clear filters
          </Button>
        ) : null}
        <Button variant="light" ml="auto" leftSection={<IconSend size={16} aria-hidden />} onClick={() => setPublishing(true)}>
          Publish test event
        </Button>
      </Group>
      <FormModal opened={publishing} onClose={() => setPublishing(false)} title="Publish test event">
        <PublishEventForm deviceId={deviceId} onClose={() => setPublishing(false)} />
      </FormModal>
      <Checkbox.Group label="Severity" mb="md" value={severities} onChange={(v) => void setUrl({ sev: EVENT_SEVERITIES.filter((s) => v.includes(s)).join(','), evpage: 1 })}>
        <Group gap="md" mt={6}>
          {EVENT_SEVERITIES.map((s) => (
            <Checkbox key={s} value={s} color={SEVERITY_COLORS[s]} label={`${s} (${formatInteger(counts[s])})`} />
          ))}
        </Group>
      </Checkbox.Group>

      <QueryContent
        query={query}
        what="the events"
        loadingLabel="Loading events…"
        isEmpty={() => filtered.length === 0}
        empty={
          <EmptyState
            title={events?.length === 0 ? 'No events' : 'No events match these filters'}
            description={events?.length === 0 ? 'The device has not published any events yet.' : `None of the ${formatInteger(events?.length)} latest events match. Clear the filters or fetch more events.`}
          />
        }
      >
        {(loaded) => (
          <>
            <Text size="sm" c="dimmed" mb="xs" role="status">
              {isFiltered ? `${formatInteger(filtered.length)} of the ${formatInteger(loaded.length)} latest events match` : `The ${formatInteger(loaded.length)} latest events`}
            </Text>
            <DataTable
              label="Events"
              minWidth={820}
              rows={shown}
              rowKey={(e) => e.eventId}
              rowProps={(e) => ({ style: { boxShadow: `inset 4px 0 0 var(--mantine-color-${SEVERITY_COLORS[e.severity]}-filled)` } })}
              rowDetail={(e) => (expanded.has(e.eventId) ? <EventDetails event={e} /> : null)}
              columns={[
                { header: <VisuallyHidden>Details</VisuallyHidden>, width: 44, cell: (e) => <DetailsToggle event={e} open={expanded.has(e.eventId)} onToggle={() => toggle(e.eventId)} /> },
                { header: 'Emitted', width: 170, cell: (e) => formatDateTime(e.emittedAt) },
                { header: 'Severity', width: 100, cell: (e) => <SeverityBadge severity={e.severity} /> },
                { header: 'Category', width: 120, cell: (e) => e.category ?? '—' },
                { header: 'Message', kind: 'wrap', cell: (e) => eventSummary(e.body) },
              ]}
            />
            <PaginationBar page={page} pageSize={url.evsize} total={filtered.length} onPage={(p) => void setUrl({ evpage: p })} onPageSize={(s) => void setUrl({ evsize: s, evpage: 1 })} pageSizes={[25, 50, 100, 200]} itemLabel="events" />
          </>
        )}
      </QueryContent>
    </>
  );
}
