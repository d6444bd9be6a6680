import { Center, Loader, Stack, Text } from '@mantine/core';
import { useOnline } from '../lib/use-online';

/** Said after a loading label while the browser is offline: the request waits instead of failing. */
export const WAITING_FOR_NETWORK = 'Waiting for the network to come back.';

/** A visible, announced loading state (long waits show what is happening, and why when offline). */
export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  const online = useOnline();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="sm" aria-hidden />
        <Text size="sm" c="dimmed">
          {label}
          {online ? null : ` ${WAITING_FOR_NETWORK}`}
        </Text>
      </Stack>
    </Center>
  );
}

/** The one-line form, under a table that shows its own busy state. */
export function LoadingLine({ label }: { label: string }) {
  const online = useOnline();
  return (
    <Text size="sm" c="dimmed" role="status">
      {label}
      {online ? null : ` ${WAITING_FOR_NETWORK}`}
    </Text>
  );
}
