import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../../../api/errors/api-error';
import type { DeviceDetails } from '../../../api/nexigon/types';
import { useRenameDevice } from '../api/use-rename-device';
import { deviceNameProblem } from '../lib/device-validation';

export function RenameDeviceDialog({ device, opened, onClose }: { device: DeviceDetails; opened: boolean; onClose: () => void }) {
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={opened} onClose={onClose} title="Rename device" centered>
      {/* Remounted per opening so the field starts from the current name. */}
      {opened ? <RenameForm device={device} onClose={onClose} /> : null}
    </Modal>
  );
}

function RenameForm({ device, onClose }: { device: DeviceDetails; onClose: () => void }) {
  const current = device.name ?? '';
  const [name, setName] = useState(current);
  const rename = useRenameDevice(device.deviceId);
  const nameProblem = deviceNameProblem(name);
  const tooLong = nameProblem !== null;
  const unchanged = name.trim() === current;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (tooLong || unchanged) return;
        rename.mutate(name, {
          onSuccess: () => {
            notifications.show({ color: 'teal', title: 'Device renamed', message: name.trim() ? `Now called ${name.trim()}.` : 'The name was cleared; the device is shown by its ID.' });
            onClose();
          },
        });
      }}
    >
      <Stack gap="sm">
        <Text size="sm">
          Device ID: <code>{device.deviceId}</code>
        </Text>
        <TextInput
          label="Name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          description="Leave empty to remove the name."
          error={nameProblem ?? undefined}
          data-autofocus
          autoComplete="off"
        />
        {rename.isError ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(rename.error, 'The device could not be renamed.')}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} disabled={rename.isPending}>
            Cancel
          </Button>
          <Button type="submit" disabled={tooLong || unchanged} loading={rename.isPending}>
            Save name
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
