import { Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useLiveSessionSummary } from '../../../lib/live-session-status';
import { overviewLinks } from '../lib/links';
import { Tile, type TileState } from './Tile';

const STATE_LABELS = { offline: 'Not connected', connecting: 'Connecting', connected: 'Connected', reconnecting: 'Reconnecting' } as const;
/** The session is local to this tab: nothing to load, nothing to fail. */
const LOCAL: TileState = { pending: false, error: null, fetching: false, hasData: true, updatedAt: 0, retry: () => undefined };

/** This tab's live MQTT session, or the one click that opens one on the local broker. */
export function LiveTile() {
  const live = useLiveSessionSummary();
  const open = live && live.state !== 'offline';
  return (
    <Tile title="Live MQTT" to="/live" state={LOCAL} loadingLabel="" errorTitle="">
      {/* Nothing is fetched: the session's state is read as it changes. */}
      <Text size="xs" c="dimmed" mt={-8}>
        Live, as it happens in this tab
      </Text>
      {open ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {STATE_LABELS[live.state]}
          </Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            Broker: {live.broker ?? '—'}
            {live.local ? ' (local)' : ''}
          </Text>
          <Text size="sm">Message rate: {live.messageRate === null ? '—' : `${live.messageRate.toLocaleString('en-US')} msg/s`}</Text>
          <Button component={Link} to="/live" variant="light" size="xs" w="fit-content">
            Open Live MQTT
          </Button>
        </Stack>
      ) : (
        <Stack gap="xs" align="flex-start">
          <Text size="sm">No live session in this tab.</Text>
          <Button component={Link} to={overviewLinks.liveLocal()} size="xs">
            Connect to the local broker
          </Button>
        </Stack>
      )}
    </Tile>
  );
}
