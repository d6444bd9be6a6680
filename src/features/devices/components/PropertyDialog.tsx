import { Alert, Button, Checkbox, Group, JsonInput, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { DeviceProperty } from '../../../api/nexigon/types';
import { FormActions } from '../../../components/FormActions';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { MONO_INPUT } from '../../../components/mono-input';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard';
import { formatDateTime } from '../../../lib/format';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { usePropertyCompareAndSwap } from '../api/use-property-compare-and-swap';
import { propertyNameProblem } from '../lib/device-validation';
import { formatJson, parseJsonText } from '../lib/json-text';
import { JsonBlock } from './JsonBlock';
import { PropertyClashPanel } from './PropertyClashPanel';
import { ProtectedBadge } from './StatusBadges';

export type PropertyDialogMode = { kind: 'add' } | { kind: 'view'; property: DeviceProperty } | { kind: 'edit'; property: DeviceProperty };

export function PropertyDialog({ deviceId, mode, existingNames, onClose }: { deviceId: string; mode: PropertyDialogMode | null; existingNames: readonly string[]; onClose: () => void }) {
  const [dirty, setDirty] = useState(false);
  const [confirmingClose, setConfirmingClose] = useState(false);
  const requestClose = () => {
    if (dirty) setConfirmingClose(true);
    else onClose();
  };
  const title = !mode ? '' : mode.kind === 'add' ? 'Add property' : mode.kind === 'view' ? `Property ${mode.property.name}` : `Edit ${mode.property.name}`;
  return (
    // Not "Close": the view has its own Close button, and two would share one name.
    <Modal closeButtonProps={{ 'aria-label': 'Dismiss' }} opened={mode !== null} onClose={requestClose} title={title} size="xl" centered>
      {mode ? (
        <PropertyBody
          // A fresh form per property and mode.
          key={`${mode.kind}:${mode.kind === 'add' ? '' : mode.property.name}`}
          deviceId={deviceId}
          mode={mode}
          existingNames={existingNames}
          onDirty={setDirty}
          onDone={() => {
            setDirty(false);
            onClose();
          }}
          onCancel={requestClose}
        />
      ) : null}
      {confirmingClose ? (
        <Alert color="orange" variant="light" role="alertdialog" title="Discard your edit?" mt="md">
          <Text size="sm">Your changes to this property have not been saved.</Text>
          <Group gap="xs" mt="xs">
            <Button size="xs" variant="default" onClick={() => setConfirmingClose(false)}>
              Keep editing
            </Button>
            <Button
              size="xs"
              color="red"
              onClick={() => {
                setConfirmingClose(false);
                setDirty(false);
                onClose();
              }}
            >
              Discard edit
            </Button>
          </Group>
        </Alert>
      ) : null}
    </Modal>
  );
}

interface PropertyValues {
  name: string;
  value: string;
  protected: boolean;
  [key: string]: unknown;
}

function PropertyBody({
  deviceId,
  mode: initialMode,
  existingNames,
  onDirty,
  onDone,
  onCancel,
}: {
  deviceId: string;
  mode: PropertyDialogMode;
  existingNames: readonly string[];
  onDirty: (dirty: boolean) => void;
  onDone: () => void;
  onCancel: () => void;
}) {
  const cas = usePropertyCompareAndSwap(deviceId);
  const [mode, setMode] = useState(initialMode);
  const original = mode.kind === 'add' ? undefined : mode.property;
  const adding = mode.kind === 'add';
  /** The version the user's edit is based on: what compare-and-swap checks. */
  const [baseVersion, setBaseVersion] = useState<number | undefined>(original?.version);
  const form = useForm<PropertyValues>({
    initialValues: { name: original?.name ?? '', value: original ? formatJson(original.value) : '', protected: original?.protected ?? false },
    validate: {
      name: (v) => (adding ? (propertyNameProblem(v) ?? (existingNames.includes(v.trim()) ? 'This device already has a property with this name: edit it instead' : null)) : null),
      value: (v) => {
        const parsed = parseJsonText(v);
        return parsed.ok ? null : parsed.error;
      },
    },
    onValuesChange: () => onDirty(true),
  });
  const { submitting, formErrors, run } = useFormSubmit(form);

  if (mode.kind === 'view') {
    const p = mode.property;
    return (
      <Stack gap="sm">
        <PropertyMeta property={p} />
        <JsonBlock value={p.value} label="Value" maxHeight={480} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Close
          </Button>
          <Button onClick={() => setMode({ kind: 'edit', property: p })}>Edit</Button>
        </Group>
      </Stack>
    );
  }

  /** Writes the user's value: compare-and-swap against `expected`, or a create that looks first when there is nothing to compare with. */
  const write = async (expectedVersion: number | undefined, creating: boolean) => {
    const values = form.getValues();
    const parsed = parseJsonText(values.value);
    if (!parsed.ok) return;
    const name = values.name.trim();
    const done: { outcome: 'saved' | 'clash' | 'failed' } = { outcome: 'failed' };
    await run(values, async () => {
      done.outcome = await cas.write({ name, value: parsed.value, protected: values.protected, expectedVersion, creating });
    });
    if (done.outcome === 'saved') {
      notifications.show({ color: 'teal', title: adding ? 'Property added' : 'Property saved', message: `${name} was saved.` });
      onDone();
    } else {
      // Nothing was saved: the edit is still the user's to keep or drop.
      form.setDirty({ value: true });
      onDirty(true);
    }
  };

  const nameTaken = adding && existingNames.includes(form.getValues().name.trim());
  const { clash } = cas;
  return (
    <form noValidate onSubmit={form.onSubmit(() => write(adding ? undefined : baseVersion, adding))}>
      <UnsavedChangesGuard when={form.isDirty() && !submitting} />
      <Stack gap="sm">
        {adding ? (
          <TextInput
            label="Name"
            required
            autoComplete="off"
            description="e.g. fleet.site or app.config. Names starting with dev.nexigon. are read by the Nexigon agent."
            {...form.getInputProps('name')}
            error={form.errors.name ?? (nameTaken ? 'This device already has a property with this name: edit it instead' : undefined)}
            data-autofocus
          />
        ) : original ? (
          <PropertyMeta property={original} baseVersion={baseVersion} />
        ) : null}
        <JsonInput
          label="Value (JSON)"
          description='Any JSON value: "text" in quotes, 42, true, [1, 2], {"key": "value"}.'
          autosize
          minRows={4}
          maxRows={18}
          formatOnBlur
          // Mantine shows this instead of `error` once the text fails to parse on blur.
          validationError="Not valid JSON"
          styles={MONO_INPUT}
          {...form.getInputProps('value')}
        />
        <Checkbox
          label="Protected"
          description="A protected property can only be changed by users and API tokens, not by the device itself."
          {...form.getInputProps('protected', { type: 'checkbox' })}
        />
        {clash ? (
          <PropertyClashPanel
            clash={clash}
            mine={form.getValues().value}
            busy={submitting}
            onOverwrite={(version) => void write(version, false)}
            onUseServer={(server) => {
              cas.clearClash();
              form.setValues({ value: formatJson(server.value), protected: server.protected });
              setBaseVersion(server.version);
              if (adding) setMode({ kind: 'edit', property: server });
            }}
            onKeepMine={(server) => {
              cas.clearClash();
              setBaseVersion(server.version);
            }}
            onRecreate={() => void write(undefined, true)}
            onDiscard={onDone}
          />
        ) : null}
        <FormErrorAlert title="The property was not saved" messages={formErrors} />
        {!clash ? <FormActions submitLabel={adding ? 'Add property' : 'Save property'} onCancel={onCancel} submitting={submitting} disabled={nameTaken} /> : null}
      </Stack>
    </form>
  );
}

function PropertyMeta({ property, baseVersion }: { property: DeviceProperty; baseVersion?: number }) {
  return (
    <Group gap="xs">
      {property.protected ? <ProtectedBadge /> : null}
      <Text size="sm">
        Version {baseVersion ?? property.version} · last updated {formatDateTime(property.lastUpdated)}
      </Text>
    </Group>
  );
}
