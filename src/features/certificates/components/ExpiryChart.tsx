import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Paper, Text } from '@mantine/core';
import { memo, useMemo } from 'react';
import type { CertRow } from '../lib/cert-row';
import { expiryBuckets } from '../lib/expiry-buckets';

const HORIZON_DAYS = 90;

/** Weekly counts of certificates expiring in the next 90 days; device certificates have no known expiry and are not in it. */
export const ExpiryChart = memo(function ExpiryChart({ rows, now }: { rows: readonly CertRow[]; now: number }) {
  const buckets = useMemo(() => expiryBuckets(rows, now, HORIZON_DAYS), [rows, now]);
  const total = buckets.reduce((n, b) => n + b.total, 0);
  const summary = buckets
    .filter((b) => b.total > 0)
    .map((b) => `week of ${b.label}: ${b.total}`)
    .join('; ');
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="expiry-heading">
      <Text id="expiry-heading" fw={600} component="h2" size="md" m={0}>
        Expiry timeline, next {HORIZON_DAYS} days
      </Text>
      <Text size="xs" c="dimmed" mb="sm" id="expiry-summary">
        {total === 0 ? 'No certificate expires in the next 90 days.' : `${total} certificate${total === 1 ? '' : 's'} expire in the next ${HORIZON_DAYS} days (${summary}).`} Device
        certificates are not shown: the device API gives no expiry date.
      </Text>
      <div role="img" aria-labelledby="expiry-heading expiry-summary">
        <BarChart
          h={180}
          data={buckets}
          dataKey="label"
          type="stacked"
          withLegend
          series={[
            { name: 'lb', label: 'Load balancer', color: 'blue.6' },
            { name: 'hubCa', label: 'Hub CA', color: 'grape.6' },
          ]}
          yAxisProps={{ allowDecimals: false }}
        />
      </div>
    </Paper>
  );
});
