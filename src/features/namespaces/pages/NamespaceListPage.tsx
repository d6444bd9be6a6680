import { ActionIcon, Anchor, Badge, Button, Checkbox, Group, Tabs, TagsInput, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { NAMESPACE_PAGE_SIZE_MAX, type Reservation } from '../../../api/akamai/types';
import { EmptyState } from '../../../components/EmptyState';
import { listRows, ListState, type ListQuery } from '../../../components/ListState';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { PageTitle } from '../../../components/PageTitle';
import { SearchInput } from '../../../components/SearchInput';
import { formatDateTime } from '../../../lib/format';
import { enumParam, flagParam, intParam, pageParam, textParam, TYPING, useSearchQueryStates } from '../../../lib/url-state';
import { namespaceQueries } from '../../../api/akamai/queries';
import { OpenPager } from '../components/OpenPager';
import { RemoveNamespaceDialog } from '../components/RemoveNamespaceDialog';
import { ReservationExtras } from '../components/ReservationExtras';
import { ReserveNamespaceDialog } from '../components/ReserveNamespaceDialog';

const TABS = ['mine', 'search'] as const;
type Tab = (typeof TABS)[number];

const URL_PARAMS = {
  tab: enumParam(TABS, 'mine'),
  /** One-based here; the API counts pages from zero. */
  page: pageParam,
  size: intParam(20, 1, NAMESPACE_PAGE_SIZE_MAX),
  hostnames: textParam,
  match: textParam,
  global: flagParam,
  detail: flagParam,
};

const namespaceHref = (namespace: string) => `/namespaces/${encodeURIComponent(namespace)}`;

function splitHostnames(value: string): string[] {
  return value
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
}

export function NamespaceListPage() {
  const [url, setUrl] = useSearchQueryStates(URL_PARAMS);
  const navigate = useNavigate();
  const [reserving, setReserving] = useState(false);
  return (
    <>
      <PageTitle
        title="Namespaces"
        subtitle="Akamai IoT Edge Connect namespaces: the root of every topic, configured per jurisdiction."
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setReserving(true)}>
            Reserve namespace
          </Button>
        }
      />
      <Tabs value={url.tab} onChange={(v) => void setUrl({ tab: (v as Tab | null) ?? 'mine' })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="mine">Your namespaces</Tabs.Tab>
          <Tabs.Tab value="search">Search</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="mine">
          <OwnNamespaces page={url.page} size={url.size} hostnames={url.hostnames} onChange={(patch) => void setUrl(patch)} />
        </Tabs.Panel>
        <Tabs.Panel value="search">
          {/* The match box is typed into: the URL follows when typing pauses, and Back restores the previous text. */}
          <SearchNamespaces match={url.match} global={url.global} detail={url.detail} onChange={(patch) => void setUrl(patch, 'match' in patch ? TYPING : undefined)} />
        </Tabs.Panel>
      </Tabs>
      <ReserveNamespaceDialog opened={reserving} onClose={() => setReserving(false)} onReserved={(namespace) => navigate(namespaceHref(namespace))} />
    </>
  );
}

interface ReservationTableProps {
  label: string;
  minWidth: number;
  query: ListQuery<Reservation[]>;
  /** The name cell: a link where the namespace is ours. */
  name: (r: Reservation) => ReactNode;
  /** The columns after the ones every reservation table has. */
  more: (DataColumn<Reservation> | false)[];
}

/** A table of reservations: name, reserved, reserved by, account, then the table's own columns. */
function ReservationTable({ label, minWidth, query, name, more }: ReservationTableProps) {
  const columns: (DataColumn<Reservation> | false)[] = [
    { header: 'Namespace', kind: 'name', cell: name },
    { header: 'Reserved', cell: (r) => formatDateTime(r.reserved) },
    { header: 'Reserved by', cell: (r) => r.owner?.createdBy ?? '—' },
    { header: 'Account', cell: (r) => r.owner?.accountId ?? '—' },
    ...more,
  ];
  return <DataTable label={label} minWidth={minWidth} {...listRows(query, (data) => data)} rowKey={(r) => r.namespace} columns={columns} />;
}

function NamespaceLink({ namespace }: { namespace: string }) {
  return (
    <Anchor component={Link} to={namespaceHref(namespace)} inherit>
      {namespace}
    </Anchor>
  );
}

function OwnNamespaces({ page, size, hostnames, onChange }: { page: number; size: number; hostnames: string; onChange: (patch: { page?: number; size?: number; hostnames?: string }) => void }) {
  const hostList = splitHostnames(hostnames);
  const params = { page: page - 1, size, hostnames: hostList };
  const query = useQuery(namespaceQueries.list(params));
  const full = query.data?.length === size;
  // No total in the answer: "next" exists when the next page holds something.
  const next = useQuery({ ...namespaceQueries.list({ ...params, page }), enabled: full && !query.isPlaceholderData });
  const [removing, setRemoving] = useState<string | null>(null);
  const rows = query.data ?? [];

  return (
    <>
      <Group mb="md" align="flex-end">
        <TagsInput
          label="Filter by hostnames"
          description="Property hostnames the namespaces are used with; press Enter or comma after each."
          placeholder={hostList.length ? undefined : 'e.g. telemetry.example.com'}
          value={hostList}
          onChange={(values) => onChange({ hostnames: values.join(','), page: 1 })}
          splitChars={[',', ' ']}
          clearable
          clearButtonProps={{ 'aria-label': 'Clear the hostnames' }}
          w={420}
        />
      </Group>
      <ListState
        query={query}
        noun="namespaces"
        isEmpty={(data) => data.length === 0}
        filtered={hostList.length > 0}
        pageBeyondEnd={page > 1}
        onFirstPage={() => onChange({ page: 1 })}
        empty={<EmptyState title="No namespaces yet" description="Reserve a namespace, then configure it for the jurisdictions your devices connect from." />}
        footer={
          <OpenPager
            page={page}
            size={size}
            shown={rows.length}
            hasNext={full && (next.data?.length ?? 0) > 0}
            onPage={(p) => onChange({ page: p })}
            onSize={(s) => onChange({ size: s, page: 1 })}
            itemLabel="namespaces"
          />
        }
      >
        <ReservationTable
          label="Your namespaces"
          minWidth={720}
          query={query}
          name={(r) => <NamespaceLink namespace={r.namespace} />}
          more={[
            {
              header: <VisuallyHidden>Actions</VisuallyHidden>,
              cell: (r) => (
                <Group justify="flex-end">
                  <Tooltip label="Remove namespace" withArrow>
                    <ActionIcon variant="subtle" color="red" aria-label={`Remove namespace ${r.namespace}`} onClick={() => setRemoving(r.namespace)}>
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              ),
            },
          ]}
        />
      </ListState>
      {removing ? <RemoveNamespaceDialog namespace={removing} opened onClose={() => setRemoving(null)} onRemoved={() => setRemoving(null)} /> : null}
    </>
  );
}

function SearchNamespaces({ match, global, detail, onChange }: { match: string; global: boolean; detail: boolean; onChange: (patch: { match?: string; global?: boolean; detail?: boolean }) => void }) {
  const query = useQuery(namespaceQueries.search({ global, match: match.trim(), detail }));
  // The answer does not say which results are ours: the account of our own list tells.
  const own = useQuery(namespaceQueries.list({ page: 0, size: 1, hostnames: [] }));
  const ownAccount = own.data?.[0]?.owner?.accountId;
  const isMine = (r: Reservation) => ownAccount !== undefined && r.owner?.accountId === ownAccount;
  const rows = query.data ?? [];

  return (
    <>
      <Group mb="md" align="flex-end" wrap="wrap">
        <SearchInput label="Namespace match" description='Exact name, or "*" for any text: acme-*, *-telemetry' placeholder="acme-*" value={match} onChange={(value) => onChange({ match: value })} w={320} />
        <Checkbox label="Search all accounts" description="Namespaces are reserved globally." checked={global} onChange={(e) => onChange({ global: e.currentTarget.checked })} />
        <Checkbox label="Show connection details" description="For your own namespaces." checked={detail} onChange={(e) => onChange({ detail: e.currentTarget.checked })} />
      </Group>
      {!match ? (
        <Text size="sm" c="dimmed" mb="xs">
          Without a match, the API returns at most 30 namespaces.
        </Text>
      ) : null}
      <ListState
        query={query}
        noun="namespaces"
        isEmpty={(data) => data.length === 0}
        empty={<EmptyState title="No namespace matches." description="Change the match, or search all accounts." />}
        footer={
          rows.length > 0 ? (
            <Text size="sm" c="dimmed" mt="sm" aria-live="polite">
              {`${rows.length} namespace${rows.length === 1 ? '' : 's'} found.`}
            </Text>
          ) : null
        }
      >
        <ReservationTable
          label="Search results"
          minWidth={760}
          query={query}
          name={(r) => (isMine(r) ? <NamespaceLink namespace={r.namespace} /> : r.namespace)}
          more={[
            { header: 'Owner', cell: (r) => (isMine(r) ? <Badge variant="light">Your account</Badge> : <Badge variant="light" color="gray">Another account</Badge>) },
            detail && { header: 'Connection details', cell: (r) => <ReservationExtras reservation={r} /> },
          ]}
        />
      </ListState>
    </>
  );
}
