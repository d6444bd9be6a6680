import { ActionIcon, Anchor, Badge, Button, Checkbox, Group, Skeleton, Tabs, TagsInput, Text, TextInput, Tooltip, VisuallyHidden } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { NAMESPACE_PAGE_SIZE_MAX, type Reservation } from '../../../api/akamai/types';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { NativeTable } from '../../../components/NativeTable';
import { PageTitle } from '../../../components/PageTitle';
import { TableScroll } from '../../../components/TableScroll';
import { formatDateTime } from '../../../lib/format';
import { enumParam, intParam, stringParam, useUrlState, type ParamSpec } from '../../../lib/use-url-state';
import { namespaceQueries } from '../../../api/akamai/queries';
import { OpenPager } from '../components/OpenPager';
import { RemoveNamespaceDialog } from '../components/RemoveNamespaceDialog';
import { ReservationExtras } from '../components/ReservationExtras';
import { ReserveNamespaceDialog } from '../components/ReserveNamespaceDialog';

const TABS = ['mine', 'search'] as const;
type Tab = (typeof TABS)[number];

const boolParam = { parse: (raw: string | null) => raw === 'true', default: false, serialize: (v: boolean) => (v ? 'true' : '') };

const URL_SPEC: ParamSpec<{ tab: Tab; page: number; size: number; hostnames: string; match: string; global: boolean; detail: boolean }> = {
  tab: enumParam(TABS, 'mine'),
  /** One-based here; the API counts pages from zero. */
  page: intParam(1),
  size: intParam(20, 1, NAMESPACE_PAGE_SIZE_MAX),
  hostnames: stringParam(),
  match: stringParam(),
  global: boolParam,
  detail: boolParam,
};

const namespaceHref = (namespace: string) => `/namespaces/${encodeURIComponent(namespace)}`;

function splitHostnames(value: string): string[] {
  return value
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
}

export function NamespaceListPage() {
  const [url, setUrl] = useUrlState(URL_SPEC);
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
      <Tabs value={url.tab} onChange={(v) => setUrl({ tab: (v as Tab | null) ?? 'mine' })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="mine">Your namespaces</Tabs.Tab>
          <Tabs.Tab value="search">Search</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="mine">
          <OwnNamespaces page={url.page} size={url.size} hostnames={url.hostnames} onChange={(patch) => setUrl(patch)} />
        </Tabs.Panel>
        <Tabs.Panel value="search">
          <SearchNamespaces match={url.match} global={url.global} detail={url.detail} onChange={(patch) => setUrl(patch, { replace: 'match' in patch })} />
        </Tabs.Panel>
      </Tabs>
      <ReserveNamespaceDialog opened={reserving} onClose={() => setReserving(false)} onReserved={(namespace) => navigate(namespaceHref(namespace))} />
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

function SkeletonRows({ columns }: { columns: number }) {
  return Array.from({ length: 5 }, (_, i) => (
    <tr key={i}>
      {Array.from({ length: columns }, (__, j) => (
        <td key={j}>
          <Skeleton height={14} />
        </td>
      ))}
    </tr>
  ));
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
      {query.isError && !query.data ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} title="Could not load the namespaces" />
      ) : (
        <>
          <TableScroll minWidth={720}>
            <NativeTable aria-label="Your namespaces" aria-busy={query.isFetching}>
              <thead>
                <tr>
                  <th>Namespace</th>
                  <th>Reserved</th>
                  <th>Reserved by</th>
                  <th>Account</th>
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
          {query.isPending ? (
            <Text size="sm" c="dimmed" role="status">
              Loading namespaces…
            </Text>
          ) : null}
          {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} title="Could not refresh the namespaces" /> : null}
          {query.data && rows.length === 0 ? (
            hostList.length > 0 ? (
              <EmptyState title="No namespaces are used with these hostnames" description="Remove a hostname filter to see more." />
            ) : page > 1 ? (
              <EmptyState title="This page is empty" action={<Button variant="light" onClick={() => onChange({ page: 1 })}>Go to the first page</Button>} />
            ) : (
              <EmptyState title="No namespaces yet" description="Reserve a namespace, then configure it for the jurisdictions your devices connect from." />
            )
          ) : null}
          {query.data ? (
            <OpenPager
              page={page}
              size={size}
              shown={rows.length}
              hasNext={full && (next.data?.length ?? 0) > 0}
              onPage={(p) => onChange({ page: p })}
              onSize={(s) => onChange({ size: s, page: 1 })}
              itemLabel="namespaces"
            />
          ) : null}
        </>
      )}
      {removing ? <RemoveNamespaceDialog namespace={removing} opened onClose={() => setRemoving(null)} onRemoved={() => setRemoving(null)} /> : null}
    </>
  );
}

function SearchNamespaces({ match, global, detail, onChange }: { match: string; global: boolean; detail: boolean; onChange: (patch: { match?: string; global?: boolean; detail?: boolean }) => void }) {
  const [matchInput, setMatchInput] = useState(match);
  const commitMatch = useDebouncedCallback((value: string) => onChange({ match: value.trim() }), 300);
  const query = useQuery(namespaceQueries.search({ global, match, detail }));
  // The answer does not say which results are ours: the account of our own list tells.
  const own = useQuery(namespaceQueries.list({ page: 0, size: 1, hostnames: [] }));
  const ownAccount = own.data?.[0]?.owner?.accountId;
  const rows = query.data ?? [];

  return (
    <>
      <Group mb="md" align="flex-end" wrap="wrap">
        <TextInput
          label="Namespace match"
          description='Exact name, or "*" for any text: acme-*, *-telemetry'
          placeholder="acme-*"
          leftSection={<IconSearch size={14} aria-hidden />}
          value={matchInput}
          onChange={(e) => {
            setMatchInput(e.currentTarget.value);
            commitMatch(e.currentTarget.value);
          }}
          w={320}
        />
        <Checkbox label="Search all accounts" description="Namespaces are reserved globally." checked={global} onChange={(e) => onChange({ global: e.currentTarget.checked })} />
        <Checkbox label="Show connection details" description="For your own namespaces." checked={detail} onChange={(e) => onChange({ detail: e.currentTarget.checked })} />
      </Group>
      {!match ? (
        <Text size="sm" c="dimmed" mb="xs">
          Without a match, the API returns at most 30 namespaces.
        </Text>
      ) : null}
      {query.isError && !query.data ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} title="Could not search the namespaces" />
      ) : (
        <>
          <TableScroll minWidth={760}>
            <NativeTable aria-label="Search results" aria-busy={query.isFetching}>
              <thead>
                <tr>
                  <th>Namespace</th>
                  <th>Reserved</th>
                  <th>Reserved by</th>
                  <th>Account</th>
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
          {query.data ? (
            <Text size="sm" c="dimmed" mt="sm" aria-live="polite">
              {rows.length === 0 ? 'No namespace matches.' : `${rows.length} namespace${rows.length === 1 ? '' : 's'} found.`}
            </Text>
          ) : null}
        </>
      )}
    </>
  );
}
