import { Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';
import { combineQueries } from '../lib/combine';
import { countDevices } from '../lib/counts';
import { overviewLinks } from '../lib/links';
import { TILE_REFRESH } from '../lib/tile-refresh';
import { StatLink, Tile } from './Tile';

/** Online state and health of the fleet, from the query the Devices page uses. */
export function DevicesTile() {
  const query = useQuery({ ...nexigonDeviceQueries.fleet(), ...TILE_REFRESH });
  const state = combineQueries([query]);
  const c = countDevices(query.data?.devices ?? []);
  return (
    <Tile title="Devices" to="/devices" state={state} loadingLabel="Loading the fleet…" errorTitle="Could not load the devices">
      <Stack gap="xs">
        <Group gap="lg">
          <StatLink to={overviewLinks.devices({ state: 'online' })} count={c.online} label="online" />
          <StatLink to={overviewLinks.devices({ state: 'offline' })} count={c.offline} label="offline" />
        </Group>
        <Text size="sm" fw={600}>
          Health
        </Text>
        <Group gap="lg">
          <StatLink to={overviewLinks.devices({ health: 'healthy' })} count={c.healthy} label="healthy" />
          <StatLink to={overviewLinks.devices({ health: 'warning' })} count={c.degraded} label="degraded" tone="warn" />
          <StatLink to={overviewLinks.devices({ health: 'error' })} count={c.error} label="in error" tone="bad" />
        </Group>
      </Stack>
    </Tile>
  );
}
