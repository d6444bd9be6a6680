import { Group, Text } from '@mantine/core';
import type { RateSeries, SubscriptionState } from '../../../mqtt/types';
import { colorVar } from '../lib/colors';
import { formatRate } from '../lib/format-live';

const WIDTH = 600;
const HEIGHT = 90;

function points(history: number[], max: number): string {
  const step = WIDTH / Math.max(1, history.length - 1);
  return history.map((v, i) => `${(i * step).toFixed(1)},${(HEIGHT - (v / max) * (HEIGHT - 4) - 2).toFixed(1)}`).join(' ');
}

/** Messages per second over the last minute: overall (thick) and per subscription (in its colour). Plain SVG: it redraws every frame. */
export function RateChart({ overall, bySubscription, subscriptions }: { overall: RateSeries | undefined; bySubscription: Record<string, RateSeries> | undefined; subscriptions: SubscriptionState[] }) {
  const history = overall?.history ?? new Array<number>(60).fill(0);
  const max = Math.max(1, ...history);
  const peak = Math.max(...history);
  const avg = history.reduce((a, b) => a + b, 0) / history.length;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        height={HEIGHT}
        preserveAspectRatio="none"
        role="img"
        aria-label={`Message rate over the last 60 seconds: now ${formatRate(overall?.current ?? 0)}, peak ${formatRate(peak)}, average ${formatRate(avg)}`}
        style={{ display: 'block', border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}
      >
        {[0.25, 0.5, 0.75].map((f) => (
          <line key={f} x1={0} x2={WIDTH} y1={HEIGHT * f} y2={HEIGHT * f} stroke="var(--mantine-color-default-border)" strokeWidth={1} vectorEffect="non-scaling-stroke" />
        ))}
        {subscriptions.map((s) => {
          const series = bySubscription?.[s.id];
          return series ? <polyline key={s.id} points={points(series.history, max)} fill="none" stroke={colorVar(s.color)} strokeWidth={1.5} vectorEffect="non-scaling-stroke" /> : null;
        })}
        <polyline points={points(history, max)} fill="none" stroke="var(--mantine-color-text)" strokeWidth={2} vectorEffect="non-scaling-stroke" />
      </svg>
      <Group justify="space-between" mt={2}>
        <Text size="xs" c="dimmed">
          60 s ago
        </Text>
        <Text size="xs" c="dimmed">
          scale: {formatRate(max)} · peak {formatRate(peak)} · avg {formatRate(avg)}
        </Text>
        <Text size="xs" c="dimmed">
          now
        </Text>
      </Group>
    </figure>
  );
}
