import { Button, Group, Input, SegmentedControl, Text } from '@mantine/core';
import { IconPlus, IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { Link } from 'react-router';
import { FLEET_REFRESH_MS, nexigonDeviceQueries } from '../../../api/nexigon/queries';
import { EmptyState } from '../../../components/EmptyState';
import { FilterBar, FilterSelect } from '../../../components/FilterBar';
import { ListState } from '../../../components/ListState';
import { PageTitle } from '../../../components/PageTitle';
import { ProjectSelect } from '../../../components/ProjectSelect';
import { formatInteger } from '../../../lib/format';
import { SearchInput } from '../../../components/SearchInput';
import { enumParam, textParam, TYPING, useSearchQueryStates } from '../../../lib/url-state';
import { DeviceTable } from '../components/DeviceTable';
import { DEVICE_HEALTH_FILTERS, FLEET_SORT_KEYS, filterFleet, ONLINE_FILTERS, type DeviceHealthFilter, sortFleet, type FleetSortKey, type OnlineFilter, type SortDirection } from '../lib/fleet-view';

const URL_PARAMS = {
  q: textParam,
  project: textParam,
  state: enumParam<OnlineFilter>(ONLINE_FILTERS, 'all'),
  health: enumParam<DeviceHealthFilter>(DEVICE_HEALTH_FILTERS, 'all'),
  sort: enumParam<FleetSortKey>(FLEET_SORT_KEYS, 'name'),
  dir: enumParam<SortDirection>(['asc', 'desc'], 'asc'),
};

const HEALTH_LABELS: Record<DeviceHealthFilter, string> = { all: 'Any health', healthy: 'Healthy', warning: 'Degraded', error: 'Error', offline: 'Offline' };

/** Sorting by these starts with the largest/most recent first. */
const DESC_FIRST: readonly FleetSortKey[] = ['lastConnected', 'duration'];

export function DeviceListPage() {
  const [url, setUrl] = useSearchQueryStates(URL_PARAMS);
  const query = useQuery(nexigonDeviceQueries.fleet());
  // The box follows every keystroke (TYPING); filtering 2,400 devices may lag a little behind it.
  const deferredText = useDeferredValue(url.q);

  const fleet = query.data;
  const visible = useMemo(() => {
    if (!fleet) return [];
    return sortFleet(filterFleet(fleet.devices, { text: deferredText, projectId: url.project, online: url.state, health: url.health }), url.sort, url.dir);
  }, [fleet, deferredText, url.project, url.state, url.health, url.sort, url.dir]);
  const online = useMemo(() => fleet?.devices.filter((d) => d.isConnected).length ?? 0, [fleet]);

  const onSort = (key: FleetSortKey) => {
    if (key === url.sort) void setUrl({ dir: url.dir === 'asc' ? 'desc' : 'asc' });
    else void setUrl({ sort: key, dir: DESC_FIRST.includes(key) ? 'desc' : 'asc' });
  };
  const filtered = Boolean(url.q.trim() || url.project || url.state !== 'all' || url.health !== 'all');
  const clearFilters = () => {
    void setUrl({ q: null, project: null, state: null, health: null });
  };

  return (
    <>
      <PageTitle
        title="Devices"
        subtitle="Nexigon Hub devices across your projects. Online state refreshes every 15 seconds; connection times tick live."
        actions={
          <Button component={Link} to={url.project ? `/devices/new?project=${encodeURIComponent(url.project)}` : '/devices/new'} leftSection={<IconPlus size={16} aria-hidden />}>
            Create device
          </Button>
        }
      />
      <FilterBar filtered={filtered} onClear={clearFilters}>
        <SearchInput label="Search" placeholder="Name, ID, hostname or project" value={url.q} onChange={(q) => void setUrl({ q }, TYPING)} w={300} />
        <ProjectSelect label="Project" projects={fleet?.projects ?? []} value={url.project} onChange={(project) => void setUrl({ project })} w={220} />
        <Input.Wrapper label="Online state" id="online-state-label">
          <SegmentedControl
            aria-labelledby="online-state-label"
            display="flex"
            value={url.state}
            onChange={(v) => void setUrl({ state: v as OnlineFilter })}
            data={[
              { value: 'all', label: 'All' },
              { value: 'online', label: 'Online' },
              { value: 'offline', label: 'Offline' },
            ]}
          />
        </Input.Wrapper>
        <FilterSelect label="Health" values={DEVICE_HEALTH_FILTERS} labelOf={(h) => HEALTH_LABELS[h]} value={url.health} onChange={(health) => void setUrl({ health })} w={160} />
      </FilterBar>

      {fleet ? (
        <Group justify="space-between" mb="xs" wrap="wrap">
          <Text size="sm" c="dimmed" role="status">
            {filtered ? `${formatInteger(visible.length)} of ${formatInteger(fleet.devices.length)} devices match` : `${formatInteger(fleet.devices.length)} devices`} ·{' '}
            {formatInteger(online)} online now
          </Text>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconRefresh size={14} aria-hidden />}
            loading={query.isFetching}
            onClick={() => void query.refetch()}
            title={`Refreshes by itself every ${FLEET_REFRESH_MS / 1000} s`}
          >
            Refresh now
          </Button>
        </Group>
      ) : null}
      <ListState
        query={query}
        noun="devices"
        loadingLabel="Loading the fleet…"
        isEmpty={() => visible.length === 0}
        // Filtering happens here, not in the API: with devices loaded, an empty view is the filters' doing.
        filtered={(fleet?.devices.length ?? 0) > 0}
        empty={
          <EmptyState
            title="No devices yet"
            description="A device appears here once it is created with its fingerprint, or once its agent connects with a deployment token."
            action={
              <Button component={Link} to="/devices/new" variant="light">
                Create device
              </Button>
            }
          />
        }
      >
        {/* The table is there from the start, busy, as on every list: the columns don't jump in. */}
        {visible.length > 0 || query.isPending ? <DeviceTable devices={visible} receivedAt={fleet?.fetchedAt ?? 0} sort={url.sort} direction={url.dir} onSort={onSort} busy={query.isFetching} /> : null}
      </ListState>
    </>
  );
}
