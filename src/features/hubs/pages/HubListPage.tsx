import { Anchor, Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { hubQueries, type HubListFilters } from '../../../api/scaleway-iot/queries';
import { HUB_ORDER_BY, HUB_PAGE_SIZE_MAX, HUB_STATUS_GROUPS, type Hub } from '../../../api/scaleway-iot/types';
import { EmptyState } from '../../../components/EmptyState';
import { listRows, ListState, pagedList } from '../../../components/ListState';
import { DataTable } from '../../../components/DataTable';
import { FilterBar, FilterSelect, FilterSuggestions } from '../../../components/FilterBar';
import { PageTitle } from '../../../components/PageTitle';
import { SearchInput } from '../../../components/SearchInput';
import { orderByColumn } from '../../../components/SortableTh';
import { formatDateTime, formatInteger } from '../../../lib/format';
import { orderLabel } from '../../../lib/order-labels';
import { pageParams } from '../../../lib/paged-list-params';
import { enumParam, textParam, TYPING, useSearchQueryStates } from '../../../lib/url-state';
import { useProfile } from '../../../lib/use-profiles';
import { useScalewayRegion } from '../../../lib/use-scaleway-region';
import { HubStatusBadge } from '../components/HubStatusBadge';
import { PLAN_LABELS } from '../lib/hub-labels';

const STATUS_FILTERS = ['all', ...HUB_STATUS_GROUPS] as const;

/** The list's URL state; module-level so parsing is stable across renders. */
const URL_PARAMS = {
  ...pageParams(HUB_PAGE_SIZE_MAX),
  order: enumParam(HUB_ORDER_BY, 'created_at_asc'),
  name: textParam,
  project: textParam,
  organization: textParam,
  status: enumParam(STATUS_FILTERS, 'all'),
};
const STATUS_LABELS: Record<(typeof STATUS_FILTERS)[number], string> = {
  all: 'All statuses',
  ready: 'Ready',
  error: 'Error',
  changing: 'Enabling or disabling',
  disabled: 'Disabled',
  unknown: 'Unknown',
};
/** The columns the hubs can be ordered by, as the Order by select names them. */
const ORDER_COLUMNS = { name: 'Name', status: 'Status', product_plan: 'Plan' };

/** The way to a new hub, at the top of the page and in the first-use empty state. */
function CreateHubButton({ region, variant }: { region: string; variant?: 'light' }) {
  return (
    <Button component={Link} to={`/hubs/new?region=${region}`} variant={variant} leftSection={variant ? undefined : <IconPlus size={16} aria-hidden />}>
      Create hub
    </Button>
  );
}

function HubLink({ hub }: { hub: Hub }) {
  return (
    <Anchor component={Link} to={`/hubs/${hub.region}/${hub.id}`} inherit>
      {hub.name}
    </Anchor>
  );
}

type SortColumn = 'name' | 'status' | 'product_plan' | 'created_at';

export function HubListPage() {
  const region = useScalewayRegion();
  const profile = useProfile('scaleway');
  const [url, setUrl] = useSearchQueryStates(URL_PARAMS);
  const filters: HubListFilters = { page: url.page, pageSize: url.pageSize, orderBy: url.order, name: url.name.trim(), projectId: url.project.trim(), organizationId: url.organization.trim(), status: url.status === 'all' ? undefined : url.status };
  const query = useQuery(hubQueries.list(region, filters));

  const sortState = (column: SortColumn) => orderByColumn(url.order, column, (order) => void setUrl({ order, page: 1 }));
  const filtered = Boolean(filters.name || filters.projectId || filters.organizationId || url.status !== 'all');
  const clearFilters = () => void setUrl({ name: null, project: null, organization: null, status: null, page: 1 });
  const projectSuggestions = [...new Set([profile.projectId, ...(query.data?.hubs.map((h) => h.project_id) ?? [])].filter(Boolean))];

  return (
    <>
      <PageTitle
        title="Hubs"
        subtitle={`Scaleway IoT Hubs in ${region}.`}
        actions={<CreateHubButton region={region} />}
      />
      <FilterBar filtered={filtered} onClear={clearFilters}>
        <SearchInput label="Filter by name" placeholder="e.g. telemetry" value={url.name} onChange={(name) => void setUrl({ name, page: 1 }, TYPING)} w={240} />
        <SearchInput
          label="Filter by project ID"
          placeholder="All projects"
          list="hub-project-suggestions"
          value={url.project}
          onChange={(project) => void setUrl({ project, page: 1 }, TYPING)}
          w={340}
        />
        <SearchInput
          label="Filter by organization ID"
          placeholder="All organizations"
          value={url.organization}
          onChange={(organization) => void setUrl({ organization, page: 1 }, TYPING)}
          w={340}
        />
        <FilterSuggestions id="hub-project-suggestions" values={projectSuggestions} />
        <FilterSelect label="Status" values={STATUS_FILTERS} labelOf={(s) => STATUS_LABELS[s]} value={url.status} onChange={(status) => void setUrl({ status, page: 1 })} w={200} />
        <FilterSelect label="Order by" values={HUB_ORDER_BY} labelOf={(o) => orderLabel(o, ORDER_COLUMNS)} value={url.order} onChange={(order) => void setUrl({ order, page: 1 })} w={220} />
      </FilterBar>

      <ListState
        query={query}
        noun="hubs"
        isEmpty={(data) => data.hubs.length === 0}
        filtered={filtered}
        empty={<EmptyState title={`No hubs in ${region} yet`} description="A hub is the MQTT broker your devices connect to." action={<CreateHubButton region={region} variant="light" />} />}
        {...pagedList({ page: url.page, pageSize: url.pageSize, total: query.data?.total_count ?? 0, itemLabel: 'hubs', onPaging: (change) => void setUrl(change) })}
      >
        <DataTable
          label="Hubs"
          minWidth={760}
          {...listRows(query, (data) => data.hubs)}
          rowKey={(hub) => hub.id}
          columns={[
            { header: 'Name', sort: sortState('name'), kind: 'name', cell: (hub) => <HubLink hub={hub} /> },
            { header: 'Status', sort: sortState('status'), cell: (hub) => <HubStatusBadge status={hub.status} /> },
            { header: 'Product plan', sort: sortState('product_plan'), cell: (hub) => PLAN_LABELS[hub.product_plan] },
            { header: 'Devices (connected / registered)', cell: (hub) => `${formatInteger(hub.connected_device_count)} / ${formatInteger(hub.device_count)}` },
            { header: 'Region', cell: (hub) => hub.region },
            { header: 'Created', sort: sortState('created_at'), cell: (hub) => formatDateTime(hub.created_at) },
          ]}
        />
      </ListState>
    </>
  );
}
