import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Card, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Hub, TimeSeries } from '../../../api/scaleway-iot/types';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { formatBytes, formatInteger } from '../../../lib/format';
import { hubQueries, METRICS_RANGES, type MetricsRange } from '../../../api/scaleway-iot/queries';

const RANGE_LABELS: Record<MetricsRange, string> = { hour: 'Last hour', day: 'Last day', week: 'Last week', month: 'Last month', year: 'Last year' };

const GROUPS = [
  { title: 'Connected devices', series: [{ name: 'connected_devices', label: 'Connected devices', color: 'teal.6' }], format: formatInteger },
  {
    title: 'Messages',
    series: [
      { name: 'messages_in', label: 'Messages in', color: 'indigo.6' },
      { name: 'messages_out', label: 'Messages out', color: 'grape.6' },
    ],
    format: formatInteger,
  },
  {
    title: 'Traffic',
    series: [
      { name: 'bytes_in', label: 'Bytes in', color: 'blue.6' },
      { name: 'bytes_out', label: 'Bytes out', color: 'orange.6' },
    ],
    format: formatBytes,
  },
] as const;

function tickFormatter(range: MetricsRange) {
  const opts: Intl.DateTimeFormatOptions = range === 'hour' || range === 'day' ? { hour: '2-digit', minute: '2-digit' } : { month: 'short', day: 'numeric' };
  const f = new Intl.DateTimeFormat(undefined, opts);
  return (value: number) => f.format(new Date(value));
}

/** Merges the API's series (one per metric) into rows keyed by time, as the chart wants them. */
export function toChartRows(metrics: readonly TimeSeries[], names: readonly string[]): Array<Record<string, number>> {
  const rows = new Map<number, Record<string, number>>();
  for (const s of metrics) {
    if (!names.includes(s.name)) continue;
    for (const [ts, value] of s.points) {
      const t = Date.parse(ts);
      if (Number.isNaN(t)) continue;
      const row = rows.get(t) ?? { time: t };
      row[s.name] = value;
      rows.set(t, row);
    }
  }
  return [...rows.values()].sort((a, b) => (a.time ?? 0) - (b.time ?? 0));
}

export function HubMetrics({ hub, range, onRange }: { hub: Hub; range: MetricsRange; onRange: (r: MetricsRange) => void }) {
  const query = useQuery(hubQueries.metrics(hub.region, hub.id, range));
  const format = tickFormatter(range);
  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label="Metrics range"
        data={METRICS_RANGES.map((r) => ({ value: r, label: RANGE_LABELS[r] }))}
        value={range}
        onChange={(v) => onRange(v as MetricsRange)}
        w="fit-content"
      />
      {query.isPending ? <LoadingState label="Loading metrics…" /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} title="Could not load the metrics" /> : null}
      {query.data ? (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          {GROUPS.map((group) => {
            const names = group.series.map((s) => s.name);
            const rows = toChartRows(query.data.metrics, names);
            const latest = rows.at(-1);
            return (
              <Card withBorder key={group.title}>
                <Title order={2} size="h5" mb={4}>
                  {group.title}
                </Title>
                <Text size="xs" c="dimmed" mb="sm">
                  {latest ? group.series.map((s) => `${s.label}: ${group.format(latest[s.name] ?? 0)}`).join(' · ') : 'No data in this range'}
                </Text>
                <div role="img" aria-label={`${group.title} over the ${RANGE_LABELS[range].toLowerCase()}`}>
                  <LineChart
                    h={220}
                    data={rows}
                    dataKey="time"
                    series={group.series.map((s) => ({ name: s.name, label: s.label, color: s.color }))}
                    curveType="monotone"
                    withDots={false}
                    withLegend
                    xAxisProps={{ type: 'number', domain: ['dataMin', 'dataMax'], scale: 'time', tickFormatter: format }}
                    valueFormatter={(v) => group.format(v)}
                  />
                </div>
              </Card>
            );
          })}
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}
