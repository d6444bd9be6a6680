import { MultiSelect, NumberInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { durationToMs, msToDuration } from '../../../../api/scaleway-lb/duration';
import type { Backend, Certificate, Frontend, FrontendSettings } from '../../../../api/scaleway-lb/types';
import { UnsavedChangesGuard } from '../../../../components/UnsavedChangesGuard';
import { remapFieldErrors } from '../../../../lib/field-errors';
import { CERT_STATUS_LABELS } from '../../lib/lb-labels';
import { validateLbName, validateOptionalMs } from '../../lib/lb-validation';
import { validatePort } from '../../../../lib/validators';
import { FormErrorAlert } from '../../../../components/FormErrorAlert';
import { FormActions } from '../../../../components/FormActions';
import { useFormSubmit } from '../../../../lib/use-form-submit';

interface FrontendValues {
  name: string;
  inbound_port: number | string;
  backend_id: string;
  certificate_ids: string[];
  enable_http3: boolean;
  connection_rate_limit: number | string;
  enable_access_logs: boolean;
  timeout_client_ms: number | string;
  [key: string]: unknown;
}

function initialValues(frontend: Frontend | undefined, backends: readonly Backend[]): FrontendValues {
  return {
    name: frontend?.name ?? '',
    inbound_port: frontend?.inbound_port ?? '',
    backend_id: frontend?.backend?.id ?? backends[0]?.id ?? '',
    certificate_ids: frontend?.certificate_ids ?? [],
    enable_http3: frontend?.enable_http3 ?? false,
    connection_rate_limit: frontend?.connection_rate_limit ?? 0,
    enable_access_logs: frontend?.enable_access_logs ?? false,
    timeout_client_ms: durationToMs(frontend?.timeout_client) ?? 30_000,
  };
}

export function toFrontendSettings(v: FrontendValues): FrontendSettings {
  return {
    name: v.name.trim(),
    inbound_port: Number(v.inbound_port),
    backend_id: v.backend_id,
    certificate_ids: v.certificate_ids,
    enable_http3: v.enable_http3,
    connection_rate_limit: v.connection_rate_limit === '' ? 0 : Number(v.connection_rate_limit),
    enable_access_logs: v.enable_access_logs,
    timeout_client: v.timeout_client_ms === '' ? undefined : msToDuration(Number(v.timeout_client_ms)),
  };
}

/** Create and edit share one form; the API's refusals land at their fields and the input stays. */
export function FrontendForm({
  frontend,
  backends,
  certificates,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  frontend?: Frontend;
  backends: readonly Backend[];
  certificates: readonly Certificate[];
  submitLabel: string;
  onSubmit: (settings: FrontendSettings) => Promise<unknown>;
  onCancel: () => void;
}) {
  const form = useForm<FrontendValues>({
    initialValues: initialValues(frontend, backends),
    validate: {
      name: validateLbName,
      inbound_port: (v) => validatePort(v === '' ? undefined : Number(v)),
      backend_id: (v) => (v ? null : 'Choose the backend that receives the traffic'),
      connection_rate_limit: (v) => (v !== '' && (Number(v) < 0 || !Number.isInteger(Number(v))) ? 'A whole number of connections per second, 0 for no limit' : null),
      timeout_client_ms: (v) => validateOptionalMs(v, { label: 'The client timeout' }),
      enable_http3: (v, values) => (v && values.certificate_ids.length === 0 ? 'HTTP/3 runs over TLS (QUIC): add a certificate first' : null),
    },
  });
  const { submitting, formErrors, run } = useFormSubmit(form);
  const values = form.getValues();
  const backend = backends.find((b) => b.id === values.backend_id);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => run(v, () => onSubmit(toFrontendSettings(v)), (error) => remapFieldErrors(error, { timeout_client: 'timeout_client_ms' }, { certificate_ids: 'certificate_ids' })))}
    >
      <UnsavedChangesGuard when={form.isDirty() && !submitting} />
      <Stack gap="sm">
        <TextInput label="Name" required autoComplete="off" data-autofocus {...form.getInputProps('name')} />
        <NumberInput label="Port" required description="The port clients connect to on the load balancer's addresses." min={1} max={65535} allowDecimal={false} {...form.getInputProps('inbound_port')} />
        <Select
          label="Backend"
          required
          description={backend ? `${backend.forward_protocol.toUpperCase()} to port ${backend.forward_port} of ${backend.pool.length} server(s).` : 'Create a backend first.'}
          data={backends.map((b) => ({ value: b.id, label: `${b.name} (${b.forward_protocol.toUpperCase()} ${b.forward_port})` }))}
          allowDeselect={false}
          {...form.getInputProps('backend_id')}
        />
        <MultiSelect
          label="Certificates"
          description="With certificates the frontend terminates TLS; the load balancer picks the one matching the SNI name."
          placeholder={certificates.length ? 'None: plain TCP or HTTP' : 'No certificate on this load balancer'}
          data={certificates.map((c) => ({ value: c.id, label: `${c.name} (${c.common_name || 'no name'}, ${CERT_STATUS_LABELS[c.status]})`, disabled: c.status === 'error' }))}
          {...form.getInputProps('certificate_ids')}
        />
        <Switch label="HTTP/3" description="Also accept HTTP/3 (QUIC over UDP). Needs a certificate and an HTTP backend." {...form.getInputProps('enable_http3', { type: 'checkbox' })} />
        <NumberInput label="Connection rate limit" description="New connections per second accepted on this frontend; 0 means no limit. Protects the backend from reconnect storms." min={0} allowDecimal={false} suffix=" /s" {...form.getInputProps('connection_rate_limit')} />
        <NumberInput label="Client timeout" description="Close client connections idle for longer than this (ms). MQTT clients need more than their keep-alive." min={0} allowDecimal={false} suffix=" ms" {...form.getInputProps('timeout_client_ms')} />
        <Switch label="Access logs" description="Send one log line per request or connection to Cockpit." {...form.getInputProps('enable_access_logs', { type: 'checkbox' })} />
        <FormErrorAlert title="The frontend was not saved" messages={formErrors} />
        <FormActions submitLabel={submitLabel} onCancel={onCancel} submitting={submitting} />
      </Stack>
    </form>
  );
}
