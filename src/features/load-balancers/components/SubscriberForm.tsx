import { Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { Subscriber } from '../../../api/scaleway-lb/types';
import { FormActions } from '../../../components/FormActions';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { remapFieldErrors } from '../../../lib/field-errors';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useProfile } from '../../../lib/use-profiles';
import { validateEmail } from '../../../lib/validators';
import { useCreateSubscriber } from '../api/use-create-subscriber';
import { useUpdateSubscriber } from '../api/use-update-subscriber';
import { validateLbName } from '../lib/lb-validation';
import { LabeledSegments } from './LabeledSegments';

interface SubscriberValues {
  name: string;
  kind: 'email' | 'webhook';
  email: string;
  uri: string;
  [key: string]: unknown;
}

/** Where a subscriber's alerts go. */
const CHANNELS = [
  { value: 'email', label: 'Email' },
  { value: 'webhook', label: 'Webhook' },
];

const isHttpsUrl = (v: string) => URL.canParse(v) && new URL(v).protocol === 'https:';
/** The API names the channel's fields by their path in the body; the form has one field each. */
const mapError = (error: unknown) => remapFieldErrors(error, { 'email_config.email': 'email', 'webhook_config.uri': 'uri', email_config: 'email' });

/** Create or edit an alert subscriber: a name and where its alerts go (an email address or a webhook). */
export function SubscriberForm({ subscriber, region, onDone }: { subscriber?: Subscriber; region: string; onDone: () => void }) {
  const profile = useProfile('scaleway');
  const create = useCreateSubscriber(region);
  const update = useUpdateSubscriber(region);
  const form = useForm<SubscriberValues>({
    initialValues: { name: subscriber?.name ?? '', kind: subscriber?.webhook_config ? 'webhook' : 'email', email: subscriber?.email_config?.email ?? '', uri: subscriber?.webhook_config?.uri ?? '' },
    validate: {
      name: validateLbName,
      email: (v, values) => (values.kind === 'email' ? validateEmail(v) : null),
      uri: (v, values) => (values.kind === 'webhook' && !isHttpsUrl(v.trim()) ? 'Enter an https:// URL that accepts POST requests' : null),
    },
  });
  const { submitting, formErrors, run } = useFormSubmit(form);
  const save = async (values: SubscriberValues) => {
    const body = { name: values.name.trim(), ...(values.kind === 'email' ? { email_config: { email: values.email.trim() } } : { webhook_config: { uri: values.uri.trim() } }) };
    const saved = subscriber ? await update.mutateAsync({ subscriberId: subscriber.id, body }) : await create.mutateAsync({ ...body, project_id: profile.projectId });
    notifications.show({ color: 'teal', title: subscriber ? 'Subscriber saved' : 'Subscriber created', message: `${saved.name} receives alerts of the load balancers subscribed to it.` });
  };
  const v = form.getValues();
  return (
    <form noValidate onSubmit={form.onSubmit((values) => void run(values, () => save(values), mapError).then((ok) => ok && onDone()))}>
      <Stack gap="sm">
        <TextInput label="Name" required data-autofocus autoComplete="off" {...form.getInputProps('name')} />
        <LabeledSegments label="Alerts go to" data={CHANNELS} value={v.kind} onChange={(k) => form.setFieldValue('kind', k === 'webhook' ? 'webhook' : 'email')} />
        {v.kind === 'email' ? (
          <TextInput label="Email address" required type="email" {...form.getInputProps('email')} />
        ) : (
          <TextInput label="Webhook URL" required description="Scaleway POSTs a JSON alert to this URL (Slack, PagerDuty, Opsgenie…)." {...form.getInputProps('uri')} />
        )}
        <FormErrorAlert title="The subscriber was not saved" messages={formErrors} />
        <FormActions submitLabel={subscriber ? 'Save' : 'Create subscriber'} onCancel={onDone} submitting={submitting} />
      </Stack>
    </form>
  );
}
