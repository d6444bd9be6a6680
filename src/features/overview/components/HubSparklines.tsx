import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { hubQueries } from '../../../api/scaleway-iot/queries';
import type { Hub, TimeSeries } from '../../../api/scaleway-iot/types';
import { TILE_REFRESH } from '../lib/tile-refresh';
import { Sparkline } from './Sparkline';

const SERIES = 'messages_in';

function values(metrics: readonly TimeSeries[] | undefined): number[] | undefined {
  return metrics?.find((m) => m.name === SERIES)?.points.map(([, v]) => v);
}

/** Each ready hub's incoming messages over the last day (hub metrics), as a sparkline. */
export function HubSparklines({ hubs }: { hubs: readonly Hub[] }) {
  const results = useQueries({ queries: hubs.map((h) => ({ ...hubQueries.metrics(h.region, h.id, 'day'), ...TILE_REFRESH })) });
  if (hubs.length === 0) return null;
  return (
    <Stack gap={4} component="section" aria-label="Messages per hub, last day">
      <Text size="sm" fw={600}>
        Messages in, last day
      </Text>
      {hubs.map((hub, i) => {
        const r = results[i];
        const series = values(r?.data?.metrics);
        const total = series?.reduce((a, b) => a + b, 0);
        return (
          <Group key={hub.id} gap="sm" wrap="nowrap" justify="space-between">
            <Anchor component={Link} to={`/hubs/${hub.region}/${hub.id}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
              {hub.name}
            </Anchor>
            <Group gap="xs" wrap="nowrap">
              {series ? <Sparkline values={series} label={`${hub.name}: ${total?.toLocaleString('en-US')} messages in the last day`} /> : null}
              <Text size="xs" c="dimmed" w={90} ta="right">
                {r?.isError ? 'No metrics' : series ? `${total?.toLocaleString('en-US')} msgs` : '…'}
              </Text>
            </Group>
          </Group>
        );
      })}
    </Stack>
  );
}
