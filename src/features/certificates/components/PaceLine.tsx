import { Text } from '@mantine/core';
import { paceLine } from '../lib/pace-line';

/** The rate-limit line under a scan's or a bulk action's progress. */
export function PaceLine({ pace, running }: { pace: Parameters<typeof paceLine>[0]; running: boolean }) {
  const line = paceLine(pace, running);
  return line ? (
    <Text size="xs" c="dimmed">
      {line}
    </Text>
  ) : null;
}
