import { Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { DeviceDetails } from '../../../api/nexigon/types';
import { FormActions } from '../../../components/FormActions';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useRenameDevice } from '../api/use-rename-device';
import { deviceNameProblem } from '../lib/device-validation';

/** The device's name, starting from the current one; empty removes it. */
export function RenameDeviceForm({ device, onClose }: { device: DeviceDetails; onClose: () => void }) {
  const current = device.name ?? '';
  const rename = useRenameDevice(device.deviceId);
  const form = useForm<{ name: string }>({ initialValues: { name: current }, validate: { name: (v) => deviceNameProblem(v) } });
  const { submitting, formErrors, run } = useFormSubmit(form);
  const name = form.getValues().name;
  const unchanged = name.trim() === current;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        if (values.name.trim() === current) return;
        if (!(await run(values, () => rename.mutateAsync(values.name)))) return;
        const trimmed = values.name.trim();
        notifications.show({ color: 'teal', title: 'Device renamed', message: trimmed ? `Now called ${trimmed}.` : 'The name was cleared; the device is shown by its ID.' });
        onClose();
      })}
    >
      <Stack gap="sm">
        <Text size="sm">
          Device ID: <code>{device.deviceId}</code>
        </Text>
        <TextInput
          label="Name"
          description="Leave empty to remove the name."
          {...form.getInputProps('name')}
          // Said while typing, as before: the limit is easy to cross when pasting.
          error={form.errors.name ?? deviceNameProblem(name) ?? undefined}
          data-autofocus
          autoComplete="off"
        />
        <FormErrorAlert title="The device could not be renamed" messages={formErrors} />
        <FormActions submitLabel="Save name" onCancel={onClose} submitting={submitting} disabled={unchanged || deviceNameProblem(name) !== null} />
      </Stack>
    </form>
  );
}
