import { Anchor, Group, List, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { SCALEWAY_REGIONS } from '../../../api/providers';
import { lbQueries } from '../../../api/scaleway-lb/queries';
import { ERROR_TEXT } from '../../../components/text-colors';
import { combineQueries } from '../lib/combine';
import { countLbStatuses } from '../lib/counts';
import { overviewLinks } from '../lib/links';
import { TILE_REFRESH } from '../lib/tile-refresh';
import { StatLink, Tile } from './Tile';

/** Load balancers by status in every region, and the backend servers no instance sees up. */
export function LoadBalancersTile() {
  const lists = useQueries({ queries: SCALEWAY_REGIONS.map((r) => ({ ...lbQueries.everything(r), ...TILE_REFRESH })) });
  const health = useQueries({ queries: SCALEWAY_REGIONS.map((r) => ({ ...lbQueries.backendHealthOverview(r), ...TILE_REFRESH })) });
  const state = combineQueries(lists, health);
  const down = health.flatMap((h) => h.data?.entries.filter((e) => e.down.length > 0).map((e) => ({ ...e, region: h.data.region })) ?? []);
  const downCount = down.reduce((n, e) => n + e.down.length, 0);
  return (
    <Tile title="Load balancers" to="/load-balancers" state={state} loadingLabel="Loading the load balancers of every region…" errorTitle="Could not load the load balancers">
      <Stack gap="xs">
        {SCALEWAY_REGIONS.map((region, i) => {
          const lbs = lists[i]?.data;
          if (!lbs) return null;
          return (
            <Group key={region} gap="md" wrap="wrap">
              <Text size="sm" w={60} fw={600}>
                {region}
              </Text>
              {lbs.length === 0 ? (
                <Text size="sm" c="dimmed">
                  none
                </Text>
              ) : (
                countLbStatuses(lbs).map(([status, count]) => (
                  <StatLink key={status} to={overviewLinks.loadBalancers(region, status)} count={count} label={status.replace('_', ' ')} context={`in ${region}`} tone={status === 'error' ? 'bad' : status === 'ready' ? undefined : 'warn'} />
                ))
              )}
            </Group>
          );
        })}
        <Text size="sm" fw={600} c={downCount > 0 ? ERROR_TEXT : undefined}>
          {downCount === 0 ? 'No backend server down' : `${downCount} backend server${downCount === 1 ? '' : 's'} down`}
        </Text>
        {down.length > 0 ? (
          <List size="sm" spacing={2}>
            {down.map((e) => (
              <List.Item key={e.lb.id}>
                <Anchor component={Link} to={overviewLinks.loadBalancerBackends(e.region, e.lb.id)} size="sm" underline="always">
                  {e.lb.name}: {e.down.length} down
                </Anchor>{' '}
                <Text span size="xs" c="dimmed">
                  ({e.down.map((d) => d.ip).join(', ')})
                </Text>
              </List.Item>
            ))}
          </List>
        ) : null}
      </Stack>
    </Tile>
  );
}
