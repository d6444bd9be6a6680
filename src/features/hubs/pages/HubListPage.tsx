import { Anchor, Button, Group, NativeSelect, Skeleton, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { HUB_ORDER_BY, HUB_PAGE_SIZE_MAX, type HubOrderBy } from '../../../api/scaleway-iot/types';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { PageTitle } from '../../../components/PageTitle';
import { PaginationBar } from '../../../components/PaginationBar';
import { SortableTh } from '../../../components/SortableTh';
import { formatDateTime, formatInteger } from '../../../lib/format';
import { useProfile } from '../../../lib/use-profiles';
import { useScalewayRegion } from '../../../lib/use-scaleway-region';
import { enumParam, intParam, stringParam, useUrlState, type ParamSpec } from '../../../lib/use-url-state';
import { hubQueries, type HubListFilters } from '../api/hub-queries';
import { HubStatusBadge } from '../components/HubStatusBadge';
import { PLAN_LABELS } from '../lib/hub-labels';
import { TableScroll } from '../../../components/TableScroll';
import { NativeTable } from '../../../components/NativeTable';

type UrlFilters = Omit<HubListFilters, 'orderBy'> & { order: HubOrderBy; project: string };

/** Module-level so useUrlState's parsing is memoised across renders. */
const URL_SPEC: ParamSpec<Omit<UrlFilters, 'projectId'>> = {
  page: intParam(1),
  pageSize: intParam(20, 1, HUB_PAGE_SIZE_MAX),
  order: enumParam(HUB_ORDER_BY, 'created_at_asc'),
  name: stringParam(),
  project: stringParam(),
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
  const [url, setUrl] = useUrlState(URL_SPEC);
  const [nameInput, setNameInput] = useState(url.name);
  const [projectInput, setProjectInput] = useState(url.project);
  const filters: HubListFilters = { page: url.page, pageSize: url.pageSize, orderBy: url.order, name: url.name, projectId: url.project };
  const query = useQuery(hubQueries.list(region, filters));

  // Typing updates the URL once the user pauses, replacing the history entry so Back is not flooded.
  const commitName = useDebouncedCallback((name: string) => setUrl({ name, page: 1 }, { replace: true }), 300);
  const commitProject = useDebouncedCallback((project: string) => setUrl({ project: project.trim(), page: 1 }, { replace: true }), 300);

  const sortBy = (column: SortColumn) => {
    const active = url.order.startsWith(`${column}_`);
    const next = (active && url.order.endsWith('_asc') ? `${column}_desc` : `${column}_asc`) as HubOrderBy;
    setUrl({ order: next, page: 1 });
  };
  const sortState = (column: SortColumn) => ({
    active: url.order.startsWith(`${column}_`),
    direction: url.order.endsWith('_desc') ? ('desc' as const) : ('asc' as const),
    onSort: () => sortBy(column),
  });
  const filtered = Boolean(url.name || url.project);
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
        <TextInput
          label="Filter by name"
          placeholder="e.g. telemetry"
          leftSection={<IconSearch size={14} aria-hidden />}
          value={nameInput}
          onChange={(e) => {
            setNameInput(e.currentTarget.value);
            commitName(e.currentTarget.value);
          }}
          w={240}
        />
        <TextInput
          label="Filter by project ID"
          placeholder="All projects"
          list="hub-project-suggestions"
          value={projectInput}
          onChange={(e) => {
            setProjectInput(e.currentTarget.value);
            commitProject(e.currentTarget.value);
          }}
          w={340}
        />
        <datalist id="hub-project-suggestions">
          {projectSuggestions.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
        <NativeSelect
          label="Order by"
          data={HUB_ORDER_BY.map((o) => ({ value: o, label: ORDER_LABELS[o] }))}
          value={url.order}
          onChange={(e) => setUrl({ order: e.currentTarget.value as HubOrderBy, page: 1 })}
          w={220}
        />
        {filtered ? (
          <Button
            variant="subtle"
            onClick={() => {
              setNameInput('');
              setProjectInput('');
              setUrl({ name: '', project: '', page: 1 });
            }}
          >
            Clear filters
          </Button>
        ) : null}
      </Group>

      {query.isError && !query.data ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} title="Could not load the hubs" />
      ) : (
        <>
          {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} title="Could not refresh the hubs" /> : null}
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
                  ? Array.from({ length: 5 }, (_, i) => (
                      <tr key={i}>
                        {Array.from({ length: 6 }, (__, j) => (
                          <td key={j}>
                            <Skeleton height={14} />
                          </td>
                        ))}
                      </tr>
                    ))
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
          {query.isPending ? (
            <Text size="sm" c="dimmed" role="status">
              Loading hubs…
            </Text>
          ) : null}
          {query.data && query.data.hubs.length === 0 ? (
            filtered ? (
              <EmptyState title="No hubs match these filters" description="Change or clear the filters to see more hubs." />
            ) : url.page > 1 && query.data.total_count > 0 ? (
              <EmptyState title="This page is empty" action={<Button variant="light" onClick={() => setUrl({ page: 1 })}>Go to the first page</Button>} />
            ) : (
              <EmptyState
                title={`No hubs in ${region} yet`}
                description="A hub is the MQTT broker your devices connect to."
                action={
                  <Button component={Link} to={`/hubs/new?region=${region}`} variant="light">
                    Create hub
                  </Button>
                }
              />
            )
          ) : null}
          {query.data ? (
            <PaginationBar
              page={url.page}
              pageSize={url.pageSize}
              total={query.data.total_count}
              onPage={(page) => setUrl({ page })}
              onPageSize={(pageSize) => setUrl({ pageSize, page: 1 })}
              itemLabel="hubs"
            />
          ) : null}
        </>
      )}
    </>
  );
}
