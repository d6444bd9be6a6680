import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { DeviceProperty } from '../../../api/nexigon/types';
import { formatDateTime } from '../../../lib/format';
import type { PropertyClash } from '../api/use-property-compare-and-swap';
import { parseJsonText } from '../lib/json-text';
import { JsonBlock } from './JsonBlock';

/** Shows the server's value beside the user's edit and lets the user choose; nothing is overwritten without a click. */
export function PropertyClashPanel({
  clash,
  mine,
  busy,
  onOverwrite,
  onUseServer,
  onKeepMine,
  onRecreate,
  onDiscard,
}: {
  clash: PropertyClash;
  mine: string;
  busy: boolean;
  onOverwrite: (version: number) => void;
  onUseServer: (server: DeviceProperty) => void;
  onKeepMine: (server: DeviceProperty) => void;
  onRecreate: () => void;
  onDiscard: () => void;
}) {
  const mineParsed = parseJsonText(mine);
  const yours = <JsonBlock value={mineParsed.ok ? mineParsed.value : mine} label="Your edit" />;
  if (clash.kind === 'deleted') {
    return (
      <Alert color="orange" variant="light" role="alert" title="This property was removed meanwhile">
        <Stack gap="xs">
          <Text size="sm">Someone removed it after you opened it, so your edit was not saved.</Text>
          {yours}
          <Group gap="xs">
            <Button size="xs" onClick={onRecreate} loading={busy}>
              Re-create it with my edit
            </Button>
            <Button size="xs" variant="default" onClick={onDiscard}>
              Discard my edit
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }
  const { server } = clash;
  return (
    <Alert color="orange" variant="light" role="alert" title={clash.kind === 'exists' ? 'A property with this name already exists' : 'Changed by someone else'}>
      <Stack gap="xs">
        <Text size="sm">
          {clash.kind === 'exists'
            ? 'It was created while you were typing. Nothing was overwritten: compare and choose.'
            : `The server now has version ${server.version} (updated ${formatDateTime(server.lastUpdated)}). Your edit was not saved: compare and choose.`}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <JsonBlock value={server.value} label={`Current server value (version ${server.version})`} />
          {yours}
        </SimpleGrid>
        <Group gap="xs">
          <Button size="xs" color="orange" onClick={() => onOverwrite(server.version)} loading={busy}>
            Overwrite with my edit
          </Button>
          <Button size="xs" variant="light" onClick={() => onUseServer(server)}>
            Use the server value
          </Button>
          {clash.kind === 'changed' ? (
            <Button size="xs" variant="default" onClick={() => onKeepMine(server)}>
              Keep editing mine
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Alert>
  );
}
