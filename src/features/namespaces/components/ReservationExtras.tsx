import { Code, Stack, Text } from '@mantine/core';
import type { Reservation } from '../../../api/akamai/types';

const KNOWN = new Set(['namespace', 'reserved', 'owner']);

function describe(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') {
    if (Array.isArray(value)) return value.map(describe).join('; ');
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${describe(v)}`)
      .join(', ');
  }
  return String(value);
}

/**
 * What `detail=true` adds to a reservation. The reference names the option ("connection
 * details") but not its fields, so whatever the server sends beyond the documented ones is
 * shown as text.
 */
export function ReservationExtras({ reservation }: { reservation: Reservation }) {
  const extras = Object.entries(reservation).filter(([key]) => !KNOWN.has(key));
  if (extras.length === 0) return <Text size="sm" c="dimmed">None returned</Text>;
  return (
    <Stack gap={4}>
      {extras.map(([key, value]) =>
        Array.isArray(value) ? (
          value.length === 0 ? (
            <Text key={key} size="sm" c="dimmed">
              {key}: none
            </Text>
          ) : (
            value.map((item, i) => (
              <Code key={`${key}-${i}`} style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}>
                {describe(item)}
              </Code>
            ))
          )
        ) : (
          <Code key={key} style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}>
            {key}: {describe(value)}
          </Code>
        ),
      )}
    </Stack>
  );
}
