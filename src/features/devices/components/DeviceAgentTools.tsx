import { Accordion, Alert, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlugConnected } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { newDeviceConnectionId } from '../../../api/nexigon/client';
import { clusterNodeIdProblem, connectionIdProblem } from '../../../api/nexigon/formats';
import { CONNECTION_END_REASONS, type ConnectionEndReason, type DeviceDetails } from '../../../api/nexigon/types';
import { FormActions } from '../../../components/FormActions';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { MONO_INPUT } from '../../../components/mono-input';
import { formatDateTime } from '../../../lib/format';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useRegisterConnection } from '../api/use-register-connection';
import { useUnregisterConnection } from '../api/use-unregister-connection';
import { END_REASON_DISPLAY } from '../lib/device-labels';

/**
 * Actions a cluster node takes for a device (register and end its connections),
 * offered to test an integration that watches connections. Collapsed by default:
 * they change what the hub believes about the device.
 */
export function DeviceAgentTools({ device }: { device: DeviceDetails }) {
  return (
    <Accordion variant="contained" mt="xl" order={2} chevronPosition="left">
      <Accordion.Item value="agent-tools">
        <Accordion.Control icon={<IconPlugConnected size={18} aria-hidden />}>Device agent tools</Accordion.Control>
        <Accordion.Panel>
          <Alert color="yellow" variant="light" mb="md" title="For testing an integration">
            These act as the hub&apos;s cluster nodes do when the device connects or goes away. The Connections tab and the device&apos;s online state show the result, and
            integrations see it as a real connection.
          </Alert>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
            <RegisterConnectionForm device={device} />
            <UnregisterConnectionForm device={device} />
          </SimpleGrid>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}

/**
 * One agent tool: a form named by its heading, its fields, why the hub refused, and a submit
 * button named like the heading. It runs the shared submit cycle; `onDone` follows a success.
 */
function AgentToolForm<V extends Record<string, unknown>>({
  title,
  form,
  action,
  onDone,
  errorTitle,
  disabled,
  children,
}: {
  title: string;
  form: UseFormReturnType<V>;
  action: (values: V) => Promise<unknown>;
  onDone: (values: V) => void;
  errorTitle: string;
  disabled?: boolean;
  children: ReactNode;
}) {
  const titleId = useId();
  const { submitting, formErrors, run } = useFormSubmit(form);
  const submit = form.onSubmit(async (values) => {
    if (await run(values, () => action(values))) onDone(values);
  });
  return (
    <form noValidate aria-labelledby={titleId} onSubmit={submit}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={titleId}>
          {title}
        </Title>
        {children}
        <FormErrorAlert title={errorTitle} messages={formErrors} />
        <FormActions align="start" submitLabel={title} submitting={submitting} disabled={disabled} />
      </Stack>
    </form>
  );
}

interface RegisterValues {
  nodeId: string;
  connectionId: string;
  [key: string]: unknown;
}

function RegisterConnectionForm({ device }: { device: DeviceDetails }) {
  const register = useRegisterConnection(device.deviceId);
  const form = useForm<RegisterValues>({
    initialValues: { nodeId: device.connections[0]?.nodeId ?? '', connectionId: newDeviceConnectionId() },
    validate: { nodeId: clusterNodeIdProblem, connectionId: connectionIdProblem },
  });
  return (
    <AgentToolForm
      title="Register connection"
      form={form}
      action={(values) => register.mutateAsync({ nodeId: values.nodeId.trim(), connectionId: values.connectionId.trim() })}
      onDone={(values) => {
        notifications.show({ color: 'teal', title: 'Connection registered', message: `Connection ${values.connectionId.trim()} is open.` });
        // The next registration needs an id of its own.
        form.setFieldValue('connectionId', newDeviceConnectionId());
      }}
      errorTitle="The connection was not registered"
    >
      <TextInput label="Node ID" description="The cluster node the device connects to." styles={MONO_INPUT} autoComplete="off" spellCheck={false} {...form.getInputProps('nodeId')} />
      <TextInput label="Connection ID" description="A new ID, as the node would mint it." styles={MONO_INPUT} autoComplete="off" spellCheck={false} {...form.getInputProps('connectionId')} />
    </AgentToolForm>
  );
}

interface UnregisterValues {
  connectionId: string;
  endReason: ConnectionEndReason;
  [key: string]: unknown;
}

function UnregisterConnectionForm({ device }: { device: DeviceDetails }) {
  const unregister = useUnregisterConnection(device.deviceId);
  const open = device.connections;
  const form = useForm<UnregisterValues>({
    initialValues: { connectionId: '', endReason: 'Disconnected' },
    validate: { connectionId: (v) => (v ? null : 'Choose the connection to end') },
  });
  const chosen = open.some((c) => c.connectionId === form.getValues().connectionId) ? form.getValues().connectionId : '';
  const reason = form.getValues().endReason;
  return (
    <AgentToolForm
      title="Unregister connection"
      form={form}
      action={(values) => unregister.mutateAsync({ connectionId: chosen, endReason: values.endReason })}
      onDone={(values) => {
        notifications.show({ color: 'teal', title: 'Connection ended', message: `Connection ${chosen} ended: ${END_REASON_DISPLAY[values.endReason].label}.` });
        form.setFieldValue('connectionId', '');
      }}
      errorTitle="The connection was not ended"
      disabled={open.length === 0}
    >
      <NativeSelect
        label="Connection"
        description={open.length === 0 ? 'The device has no open connection.' : 'One of the device’s open connections.'}
        disabled={open.length === 0}
        data={[{ value: '', label: open.length === 0 ? 'No open connection' : 'Choose a connection' }, ...open.map((c) => ({ value: c.connectionId, label: `${c.connectionId} (since ${formatDateTime(c.connectedAt)})` }))]}
        {...form.getInputProps('connectionId')}
        value={chosen}
      />
      <NativeSelect label="End reason" data={CONNECTION_END_REASONS.map((r) => ({ value: r, label: END_REASON_DISPLAY[r].label }))} {...form.getInputProps('endReason')} />
      <Text size="xs" c="dimmed">
        {END_REASON_DISPLAY[reason].meaning}
      </Text>
    </AgentToolForm>
  );
}
