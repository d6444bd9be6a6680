import { Anchor, Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { lbQueries, type LbListFilters } from '../../../api/scaleway-lb/queries';
import { LB_ORDER_BY, LB_PAGE_SIZE_MAX, LB_STATUSES, type Lb } from '../../../api/scaleway-lb/types';
import { EmptyState } from '../../../components/EmptyState';
import { listRows, ListState, pagedList } from '../../../components/ListState';
import { DataTable } from '../../../components/DataTable';
import { FilterBar, FilterSelect, FilterSuggestions } from '../../../components/FilterBar';
import { PlaceholderText } from '../../../components/PlaceholderText';
import { PageTitle } from '../../../components/PageTitle';
import { SearchInput } from '../../../components/SearchInput';
import { orderByColumn } from '../../../components/SortableTh';
import { formatInteger } from '../../../lib/format';
import { orderLabel } from '../../../lib/order-labels';
import { pageParams } from '../../../lib/paged-list-params';
import { enumParam, textParam, TYPING, useSearchQueryStates } from '../../../lib/url-state';
import { useScalewayRegion } from '../../../lib/use-scaleway-region';
import { LbAreaNav } from '../components/LbAreaNav';
import { LbStatusBadge } from '../components/LbStatusBadge';
import { TagBadges } from '../components/TagBadges';

const STATUS_FILTERS = ['all', ...LB_STATUSES] as const;

/** The list's URL state; module-level so parsing is stable across renders. */
const URL_PARAMS = {
  ...pageParams(LB_PAGE_SIZE_MAX),
  order: enumParam(LB_ORDER_BY, 'created_at_asc'),
  name: textParam,
  tag: textParam,
  organization: textParam,
  status: enumParam(STATUS_FILTERS, 'all'),
};


/** The way to a new load balancer, at the top of the page and in the first-use empty state. */
function CreateLbButton({ region, variant }: { region: string; variant?: 'light' }) {
  return (
    <Button component={Link} to={`/load-balancers/new?region=${region}`} variant={variant} leftSection={variant ? undefined : <IconPlus size={16} aria-hidden />}>
      Create load balancer
    </Button>
  );
}

function LbNameCell({ lb, region }: { lb: Lb; region: string }) {
  return (
    <>
      <Anchor component={Link} to={`/load-balancers/${region}/${lb.id}`} inherit>
        {lb.name}
      </Anchor>
      {lb.description ? (
        <Text size="xs" c="dimmed" fw={400} lineClamp={1}>
          {lb.description}
        </Text>
      ) : null}
    </>
  );
}

/** A load balancer's addresses, one per line. */
function IpAddresses({ lb }: { lb: Lb }) {
  if (lb.ip.length === 0) return <PlaceholderText />;
  return (
    <Stack gap={0}>
      {lb.ip.map((ip) => (
        <Text key={ip.id} size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {ip.ip_address}
        </Text>
      ))}
    </Stack>
  );
}

export function LbListPage() {
  const region = useScalewayRegion();
  const [url, setUrl] = useSearchQueryStates(URL_PARAMS);
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
        actions={<CreateLbButton region={region} />}
      />
      <LbAreaNav region={region} />
      <FilterBar filtered={filtered} onClear={() => void setUrl({ name: null, tag: null, organization: null, status: null, page: 1 })}>
        <SearchInput label="Filter by name" placeholder="e.g. ingress" value={url.name} onChange={(name) => void setUrl({ name, page: 1 }, TYPING)} w={220} />
        <SearchInput label="Filter by tag" placeholder="e.g. production" list="lb-tag-suggestions" value={url.tag} onChange={(tag) => void setUrl({ tag, page: 1 }, TYPING)} w={200} />
        <FilterSuggestions id="lb-tag-suggestions" values={knownTags} />
        <SearchInput label="Filter by organization ID" placeholder="All organizations" value={url.organization} onChange={(organization) => void setUrl({ organization, page: 1 }, TYPING)} w={340} />
        <FilterSelect label="Status" values={STATUS_FILTERS} labelOf={(v) => (v === 'all' ? 'All statuses' : v.replace('_', ' '))} value={url.status} onChange={(status) => void setUrl({ status, page: 1 })} w={160} />
        <FilterSelect label="Order by" values={LB_ORDER_BY} labelOf={(o) => orderLabel(o, { name: 'Name' })} value={url.order} onChange={(order) => void setUrl({ order, page: 1 })} w={180} />
      </FilterBar>

      <ListState
        query={query}
        noun="load balancers"
        isEmpty={(data) => data.lbs.length === 0}
        filtered={filtered}
        empty={
          <EmptyState
            title={`No load balancers in ${region} yet`}
            description="A load balancer spreads device and API traffic over your servers and terminates TLS."
            action={<CreateLbButton region={region} variant="light" />}
          />
        }
        {...pagedList({ page: url.page, pageSize: url.pageSize, total: query.data?.total_count ?? 0, itemLabel: 'load balancers', onPaging: (change) => void setUrl(change) })}
      >
        <DataTable
          label="Load balancers"
          minWidth={980}
          {...listRows(query, (data) => data.lbs)}
          rowKey={(lb) => lb.id}
          columns={[
            { header: 'Name', sort: sortState('name'), kind: 'name', cell: (lb) => <LbNameCell lb={lb} region={region} /> },
            { header: 'Status', width: 170, kind: 'nowrap', cell: (lb) => <LbStatusBadge status={lb.status} /> },
            { header: 'Type', kind: 'nowrap', cell: (lb) => lb.type },
            { header: 'IP addresses', cell: (lb) => <IpAddresses lb={lb} /> },
            { header: 'Frontends', cell: (lb) => formatInteger(lb.frontend_count) },
            { header: 'Backends', cell: (lb) => formatInteger(lb.backend_count) },
            { header: 'Tags', cell: (lb) => <TagBadges tags={lb.tags} onTag={filterByTag} /> },
            { header: 'Zone', kind: 'nowrap', cell: (lb) => lb.zone },
          ]}
        />
      </ListState>
    </>
  );
}
