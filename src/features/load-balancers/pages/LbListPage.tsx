import { Anchor, Button, Group, NativeSelect, Stack, Text, TextInput, } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { LB_ORDER_BY, LB_PAGE_SIZE_MAX, LB_STATUSES, type LbOrderBy, type LbStatus } from '../../../api/scaleway-lb/types';
import { EmptyState } from '../../../components/EmptyState';
import { SkeletonRows } from '../../../components/SkeletonRows';
import { ErrorState } from '../../../components/ErrorState';
import { NativeTable } from '../../../components/NativeTable';
import { PageTitle } from '../../../components/PageTitle';
import { PaginationBar } from '../../../components/PaginationBar';
import { SortableTh } from '../../../components/SortableTh';
import { TableScroll } from '../../../components/TableScroll';
import { formatInteger } from '../../../lib/format';
import { useScalewayRegion } from '../../../lib/use-scaleway-region';
import { enumParam, intParam, stringParam, useUrlState, type ParamSpec } from '../../../lib/use-url-state';
import { lbQueries, type LbListFilters } from '../../../api/scaleway-lb/queries';
import { LbAreaNav } from '../components/LbAreaNav';
import { LbStatusBadge } from '../components/LbStatusBadge';
import { TagBadges } from '../components/TagBadges';

type UrlFilters = Omit<LbListFilters, 'orderBy' | 'status'> & { order: LbOrderBy; status: LbStatus | 'all' };

const URL_SPEC: ParamSpec<UrlFilters> = {
  page: intParam(1),
  pageSize: intParam(20, 1, LB_PAGE_SIZE_MAX),
  order: enumParam(LB_ORDER_BY, 'created_at_asc'),
  name: stringParam(),
  tag: stringParam(),
  status: enumParam(['all', ...LB_STATUSES] as const, 'all'),
};

const ORDER_LABELS: Record<LbOrderBy, string> = {
  created_at_asc: 'Oldest first',
  created_at_desc: 'Newest first',
  name_asc: 'Name A→Z',
  name_desc: 'Name Z→A',
};

type SortColumn = 'name' | 'created_at';

export function LbListPage() {
  const region = useScalewayRegion();
  const [url, setUrl] = useUrlState(URL_SPEC);
  const [nameInput, setNameInput] = useState(url.name);
  const [tagInput, setTagInput] = useState(url.tag);
  const filters: LbListFilters = { page: url.page, pageSize: url.pageSize, orderBy: url.order, name: url.name, tag: url.tag, status: url.status === 'all' ? undefined : url.status };
  const query = useQuery(lbQueries.list(region, filters));
  const commitName = useDebouncedCallback((name: string) => setUrl({ name: name.trim(), page: 1 }, { replace: true }), 300);
  const commitTag = useDebouncedCallback((tag: string) => setUrl({ tag: tag.trim(), page: 1 }, { replace: true }), 300);

  const sortState = (column: SortColumn) => ({
    active: url.order.startsWith(`${column}_`),
    direction: url.order.endsWith('_desc') ? ('desc' as const) : ('asc' as const),
    onSort: () => {
      const active = url.order.startsWith(`${column}_`);
      setUrl({ order: (active && url.order.endsWith('_asc') ? `${column}_desc` : `${column}_asc`) as LbOrderBy, page: 1 });
    },
  });
  const filterByTag = (tag: string) => {
    setTagInput(tag);
    setUrl({ tag, page: 1 });
  };
  const filtered = Boolean(url.name || url.tag || url.status !== 'all');
  const knownTags = [...new Set(query.data?.lbs.flatMap((lb) => lb.tags) ?? [])].sort();

  return (
    <>
      <PageTitle
        title="Load balancers"
        subtitle={`Scaleway load balancers in ${region}.`}
        actions={
          <Button component={Link} to={`/load-balancers/new?region=${region}`} leftSection={<IconPlus size={16} aria-hidden />}>
            Create load balancer
          </Button>
        }
      />
      <LbAreaNav region={region} />
      <Group mb="md" align="flex-end" wrap="wrap">
        <TextInput
          label="Filter by name"
          placeholder="e.g. ingress"
          leftSection={<IconSearch size={14} aria-hidden />}
          value={nameInput}
          onChange={(e) => {
            setNameInput(e.currentTarget.value);
            commitName(e.currentTarget.value);
          }}
          w={220}
        />
        <TextInput
          label="Filter by tag"
          placeholder="e.g. production"
          list="lb-tag-suggestions"
          value={tagInput}
          onChange={(e) => {
            setTagInput(e.currentTarget.value);
            commitTag(e.currentTarget.value);
          }}
          w={200}
        />
        <datalist id="lb-tag-suggestions">
          {knownTags.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <NativeSelect
          label="Status"
          data={(['all', ...LB_STATUSES] as const).map((value) => ({ value, label: value === 'all' ? 'All statuses' : value.replace('_', ' ') }))}
          value={url.status}
          onChange={(e) => setUrl({ status: e.currentTarget.value as LbStatus | 'all', page: 1 })}
          w={160}
        />
        <NativeSelect label="Order by" data={LB_ORDER_BY.map((o) => ({ value: o, label: ORDER_LABELS[o] }))} value={url.order} onChange={(e) => setUrl({ order: e.currentTarget.value as LbOrderBy, page: 1 })} w={180} />
        {filtered ? (
          <Button
            variant="subtle"
            onClick={() => {
              setNameInput('');
              setTagInput('');
              setUrl({ name: '', tag: '', status: 'all', page: 1 });
            }}
          >
            Clear filters
          </Button>
        ) : null}
      </Group>

      {query.isError && !query.data ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} title="Could not load the load balancers" />
      ) : (
        <>
          {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} title="Could not refresh the load balancers" /> : null}
          <TableScroll minWidth={980}>
            <NativeTable aria-label="Load balancers" aria-busy={query.isFetching}>
              <thead>
                <tr>
                  <SortableTh {...sortState('name')}>Name</SortableTh>
                  <th style={{ width: 170 }}>Status</th>
                  <th>Type</th>
                  <th>IP addresses</th>
                  <th>Frontends</th>
                  <th>Backends</th>
                  <th>Tags</th>
                  <th>Zone</th>
                </tr>
              </thead>
              <tbody>
                {query.isPending
                  ? <SkeletonRows rows={5} columns={8} />
                  : query.data?.lbs.map((lb) => (
                      <tr key={lb.id}>
                        <td>
                          <Anchor component={Link} to={`/load-balancers/${region}/${lb.id}`} fw={500} style={{ overflowWrap: 'anywhere' }}>
                            {lb.name}
                          </Anchor>
                          {lb.description ? (
                            <Text size="xs" c="dimmed" lineClamp={1}>
                              {lb.description}
                            </Text>
                          ) : null}
                        </td>
                        <td style={{ whiteSpace: 'nowrap' }}>
                          <LbStatusBadge status={lb.status} />
                        </td>
                        <td style={{ whiteSpace: 'nowrap' }}>{lb.type}</td>
                        <td>
                          <Stack gap={0}>
                            {lb.ip.length === 0 ? (
                              <Text size="sm" c="dimmed">
                                None
                              </Text>
                            ) : (
                              lb.ip.map((ip) => (
                                <Text key={ip.id} size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                                  {ip.ip_address}
                                </Text>
                              ))
                            )}
                          </Stack>
                        </td>
                        <td>{formatInteger(lb.frontend_count)}</td>
                        <td>{formatInteger(lb.backend_count)}</td>
                        <td>
                          <TagBadges tags={lb.tags} onTag={filterByTag} />
                        </td>
                        <td style={{ whiteSpace: 'nowrap' }}>{lb.zone}</td>
                      </tr>
                    ))}
              </tbody>
            </NativeTable>
          </TableScroll>
          {query.isPending ? (
            <Text size="sm" c="dimmed" role="status">
              Loading load balancers…
            </Text>
          ) : null}
          {query.data && query.data.lbs.length === 0 ? (
            filtered ? (
              <EmptyState title="No load balancers match these filters" description="Change or clear the filters to see more." />
            ) : url.page > 1 && query.data.total_count > 0 ? (
              <EmptyState title="This page is empty" action={<Button variant="light" onClick={() => setUrl({ page: 1 })}>Go to the first page</Button>} />
            ) : (
              <EmptyState
                title={`No load balancers in ${region} yet`}
                description="A load balancer spreads device and API traffic over your servers and terminates TLS."
                action={
                  <Button component={Link} to={`/load-balancers/new?region=${region}`} variant="light">
                    Create load balancer
                  </Button>
                }
              />
            )
          ) : null}
          {query.data ? (
            <PaginationBar page={url.page} pageSize={url.pageSize} total={query.data.total_count} onPage={(page) => setUrl({ page })} onPageSize={(pageSize) => setUrl({ pageSize, page: 1 })} itemLabel="load balancers" />
          ) : null}
        </>
      )}
    </>
  );
}
