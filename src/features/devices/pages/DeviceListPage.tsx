import { Button, Group, Input, NativeSelect, SegmentedControl, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconRefresh, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { FLEET_REFRESH_MS, nexigonDeviceQueries } from '../../../api/nexigon/queries';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { PageTitle } from '../../../components/PageTitle';
import { formatInteger } from '../../../lib/format';
import { enumParam, stringParam, useUrlState, type ParamSpec } from '../../../lib/use-url-state';
import { DeviceTable } from '../components/DeviceTable';
import { DEVICE_HEALTH_FILTERS, FLEET_SORT_KEYS, filterFleet, ONLINE_FILTERS, type DeviceHealthFilter, sortFleet, type FleetSortKey, type OnlineFilter, type SortDirection } from '../lib/fleet-view';

type ListUrl = {
  q: string;
  project: string;
  state: OnlineFilter;
  health: DeviceHealthFilter;
  sort: FleetSortKey;
  dir: SortDirection;
};

const URL_SPEC: ParamSpec<ListUrl> = {
  q: stringParam(),
  project: stringParam(),
  state: enumParam(ONLINE_FILTERS, 'all'),
  health: enumParam(DEVICE_HEALTH_FILTERS, 'all'),
  sort: enumParam(FLEET_SORT_KEYS, 'name'),
  dir: enumParam(['asc', 'desc'] as const, 'asc'),
};

const HEALTH_LABELS: Record<DeviceHealthFilter, string> = { all: 'Any health', healthy: 'Healthy', warning: 'Degraded', error: 'Error', offline: 'Offline' };

/** Sorting by these starts with the largest/most recent first. */
const DESC_FIRST: readonly FleetSortKey[] = ['lastConnected', 'duration'];

export function DeviceListPage() {
  const [url, setUrl] = useUrlState(URL_SPEC);
  const query = useQuery(nexigonDeviceQueries.fleet());
  const [text, setText] = useState(url.q);
  // Filtering runs on every keystroke against local state; the URL follows once typing pauses.
  const deferredText = useDeferredValue(text);
  const commitText = useDebouncedCallback((q: string) => setUrl({ q: q.trim() }, { replace: true }), 300);

  const fleet = query.data;
  const visible = useMemo(() => {
    if (!fleet) return [];
    return sortFleet(filterFleet(fleet.devices, { text: deferredText, projectId: url.project, online: url.state, health: url.health }), url.sort, url.dir);
  }, [fleet, deferredText, url.project, url.state, url.health, url.sort, url.dir]);
  const online = useMemo(() => fleet?.devices.filter((d) => d.isConnected).length ?? 0, [fleet]);

  const onSort = (key: FleetSortKey) => {
    if (key === url.sort) setUrl({ dir: url.dir === 'asc' ? 'desc' : 'asc' });
    else setUrl({ sort: key, dir: DESC_FIRST.includes(key) ? 'desc' : 'asc' });
  };
  const filtered = Boolean(text.trim() || url.project || url.state !== 'all' || url.health !== 'all');
  const clearFilters = () => {
    setText('');
    setUrl({ q: '', project: '', state: 'all', health: 'all' });
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
      <Group mb="md" align="flex-end" wrap="wrap">
        <TextInput
          label="Search"
          placeholder="Name, ID, hostname or project"
          leftSection={<IconSearch size={14} aria-hidden />}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            commitText(e.currentTarget.value);
          }}
          w={300}
        />
        <NativeSelect
          label="Project"
          value={url.project}
          onChange={(e) => setUrl({ project: e.currentTarget.value })}
          data={[{ value: '', label: 'All projects' }, ...(fleet?.projects.map((p) => ({ value: p.projectId, label: p.name })) ?? [])]}
          w={220}
        />
        <Input.Wrapper label="Online state" id="online-state-label">
          <SegmentedControl
            aria-labelledby="online-state-label"
            display="flex"
            value={url.state}
            onChange={(v) => setUrl({ state: v as OnlineFilter })}
            data={[
              { value: 'all', label: 'All' },
              { value: 'online', label: 'Online' },
              { value: 'offline', label: 'Offline' },
            ]}
          />
        </Input.Wrapper>
        <NativeSelect
          label="Health"
          value={url.health}
          onChange={(e) => setUrl({ health: e.currentTarget.value as DeviceHealthFilter })}
          data={DEVICE_HEALTH_FILTERS.map((value) => ({ value, label: HEALTH_LABELS[value] }))}
          w={160}
        />
        {filtered ? (
          <Button variant="subtle" onClick={clearFilters}>
            Clear filters
          </Button>
        ) : null}
      </Group>

      {query.isPending ? (
        <>
          {/* The table is there from the start, busy, as on every list: the columns don't jump in. */}
          <DeviceTable devices={[]} receivedAt={0} sort={url.sort} direction={url.dir} onSort={onSort} busy />
          <LoadingState label="Loading the fleet…" />
        </>
      ) : !fleet ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} title="Could not load the devices" />
      ) : (
        <>
          {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} title="Could not refresh the devices" /> : null}
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
          {fleet.devices.length === 0 ? (
            <EmptyState
              title="No devices yet"
              description="A device appears here once it is created with its fingerprint, or once its agent connects with a deployment token."
              action={
                <Button component={Link} to="/devices/new" variant="light">
                  Create device
                </Button>
              }
            />
          ) : visible.length === 0 ? (
            <EmptyState
              title="No devices match these filters"
              description="Change or clear the filters to see more devices."
              action={
                <Button variant="light" onClick={clearFilters}>
                  Clear filters
                </Button>
              }
            />
          ) : (
            <DeviceTable devices={visible} receivedAt={fleet.fetchedAt} sort={url.sort} direction={url.dir} onSort={onSort} busy={query.isFetching} />
          )}
        </>
      )}
    </>
  );
}
