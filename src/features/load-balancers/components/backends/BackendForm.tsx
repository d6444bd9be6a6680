import { Checkbox, Divider, NumberInput, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { HEALTH_CHECK_TYPES, ON_MARKED_DOWN_ACTIONS, STICKY_SESSIONS_TYPES, type Backend, type BackendSettings, type HealthCheckInput, type Protocol } from '../../../../api/scaleway-lb/types';
import { UnsavedChangesGuard } from '../../../../components/UnsavedChangesGuard';
import { BACKEND_FIELD_MAP, backendToValues, backendValidation, HEALTH_CHECK_FIELD_MAP, parseServerList, valuesToHealthCheck, valuesToSettings, type BackendValues } from '../../lib/backend-form';
import { remapFieldErrors } from '../../../../lib/field-errors';
import { ALGORITHMS, HEALTH_CHECK_DESCRIPTIONS, HEALTH_CHECK_LABELS, ON_MARKED_DOWN_LABELS, PROXY_PROTOCOL_OPTIONS, STICKY_LABELS } from '../../lib/lb-labels';
import { FormErrorAlert } from '../../../../components/FormErrorAlert';

import { FormActions } from '../../../../components/FormActions';
import { FormSection } from '../../../../components/FormSection';
import { LabeledSegments } from '../LabeledSegments';
import { MonoTextarea } from '../../../../components/MonoTextarea';
import { useFormSubmit } from '../../../../lib/use-form-submit';

type Form = UseFormReturnType<BackendValues>;

const HC_FIELDS = ['hc_type', 'hc_port', 'hc_delay_ms', 'hc_timeout_ms', 'hc_max_retries', 'hc_transient_delay_ms', 'hc_send_proxy', 'hc_uri', 'hc_method', 'hc_code', 'hc_host_header', 'hc_sni', 'hc_user'] as const;

const PROTOCOL_OPTIONS: readonly { value: Protocol; label: string }[] = [
  { value: 'tcp', label: 'TCP' },
  { value: 'http', label: 'HTTP' },
];

/** A whole-number field of the form: `ms` ones are durations in milliseconds. */
interface NumberField {
  field: keyof BackendValues & string;
  label: string;
  description: string;
  ms?: boolean;
  min?: number;
  max?: number;
}

const TIMEOUT_FIELDS: readonly NumberField[] = [
  { field: 'timeout_server_ms', label: 'Server timeout', description: 'Maximum time for a server to answer.', ms: true },
  { field: 'timeout_connect_ms', label: 'Connect timeout', description: 'Maximum time to open a connection to a server.', ms: true },
  { field: 'timeout_tunnel_ms', label: 'Tunnel timeout', description: 'Idle time allowed once a WebSocket (or TCP tunnel) is open.', ms: true },
  { field: 'timeout_queue_ms', label: 'Queue timeout', description: 'How long a request may wait when every server is at its connection limit.', ms: true },
];

const RESILIENCE_FIELDS: readonly NumberField[] = [
  { field: 'max_retries', label: 'Retries', description: 'Connection attempts to a failing server.' },
  { field: 'redispatch_attempt_count', label: 'Redispatch attempts', description: 'Retries sent to another server.' },
  { field: 'max_connections', label: 'Max connections per server', description: 'Empty for no limit.' },
];

const CHECK_TIMING_FIELDS: readonly NumberField[] = [
  { field: 'hc_port', label: 'Check port', description: 'Empty: the backend port.', min: 1, max: 65535 },
  { field: 'hc_delay_ms', label: 'Check delay', description: 'Between two checks.', ms: true },
  { field: 'hc_timeout_ms', label: 'Check timeout', description: 'Time allowed to answer.', ms: true },
  { field: 'hc_max_retries', label: 'Failures before down', description: 'Consecutive failed checks.' },
  { field: 'hc_transient_delay_ms', label: 'Transient check delay', description: 'Between checks while a server goes up or down.', ms: true },
];

function NumberFields({ form, fields, cols }: { form: Form; fields: readonly NumberField[]; cols: number }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: cols }}>
      {fields.map(({ field, label, description, ms, min = 0, max }) => (
        <NumberInput key={field} label={label} description={description} min={min} max={max} allowDecimal={false} suffix={ms ? ' ms' : undefined} {...form.getInputProps(field)} />
      ))}
    </SimpleGrid>
  );
}

/** A choice among fixed options; one is always chosen. */
interface Choice {
  field: keyof BackendValues & string;
  label: string;
  options: readonly { value: string; label: string }[];
  description: string;
}

const STICKY_CHOICE: Choice = {
  field: 'sticky_sessions',
  label: 'Sticky sessions',
  options: STICKY_SESSIONS_TYPES.map((s) => ({ value: s, label: STICKY_LABELS[s] })),
  description: 'Keep a client on the same server: by an HTTP cookie, or by its source IP.',
};

const MARKED_DOWN_CHOICE: Choice = {
  field: 'on_marked_down_action',
  label: 'When a server is marked down',
  options: ON_MARKED_DOWN_ACTIONS.map((a) => ({ value: a, label: ON_MARKED_DOWN_LABELS[a] })),
  description: 'Closing open sessions makes long-lived clients (MQTT, WebSocket) reconnect to a healthy server at once.',
};

const PROXY_PROTOCOL_CHOICE: Choice = {
  field: 'proxy_protocol',
  label: 'Proxy protocol',
  options: PROXY_PROTOCOL_OPTIONS,
  description: "Tells the servers the client's real IP. The server software must expect it, or every connection fails.",
};

function ChoiceSelect({ form, choice: { field, label, options, description } }: { form: Form; choice: Choice }) {
  return <Select label={label} data={[...options]} description={description} allowDeselect={false} {...form.getInputProps(field)} />;
}

export interface BackendSubmit {
  settings: BackendSettings;
  healthCheck: HealthCheckInput;
  /** Create only: the initial pool. */
  serverIps: string[];
  healthCheckChanged: boolean;
  settingsChanged: boolean;
}

/**
 * Every field of a backend, grouped the way an operator thinks about them.
 * On edit, settings and health check are two API calls: only what changed
 * is sent, and errors from either land at their fields.
 */
export function BackendForm({ backend, submitLabel, onSubmit, onCancel }: { backend?: Backend; submitLabel: string; onSubmit: (values: BackendSubmit) => Promise<'settings' | 'health' | void>; onCancel: () => void }) {
  const creating = !backend;
  const form = useForm<BackendValues>({
    initialValues: backendToValues(backend),
    validate: { ...backendValidation, servers: (v: string) => (creating ? backendValidation.servers(v) : null) },
  });
  const { submitting, formErrors, run } = useFormSubmit(form);
  const v = form.getValues();

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        const healthCheckChanged = creating || HC_FIELDS.some((f) => form.isDirty(f));
        const settingsChanged = creating || Object.keys(values).some((f) => !(HC_FIELDS as readonly string[]).includes(f) && f !== 'servers' && form.isDirty(f));
        const submit = { settings: valuesToSettings(values), healthCheck: valuesToHealthCheck(values), serverIps: parseServerList(values.servers).addresses, healthCheckChanged, settingsChanged };
        return run(values, () => onSubmit(submit), (error) => {
          // The health check call names its fields without the health_check prefix.
          const step = (error as { step?: 'settings' | 'health' }).step;
          const cause = (error as { cause?: unknown }).cause ?? error;
          return remapFieldErrors(cause, step === 'health' ? HEALTH_CHECK_FIELD_MAP : BACKEND_FIELD_MAP, { server_ip: 'servers' }, (_list, i) => `Server ${i + 1}`);
        });
      })}
    >
      <UnsavedChangesGuard when={form.isDirty() && !submitting} />
      <Stack gap="lg">
        <FormSection title="Forwarding">
          <TextInput label="Name" required autoComplete="off" data-autofocus {...form.getInputProps('name')} />
          <LabeledSegments
            label="Protocol"
            data={PROTOCOL_OPTIONS}
            {...form.getInputProps('forward_protocol')}
            hint={v.forward_protocol === 'http' ? 'HTTP: path and header ACLs, cookies, redirects, HTTP/3 on the frontend.' : 'TCP: any protocol (MQTT, databases…); ACLs can filter on IP only.'}
          />
          <NumberInput label="Port" required description="The port of the backend servers." min={1} max={65535} allowDecimal={false} {...form.getInputProps('forward_port')} />
          <Select
            label="Load balancing algorithm"
            data={ALGORITHMS.map((a) => ({ value: a.value, label: a.label }))}
            description={ALGORITHMS.find((a) => a.value === v.forward_port_algorithm)?.description}
            allowDeselect={false}
            {...form.getInputProps('forward_port_algorithm')}
          />
        </FormSection>

        {creating ? (
          <FormSection title="Servers">
            <MonoTextarea
              label="Server IPs"
              description="One IPv4 or IPv6 address per line (or separated by commas). You can add and remove servers later."
              minRows={3}
              maxRows={10}
              placeholder={'10.0.0.11\n10.0.0.12\n2001:db8::12'}
              {...form.getInputProps('servers')}
            />
          </FormSection>
        ) : null}

        <Divider />
        <HealthCheckFields form={form} />
        <Divider />

        <FormSection title="Sessions">
          <ChoiceSelect form={form} choice={STICKY_CHOICE} />
          {v.sticky_sessions === 'cookie' ? <TextInput label="Cookie name" required {...form.getInputProps('sticky_sessions_cookie_name')} /> : null}
          <ChoiceSelect form={form} choice={MARKED_DOWN_CHOICE} />
          <ChoiceSelect form={form} choice={PROXY_PROTOCOL_CHOICE} />
        </FormSection>

        <FormSection title="Timeouts">
          <NumberFields form={form} fields={TIMEOUT_FIELDS} cols={2} />
        </FormSection>

        <FormSection title="Resilience">
          <NumberFields form={form} fields={RESILIENCE_FIELDS} cols={3} />
          <TextInput
            label="Failover host"
            description="A Scaleway Object Storage bucket website served when every server is down, e.g. failover-website.s3-website.fr-par.scw.cloud (no https://)."
            autoComplete="off"
            {...form.getInputProps('failover_host')}
          />
        </FormSection>

        <FormSection title="TLS to the servers">
          <Switch label="SSL bridging" description="Re-encrypt traffic from the load balancer to the servers." {...form.getInputProps('ssl_bridging', { type: 'checkbox' })} />
          <Switch
            label="Skip server certificate verification"
            description="Accept self-signed server certificates. Traffic is still encrypted but a man in the middle goes unnoticed."
            disabled={!v.ssl_bridging}
            {...form.getInputProps('ignore_ssl_server_verify', { type: 'checkbox' })}
          />
        </FormSection>

        <FormErrorAlert title="The backend was not saved" messages={formErrors} />
        <FormActions submitLabel={submitLabel} onCancel={onCancel} submitting={submitting} disabled={!creating && !form.isDirty()} />
      </Stack>
    </form>
  );
}

/** One form per check type: only the fields that type uses are shown. */
function HealthCheckFields({ form }: { form: Form }) {
  const v = form.getValues();
  const isHttp = v.hc_type === 'http' || v.hc_type === 'https';
  return (
    <FormSection title="Health check">
      <Select
        label="Health check type"
        data={HEALTH_CHECK_TYPES.map((t) => ({ value: t, label: HEALTH_CHECK_LABELS[t] }))}
        description={HEALTH_CHECK_DESCRIPTIONS[v.hc_type]}
        allowDeselect={false}
        {...form.getInputProps('hc_type')}
      />
      {isHttp ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Check path" required {...form.getInputProps('hc_uri')} />
          <TextInput label="Check method" {...form.getInputProps('hc_method')} />
          <NumberInput label="Expected status" min={100} max={599} allowDecimal={false} {...form.getInputProps('hc_code')} />
          <TextInput label="Host header" description="Empty: the server's address." {...form.getInputProps('hc_host_header')} />
          {v.hc_type === 'https' ? <TextInput label="SNI" description="The name sent in the TLS handshake." {...form.getInputProps('hc_sni')} /> : null}
        </SimpleGrid>
      ) : null}
      {v.hc_type === 'mysql' || v.hc_type === 'pgsql' ? <TextInput label="Database user" required description="A user allowed to connect without a password from the load balancer." {...form.getInputProps('hc_user')} /> : null}
      <NumberFields form={form} fields={CHECK_TIMING_FIELDS} cols={3} />
      <Checkbox label="Send the PROXY protocol header with checks" {...form.getInputProps('hc_send_proxy', { type: 'checkbox' })} />
    </FormSection>
  );
}
