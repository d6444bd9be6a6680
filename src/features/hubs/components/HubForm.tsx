import { Checkbox, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { DEFAULT_EVENTS_TOPIC_PREFIX, HUB_NAME_MAX, HUB_PRODUCT_PLANS, type CreateHubRequest, type Hub, type HubProductPlan, type UpdateHubRequest } from '../../../api/scaleway-iot/types';
import { FormActions } from '../../../components/FormActions';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { PLAN_DESCRIPTIONS, PLAN_LABELS } from '../lib/hub-labels';
import { validateEventsTopicPrefix, validateHubName } from '../lib/hub-validation';
import { UUID_PATTERN } from '../../../lib/validators';

export interface HubFormValues {
  name: string;
  project_id: string;
  product_plan: HubProductPlan | '';
  disable_events: boolean;
  events_topic_prefix: string;
  enable_device_auto_provisioning: boolean;
  [key: string]: unknown;
}

export function hubFormValues(hub?: Hub, projectId = ''): HubFormValues {
  return {
    name: hub?.name ?? '',
    project_id: hub?.project_id ?? projectId,
    product_plan: hub && hub.product_plan !== 'plan_unknown' ? hub.product_plan : hub ? '' : 'plan_shared',
    disable_events: hub?.disable_events ?? false,
    events_topic_prefix: hub?.events_topic_prefix ?? DEFAULT_EVENTS_TOPIC_PREFIX,
    enable_device_auto_provisioning: hub?.enable_device_auto_provisioning ?? false,
  };
}

/** The events topic prefix is checked only while events are on, so it is sent only then (the hub keeps its own otherwise). */
function eventsFields(values: HubFormValues): Pick<CreateHubRequest, 'disable_events' | 'events_topic_prefix'> {
  return values.disable_events ? { disable_events: true } : { disable_events: false, events_topic_prefix: values.events_topic_prefix };
}

export function createHubRequest(values: HubFormValues): CreateHubRequest {
  return { name: values.name, project_id: values.project_id.trim(), product_plan: values.product_plan as HubProductPlan, ...eventsFields(values) };
}

export function updateHubRequest(values: HubFormValues): UpdateHubRequest {
  return { name: values.name, product_plan: values.product_plan as HubProductPlan, ...eventsFields(values), enable_device_auto_provisioning: values.enable_device_auto_provisioning };
}

/**
 * Create and edit share one form. Client rules mirror the API; whatever the
 * API still refuses comes back as field errors on the same fields, and the
 * user's input stays as typed.
 */
export function HubForm({
  mode,
  hub,
  submitLabel,
  onSubmit,
  onCancel,
  defaultProjectId,
}: {
  mode: 'create' | 'edit';
  hub?: Hub;
  submitLabel: string;
  onSubmit: (values: HubFormValues) => Promise<unknown>;
  onCancel?: () => void;
  defaultProjectId?: string;
}) {
  const form = useForm<HubFormValues>({
    initialValues: hubFormValues(hub, defaultProjectId),
    validate: {
      name: validateHubName,
      project_id: (v) => (mode === 'create' && !UUID_PATTERN.test(v.trim()) ? 'Enter the project id (a UUID, see Settings for the default)' : null),
      product_plan: (v) => (v === '' ? 'Choose a product plan' : null),
      events_topic_prefix: (v, values) => (values.disable_events ? null : validateEventsTopicPrefix(v)),
    },
  });
  const { submitting, formErrors, run } = useFormSubmit(form);
  const canAutoProvision = hub?.has_custom_ca ?? false;

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => run(values, () => onSubmit(values)))}
    >
      <UnsavedChangesGuard when={form.isDirty() && !submitting} />
      <Stack gap="md" maw={640}>
        {mode === 'create' ? (
          <TextInput label="Project ID" required description="The Scaleway project that owns the hub." autoComplete="off" {...form.getInputProps('project_id')} />
        ) : null}
        <TextInput
          label="Name"
          required
          description={`Up to ${HUB_NAME_MAX} characters.`}
          maxLength={HUB_NAME_MAX + 50}
          autoComplete="off"
          {...form.getInputProps('name')}
        />
        <Select
          label="Product plan"
          required
          data={HUB_PRODUCT_PLANS.map((p) => ({ value: p, label: PLAN_LABELS[p] }))}
          description={form.getValues().product_plan ? PLAN_DESCRIPTIONS[form.getValues().product_plan as keyof typeof PLAN_DESCRIPTIONS] : undefined}
          allowDeselect={false}
          {...form.getInputProps('product_plan')}
        />
        <Checkbox
          label="Disable events"
          description="The hub stops publishing its own events (device connections, errors) on the events topic."
          {...form.getInputProps('disable_events', { type: 'checkbox' })}
        />
        <TextInput
          label="Events topic prefix"
          description={`Topic the hub publishes its events under. Default ${DEFAULT_EVENTS_TOPIC_PREFIX}.`}
          disabled={form.getValues().disable_events}
          {...form.getInputProps('events_topic_prefix')}
        />
        {mode === 'edit' ? (
          <Switch
            label="Device auto-provisioning"
            description={
              canAutoProvision
                ? 'Unknown devices presenting a certificate signed by the hub CA are created automatically.'
                : 'Requires a custom certificate authority: set one in the Certificate authority tab first.'
            }
            disabled={!canAutoProvision}
            {...form.getInputProps('enable_device_auto_provisioning', { type: 'checkbox' })}
          />
        ) : null}
        <FormErrorAlert title="The hub was not saved" messages={formErrors} />
        <FormActions align="start" submitLabel={submitLabel} onCancel={onCancel} submitting={submitting} disabled={mode === 'edit' && !form.isDirty()} />
      </Stack>
    </form>
  );
}
