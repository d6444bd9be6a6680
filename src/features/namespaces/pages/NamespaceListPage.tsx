import { ActionIcon, Anchor, Badge, Button, Checkbox, Group, Tabs, TagsInput, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useQueryStates } from 'nuqs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { NAMESPACE_PAGE_SIZE_MAX, type Reservation } from '../../../api/akamai/types';
import { EmptyState } from '../../../components/EmptyState';
import { ListState } from '../../../components/ListState';
import { NativeTable } from '../../../components/NativeTable';
import { PageTitle } from '../../../components/PageTitle';
import { SearchInput } from '../../../components/SearchInput';
import { SkeletonRows } from '../../../components/SkeletonRows';
import { TableScroll } from '../../../components/TableScroll';
import { formatDateTime } from '../../../lib/format';
import { enumParam, flagParam, intParam, pageParam, textParam, TYPING } from '../../../lib/url-state';
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
  const [url, setUrl] = useQueryStates(URL_PARAMS);
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

/** The columns every reservation table starts with (cells: ReservationCells after the name). */
function ReservationHeaders() {
  return (
    <>
      <th>Namespace</th>
      <th>Reserved</th>
      <th>Reserved by</th>
      <th>Account</th>
    </>
  );
}

function ReservationCells({ reservation }: { reservation: Reservation }) {
  return (
    <>
      <td>{formatDateTime(reservation.reserved)}</td>
      <td>{reservation.owner?.createdBy ?? '—'}</td>
      <td>{reservation.owner?.accountId ?? '—'}</td>
    </>
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
        <TableScroll minWidth={720}>
          <NativeTable aria-label="Your namespaces" aria-busy={query.isFetching}>
            <thead>
              <tr>
                <ReservationHeaders />
                <th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </th>
              </tr>
            </thead>
            <tbody>
              {query.isPending ? (
                <SkeletonRows columns={5} />
              ) : (
                rows.map((r) => (
                  <tr key={r.namespace}>
                    <td>
                      <Anchor component={Link} to={namespaceHref(r.namespace)} fw={500} style={{ overflowWrap: 'anywhere' }}>
                        {r.namespace}
                      </Anchor>
                    </td>
                    <ReservationCells reservation={r} />
                    <td style={{ textAlign: 'right' }}>
                      <Tooltip label="Remove namespace" withArrow>
                        <ActionIcon variant="subtle" color="red" aria-label={`Remove namespace ${r.namespace}`} onClick={() => setRemoving(r.namespace)}>
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </NativeTable>
        </TableScroll>
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
        <TableScroll minWidth={760}>
          <NativeTable aria-label="Search results" aria-busy={query.isFetching}>
            <thead>
              <tr>
                <ReservationHeaders />
                <th>Owner</th>
                {detail ? <th>Connection details</th> : null}
              </tr>
            </thead>
            <tbody>
              {query.isPending ? (
                <SkeletonRows columns={detail ? 6 : 5} />
              ) : (
                rows.map((r) => {
                  const mine = ownAccount !== undefined && r.owner?.accountId === ownAccount;
                  return (
                    <tr key={r.namespace}>
                      <td style={{ overflowWrap: 'anywhere' }}>
                        {mine ? (
                          <Anchor component={Link} to={namespaceHref(r.namespace)} fw={500}>
                            {r.namespace}
                          </Anchor>
                        ) : (
                          r.namespace
                        )}
                      </td>
                      <ReservationCells reservation={r} />
                      <td>{mine ? <Badge variant="light">Your account</Badge> : <Badge variant="light" color="gray">Another account</Badge>}</td>
                      {detail ? (
                        <td>
                          <ReservationExtras reservation={r} />
                        </td>
                      ) : null}
                    </tr>
                  );
                })
              )}
            </tbody>
          </NativeTable>
        </TableScroll>
      </ListState>
    </>
  );
}
