import { Anchor, Button, Group, NativeSelect } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useQueryStates } from 'nuqs';
import { Link } from 'react-router';
import { hubQueries, type HubListFilters } from '../../../api/scaleway-iot/queries';
import { HUB_ORDER_BY, HUB_PAGE_SIZE_MAX, HUB_STATUS_GROUPS, type HubOrderBy } from '../../../api/scaleway-iot/types';
import { EmptyState } from '../../../components/EmptyState';
import { ListState, pagedList } from '../../../components/ListState';
import { NativeTable } from '../../../components/NativeTable';
import { PageTitle } from '../../../components/PageTitle';
import { SearchInput } from '../../../components/SearchInput';
import { SkeletonRows } from '../../../components/SkeletonRows';
import { orderByColumn, SortableTh } from '../../../components/SortableTh';
import { TableScroll } from '../../../components/TableScroll';
import { formatDateTime, formatInteger } from '../../../lib/format';
import { enumParam, intParam, pageParam, textParam, TYPING } from '../../../lib/url-state';
import { useProfile } from '../../../lib/use-profiles';
import { useScalewayRegion } from '../../../lib/use-scaleway-region';
import { HubStatusBadge } from '../components/HubStatusBadge';
import { PLAN_LABELS } from '../lib/hub-labels';

/** The list's URL state; module-level so parsing is stable across renders. */
const URL_PARAMS = {
  page: pageParam,
  pageSize: intParam(20, 1, HUB_PAGE_SIZE_MAX),
  order: enumParam(HUB_ORDER_BY, 'created_at_asc'),
  name: textParam,
  project: textParam,
  organization: textParam,
  status: enumParam(['all', ...HUB_STATUS_GROUPS] as const, 'all'),
};
const STATUS_LABELS: Record<(typeof HUB_STATUS_GROUPS)[number] | 'all', string> = {
  all: 'All statuses',
  ready: 'Ready',
  error: 'Error',
  changing: 'Enabling or disabling',
  disabled: 'Disabled',
  unknown: 'Unknown',
};
const ORDER_LABELS: Record<HubOrderBy, string> = {
  created_at_asc: 'Oldest first',
  created_at_desc: 'Newest first',
  name_asc: 'Name A→Z',
  name_desc: 'Name Z→A',
  status_asc: 'Status A→Z',
  status_desc: 'Status Z→A',
  product_plan_asc: 'Plan A→Z',
  product_plan_desc: 'Plan Z→A',
  updated_at_asc: 'Least recently updated',
  updated_at_desc: 'Most recently updated',
};

type SortColumn = 'name' | 'status' | 'product_plan' | 'created_at';

export function HubListPage() {
  const region = useScalewayRegion();
  const profile = useProfile('scaleway');
  const [url, setUrl] = useQueryStates(URL_PARAMS);
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
        actions={
          <Button component={Link} to={`/hubs/new?region=${region}`} leftSection={<IconPlus size={16} aria-hidden />}>
            Create hub
          </Button>
        }
      />
      <Group mb="md" align="flex-end" wrap="wrap">
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
        <datalist id="hub-project-suggestions">
          {projectSuggestions.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
        <NativeSelect
          label="Status"
          data={(['all', ...HUB_STATUS_GROUPS] as const).map((value) => ({ value, label: STATUS_LABELS[value] }))}
          value={url.status}
          onChange={(e) => void setUrl({ status: e.currentTarget.value as typeof url.status, page: 1 })}
          w={200}
        />
        <NativeSelect
          label="Order by"
          data={HUB_ORDER_BY.map((o) => ({ value: o, label: ORDER_LABELS[o] }))}
          value={url.order}
          onChange={(e) => void setUrl({ order: e.currentTarget.value as HubOrderBy, page: 1 })}
          w={220}
        />
        {filtered ? (
          <Button variant="subtle" onClick={clearFilters}>
            Clear filters
          </Button>
        ) : null}
      </Group>

      <ListState
        query={query}
        noun="hubs"
        isEmpty={(data) => data.hubs.length === 0}
        filtered={filtered}
        empty={
          <EmptyState
            title={`No hubs in ${region} yet`}
            description="A hub is the MQTT broker your devices connect to."
            action={
              <Button component={Link} to={`/hubs/new?region=${region}`} variant="light">
                Create hub
              </Button>
            }
          />
        }
        {...pagedList({ page: url.page, pageSize: url.pageSize, total: query.data?.total_count ?? 0, itemLabel: 'hubs', onPaging: (change) => void setUrl(change) })}
      >
        <TableScroll minWidth={760}>
          <NativeTable aria-label="Hubs" aria-busy={query.isFetching}>
            <thead>
              <tr>
                <SortableTh {...sortState('name')}>Name</SortableTh>
                <SortableTh {...sortState('status')}>Status</SortableTh>
                <SortableTh {...sortState('product_plan')}>Product plan</SortableTh>
                <th>Devices (connected / registered)</th>
                <th>Region</th>
                <SortableTh {...sortState('created_at')}>Created</SortableTh>
              </tr>
            </thead>
            <tbody>
              {query.isPending
                ? <SkeletonRows columns={6} />
                : query.data?.hubs.map((hub) => (
                    <tr key={hub.id}>
                      <td>
                        <Anchor component={Link} to={`/hubs/${hub.region}/${hub.id}`} fw={500} style={{ overflowWrap: 'anywhere' }}>
                          {hub.name}
                        </Anchor>
                      </td>
                      <td>
                        <HubStatusBadge status={hub.status} />
                      </td>
                      <td>{PLAN_LABELS[hub.product_plan]}</td>
                      <td>
                        {formatInteger(hub.connected_device_count)} / {formatInteger(hub.device_count)}
                      </td>
                      <td>{hub.region}</td>
                      <td>{formatDateTime(hub.created_at)}</td>
                    </tr>
                  ))}
            </tbody>
          </NativeTable>
        </TableScroll>
      </ListState>
    </>
  );
}
