import { NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { EVENT_SEVERITIES, type EventSeverity } from '../../../api/nexigon/types';
import { FormActions } from '../../../components/FormActions';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { MonoTextarea } from '../../../components/MonoTextarea';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { usePublishEvent } from '../api/use-publish-event';
import { parseJsonText } from '../lib/json-text';

interface PublishEventValues {
  severity: EventSeverity;
  category: string;
  body: string;
  [key: string]: unknown;
}

const INITIAL: PublishEventValues = { severity: 'Info', category: 'test', body: '{\n  "message": "Test event from the console"\n}' };
const CATEGORY_MAX = 255;

/** Publishes one event as the device's agent would, to check what an integration sees. Starts from an example event. */
export function PublishEventForm({ deviceId, onClose }: { deviceId: string; onClose: () => void }) {
  const publish = usePublishEvent(deviceId);
  const form = useForm<PublishEventValues>({
    initialValues: INITIAL,
    validate: {
      category: (v) => (v.length > CATEGORY_MAX ? `At most ${CATEGORY_MAX} characters` : null),
      body: (v) => {
        const parsed = parseJsonText(v);
        return parsed.ok ? null : parsed.error;
      },
    },
  });
  const { submitting, formErrors, run } = useFormSubmit(form);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        const parsed = parseJsonText(values.body);
        if (!parsed.ok) return;
        const published = await run(values, () => publish.mutateAsync({ severity: values.severity, category: values.category.trim() || undefined, body: parsed.value }));
        if (!published) return;
        notifications.show({ color: 'teal', title: 'Event published', message: `A ${values.severity} event was published for this device.` });
        onClose();
      })}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Sent with devices_PublishEvents, as if the device had emitted it: integrations and this list see it like any other event.
        </Text>
        <NativeSelect label="Severity" data={[...EVENT_SEVERITIES]} {...form.getInputProps('severity')} />
        <TextInput label="Category" description="Optional, e.g. test or agent." autoComplete="off" {...form.getInputProps('category')} />
        <MonoTextarea label="Body (JSON)" description='Any JSON value; a "message" field is shown in the list.' minRows={3} {...form.getInputProps('body')} />
        <FormErrorAlert title="The event was not published" messages={formErrors} />
        <FormActions submitLabel="Publish event" onCancel={onClose} submitting={submitting} />
      </Stack>
    </form>
  );
}
