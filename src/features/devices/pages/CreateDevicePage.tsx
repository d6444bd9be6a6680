import { Anchor, Breadcrumbs, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessage, isApiError } from '../../../api/errors/api-error';
import { setDeviceName } from '../../../api/nexigon/client';
import { DEVICE_FINGERPRINT_LENGTH, deviceFingerprintProblem } from '../../../api/nexigon/formats';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';
import { ErrorState } from '../../../components/ErrorState';
import { FormActions } from '../../../components/FormActions';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { PageTitle } from '../../../components/PageTitle';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard';
import { useCreateDevice } from '../api/use-create-device';
import { FieldProblems } from '../../../lib/form-errors';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { deviceNameProblem } from '../lib/device-validation';
import { MONO_INPUT } from '../../../components/mono-input';

interface CreateValues {
  projectId: string;
  fingerprint: string;
  name: string;
  [key: string]: unknown;
}

/** Nexigon reports refusals as a message only: place the ones about the fingerprint at that field. */
function fieldOf(message: string): 'fingerprint' | 'projectId' | null {
  if (/fingerprint/i.test(message)) return 'fingerprint';
  if (/project/i.test(message)) return 'projectId';
  return null;
}

/** A refusal that names a field becomes that field's error; anything else goes to the form's alert. */
function placeCreateError(error: unknown): unknown {
  if (!isApiError(error) || error.status !== 400) return error;
  const field = fieldOf(error.message);
  return field ? FieldProblems.from([{ field, message: error.message }]) : error;
}

export function CreateDevicePage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const projects = useQuery(nexigonDeviceQueries.projects());
  const createDevice = useCreateDevice();
  const form = useForm<CreateValues>({
    initialValues: { projectId: params.get('project') ?? '', fingerprint: '', name: '' },
    validate: {
      projectId: (v) => (v ? null : 'Choose the project the device belongs to'),
      fingerprint: (v) => deviceFingerprintProblem(v),
      name: (v) => deviceNameProblem(v),
    },
    validateInputOnBlur: ['fingerprint'],
  });
  const { submitting, formErrors, run } = useFormSubmit(form);
  const createNamedDevice = async (values: CreateValues) => {
    const deviceId = await createDevice.mutateAsync({ projectId: values.projectId, fingerprint: values.fingerprint.trim() });
    if (!values.name.trim()) return { deviceId, renameFailed: null };
    // The device exists by now: a refused name is said, not treated as a failed creation.
    try {
      await setDeviceName({ deviceId, name: values.name });
      return { deviceId, renameFailed: null };
    } catch (error) {
      return { deviceId, renameFailed: errorMessage(error, 'unknown error') };
    }
  };

  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/devices">
          Devices
        </Anchor>
        <Text size="sm">Create device</Text>
      </Breadcrumbs>
      <PageTitle title="Create device" subtitle="Register a device ahead of its first connection, by the fingerprint its agent generated." />
      {projects.isError ? <ErrorState error={projects.error} onRetry={() => void projects.refetch()} title="Could not load the projects" /> : null}
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          run(
            values,
            async () => {
              const { deviceId, renameFailed } = await createNamedDevice(values);
              notifications.show(
                renameFailed
                  ? { color: 'orange', title: 'Device created, but not named', message: `The name was refused: ${renameFailed}. Rename it from its page.` }
                  : { color: 'teal', title: 'Device created', message: `${values.name.trim() || deviceId} can now authenticate with its fingerprint.` },
              );
              navigate(`/devices/${deviceId}`, { replace: true });
            },
            placeCreateError,
          ),
        )}
      >
        <UnsavedChangesGuard when={form.isDirty() && !submitting} />
        <Stack gap="md" maw={640}>
          <NativeSelect
            label="Project"
            required
            data={[{ value: '', label: projects.isPending ? 'Loading projects…' : 'Choose a project' }, ...(projects.data?.map((p) => ({ value: p.projectId, label: p.name })) ?? [])]}
            {...form.getInputProps('projectId')}
          />
          <TextInput
            label="Device fingerprint"
            required
            autoComplete="off"
            spellCheck={false}
            styles={MONO_INPUT}
            placeholder="d_sk_…"
            description={`"d_sk_" and ${DEVICE_FINGERPRINT_LENGTH} base 58 digits, as printed by the device's agent. It is a secret: the hub only ever shows its public part (d_pk_…).`}
            {...form.getInputProps('fingerprint')}
          />
          <TextInput label="Name" description="Optional. Without a name the console shows the device's ID." autoComplete="off" {...form.getInputProps('name')} />
          <FormErrorAlert title="The device was not created" messages={formErrors} />
          <FormActions align="start" submitLabel="Create device" onCancel={() => navigate('/devices')} submitting={submitting} />
        </Stack>
      </form>
    </>
  );
}
