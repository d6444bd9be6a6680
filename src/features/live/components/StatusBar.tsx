import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { useEffect, useState, type Ref } from 'react';
import type { ConnectionState, ConnectionStatus, FrameCounters } from '../../../mqtt/types';
import { WARNING_TEXT } from '../lib/colors';
import { formatBytes, formatCount, formatRate } from '../lib/format-live';

const STATE_LABEL: Record<ConnectionState, string> = {
  offline: 'Offline',
  connecting: 'Connecting',
  connected: 'Connected',
  reconnecting: 'Reconnecting',
};
const STATE_COLOR: Record<ConnectionState, string> = { offline: 'gray', connecting: 'blue', connected: 'green', reconnecting: 'orange' };

function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return undefined;
    const t = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(t);
  }, [active]);
  return now;
}

/**
 * Connection state, always on screen (sticky), with the counters that matter under load. Once
 * connected the connection form folds into it: broker, client ID and state, with Edit connection.
 */
export function StatusBar({
  status,
  clientId,
  folded,
  onEditConnection,
  onDisconnect,
  editButtonRef,
  counters,
  rate,
  paused,
  pausedArrivals,
  onRetryNow,
}: {
  status: ConnectionStatus;
  /** The connection's client ID (shown once connected). */
  clientId: string | null;
  /** The connection form is folded: offer to open it, and to disconnect from here. */
  folded: boolean;
  onEditConnection: () => void;
  onDisconnect: () => void;
  /** Where focus goes when the form folds while focus was in it (the form leaves the page). */
  editButtonRef?: Ref<HTMLButtonElement>;
  counters: FrameCounters | null;
  rate: number;
  paused: boolean;
  pausedArrivals: number;
  onRetryNow: () => void;
}) {
  const now = useNow(status.state === 'reconnecting');
  const secondsLeft = status.nextAttemptAt ? Math.max(0, Math.ceil((status.nextAttemptAt - now) / 1000)) : null;
  return (
    <Paper
      withBorder
      p="xs"
      mb="md"
      role="region"
      aria-label="Live status"
      style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 56px) + 4px)', zIndex: 5, background: 'var(--mantine-color-body)' }}
    >
      <Group gap="md" wrap="wrap" justify="space-between">
        <Group gap="xs" wrap="wrap">
          <Badge color={STATE_COLOR[status.state]} variant="light" role="status" aria-label={`Connection: ${STATE_LABEL[status.state]}`}>
            {STATE_LABEL[status.state]}
          </Badge>
          {status.url ? (
            <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {status.url}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              Not connected
            </Text>
          )}
          {status.url && clientId ? (
            <Text size="sm" component="span" role="group" aria-label={`Client ID: ${clientId}`}>
              <Text span c="dimmed" size="sm">
                as{' '}
              </Text>
              <Text span size="sm" ff="monospace">
                {clientId}
              </Text>
            </Text>
          ) : null}
          {folded ? (
            <>
              <Button ref={editButtonRef} size="compact-xs" variant="light" onClick={onEditConnection}>
                Edit connection
              </Button>
              <Button size="compact-xs" variant="default" onClick={onDisconnect}>
                Disconnect
              </Button>
            </>
          ) : null}
          {status.state === 'reconnecting' ? (
            <>
              <Text size="sm" c={WARNING_TEXT}>
                Attempt {status.attempt}, next in {secondsLeft ?? 0} s
                {status.nextAttemptAt ? ` (at ${new Date(status.nextAttemptAt).toLocaleTimeString()})` : ''}
              </Text>
              <Button size="compact-xs" variant="light" onClick={onRetryNow}>
                Retry now
              </Button>
            </>
          ) : null}
          {status.lastError && status.state !== 'connected' ? (
            <Text size="sm" c="red" role="alert" style={{ overflowWrap: 'anywhere' }}>
              {status.lastError}
            </Text>
          ) : null}
        </Group>
        <Group gap="md" wrap="wrap">
          {paused ? (
            <Badge color="orange" variant="light" role="status" aria-label={`View paused, ${pausedArrivals} messages arrived since`}>
              Paused · {formatCount(pausedArrivals)} new
            </Badge>
          ) : null}
          <Counter label="Received" value={counters ? formatCount(counters.received) : '0'} />
          <Counter label="Rate" value={formatRate(rate)} />
          <Counter label="Buffered" value={counters ? `${formatCount(counters.buffered)} / ${formatCount(counters.capacity)}` : '0'} title={counters ? formatBytes(counters.bufferedBytes) : undefined} />
          <Counter label="Dropped" value={counters ? formatCount(counters.dropped) : '0'} warn={(counters?.dropped ?? 0) > 0} />
        </Group>
      </Group>
    </Paper>
  );
}

function Counter({ label, value, warn = false, title }: { label: string; value: string; warn?: boolean; title?: string }) {
  return (
    // A named group, not a live region: these tick many times a second.
    <Text size="sm" component="span" title={title} role="group" aria-label={`${label}: ${value}`}>
      <Text span c="dimmed" size="sm">
        {label}{' '}
      </Text>
      <Text span fw={600} size="sm" c={warn ? 'orange' : undefined} ff="monospace">
        {value}
      </Text>
    </Text>
  );
}
