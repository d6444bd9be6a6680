import { Stack, Text } from '@mantine/core';
import { formatDate } from '../../../lib/format';
import type { ExpiryItem } from '../lib/expiry-items';

const DAY_MS = 86_400_000;
const WIDTH = 320;
const ROW = 16;
const LABEL = 130;

/**
 * When each cloud certificate ends, on one axis from 60 days ago to 180 days ahead (the ones
 * outside are pinned to the ends). Small SVG: a handful of rows, no chart library.
 */
export function ExpiryTimeline({ items, now }: { items: readonly ExpiryItem[]; now: number }) {
  const from = now - 60 * DAY_MS;
  const to = now + 180 * DAY_MS;
  const x = (t: number) => LABEL + ((Math.min(Math.max(t, from), to) - from) / (to - from)) * (WIDTH - LABEL - 8);
  const sorted = [...items].sort((a, b) => a.notAfter - b.notAfter).slice(0, 12);
  const height = sorted.length * ROW + 20;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        Expiry timeline
      </Text>
      <svg role="img" aria-label={`Expiry timeline: ${sorted.map((i) => `${i.name} (${i.owner}) ${formatDate(i.notAfter)}`).join('; ')}`} width="100%" viewBox={`0 0 ${WIDTH} ${height}`}>
        <line x1={x(now)} x2={x(now)} y1={0} y2={height - 14} stroke="var(--mantine-color-dimmed)" strokeDasharray="2 2" />
        <text x={x(now)} y={height - 2} fontSize={9} textAnchor="middle" fill="var(--mantine-color-dimmed)">
          today
        </text>
        {sorted.map((item, i) => {
          const color = item.notAfter <= now ? 'var(--mantine-color-red-filled)' : item.notAfter <= now + 30 * DAY_MS ? 'var(--mantine-color-orange-filled)' : 'var(--mantine-color-green-filled)';
          return (
            <g key={`${item.kind}-${item.owner}-${item.name}`}>
              <text x={0} y={i * ROW + 11} fontSize={9} fill="currentColor">
                {`${item.owner}/${item.name}`.slice(0, 26)}
              </text>
              <circle cx={x(item.notAfter)} cy={i * ROW + 8} r={4} fill={color} />
            </g>
          );
        })}
      </svg>
    </Stack>
  );
}
