import { Anchor, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useQueryStates } from 'nuqs';
import { Link } from 'react-router';
import { lbQueries, type LbListFilters } from '../../../api/scaleway-lb/queries';
import { LB_ORDER_BY, LB_PAGE_SIZE_MAX, LB_STATUSES, type LbOrderBy, type LbStatus } from '../../../api/scaleway-lb/types';
import { EmptyState } from '../../../components/EmptyState';
import { ListState, pagedList } from '../../../components/ListState';
import { NativeTable } from '../../../components/NativeTable';
import { PageTitle } from '../../../components/PageTitle';
import { SearchInput } from '../../../components/SearchInput';
import { SkeletonRows } from '../../../components/SkeletonRows';
import { orderByColumn, SortableTh } from '../../../components/SortableTh';
import { TableScroll } from '../../../components/TableScroll';
import { formatInteger } from '../../../lib/format';
import { enumParam, intParam, pageParam, textParam, TYPING } from '../../../lib/url-state';
import { useScalewayRegion } from '../../../lib/use-scaleway-region';
import { LbAreaNav } from '../components/LbAreaNav';
import { LbStatusBadge } from '../components/LbStatusBadge';
import { TagBadges } from '../components/TagBadges';

/** The list's URL state; module-level so parsing is stable across renders. */
const URL_PARAMS = {
  page: pageParam,
  pageSize: intParam(20, 1, LB_PAGE_SIZE_MAX),
  order: enumParam(LB_ORDER_BY, 'created_at_asc'),
  name: textParam,
  tag: textParam,
  organization: textParam,
  status: enumParam(['all', ...LB_STATUSES] as const, 'all'),
};

const ORDER_LABELS: Record<LbOrderBy, string> = {
  created_at_asc: 'Oldest first',
  created_at_desc: 'Newest first',
  name_asc: 'Name A→Z',
  name_desc: 'Name Z→A',
};

export function LbListPage() {
  const region = useScalewayRegion();
  const [url, setUrl] = useQueryStates(URL_PARAMS);
  const filters: LbListFilters = { page: url.page, pageSize: url.pageSize, orderBy: url.order, name: url.name.trim(), tag: url.tag.trim(), organizationId: url.organization.trim(), status: url.status === 'all' ? undefined : url.status };
  const query = useQuery(lbQueries.list(region, filters));

  const sortState = (column: 'name') => orderByColumn(url.order, column, (order) => void setUrl({ order, page: 1 }));
  const filterByTag = (tag: string) => void setUrl({ tag, page: 1 });
  const filtered = Boolean(filters.name || filters.tag || filters.organizationId || filters.status);
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
        <SearchInput label="Filter by name" placeholder="e.g. ingress" value={url.name} onChange={(name) => void setUrl({ name, page: 1 }, TYPING)} w={220} />
        <SearchInput label="Filter by tag" placeholder="e.g. production" list="lb-tag-suggestions" value={url.tag} onChange={(tag) => void setUrl({ tag, page: 1 }, TYPING)} w={200} />
        <datalist id="lb-tag-suggestions">
          {knownTags.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <SearchInput label="Filter by organization ID" placeholder="All organizations" value={url.organization} onChange={(organization) => void setUrl({ organization, page: 1 }, TYPING)} w={340} />
        <NativeSelect
          label="Status"
          data={(['all', ...LB_STATUSES] as const).map((value) => ({ value, label: value === 'all' ? 'All statuses' : value.replace('_', ' ') }))}
          value={url.status}
          onChange={(e) => void setUrl({ status: e.currentTarget.value as LbStatus | 'all', page: 1 })}
          w={160}
        />
        <NativeSelect label="Order by" data={LB_ORDER_BY.map((o) => ({ value: o, label: ORDER_LABELS[o] }))} value={url.order} onChange={(e) => void setUrl({ order: e.currentTarget.value as LbOrderBy, page: 1 })} w={180} />
        {filtered ? (
          <Button variant="subtle" onClick={() => void setUrl({ name: null, tag: null, organization: null, status: null, page: 1 })}>
            Clear filters
          </Button>
        ) : null}
      </Group>

      <ListState
        query={query}
        noun="load balancers"
        isEmpty={(data) => data.lbs.length === 0}
        filtered={filtered}
        empty={
          <EmptyState
            title={`No load balancers in ${region} yet`}
            description="A load balancer spreads device and API traffic over your servers and terminates TLS."
            action={
              <Button component={Link} to={`/load-balancers/new?region=${region}`} variant="light">
                Create load balancer
              </Button>
            }
          />
        }
        {...pagedList({ page: url.page, pageSize: url.pageSize, total: query.data?.total_count ?? 0, itemLabel: 'load balancers', onPaging: (change) => void setUrl(change) })}
      >
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
      </ListState>
    </>
  );
}
