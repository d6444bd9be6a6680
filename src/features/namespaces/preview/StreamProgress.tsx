import { Alert, Group, Progress, Stack, Text } from '@mantine/core';
import { formatInteger } from '../../../lib/format';
import type { StreamState } from './use-stream';

/** How far a preview job is; the numbers update with each slice the worker sends. */
export function StreamProgress<T>({ state, label, noun }: { state: StreamState<T>; label: string; noun: string }) {
  const percent = state.total === 0 ? 100 : Math.round((state.done / state.total) * 100);
  return (
    <Stack gap={4}>
      <Progress value={percent} aria-label={label} size="sm" animated={!state.finished} color={state.error ? 'red' : state.finished ? 'teal' : 'blue'} />
      <Group gap="xs">
        <Text size="xs" c="dimmed" role="status" aria-live="polite">
          {state.finished
            ? `${formatInteger(state.total)} ${noun} checked in ${formatInteger(state.batches)} batch${state.batches === 1 ? '' : 'es'}${state.elapsedMs !== null ? ` · ${(state.elapsedMs / 1000).toFixed(2)} s` : ''}`
            : `Checked ${formatInteger(state.done)} of ${formatInteger(state.total)} ${noun}…`}
        </Text>
      </Group>
      {state.error ? (
        <Alert color="red" variant="light" role="alert" title="The preview stopped">
          {state.error}
        </Alert>
      ) : null}
    </Stack>
  );
}
