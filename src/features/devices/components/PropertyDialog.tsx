import { Alert, Badge, Button, Checkbox, Group, JsonInput, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../../api/errors/api-error';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';
import type { DeviceProperty } from '../../../api/nexigon/types';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard';
import { formatDateTime } from '../../../lib/format';
import { useSetProperty } from '../api/use-set-property';
import { propertyNameProblem } from '../lib/device-validation';
import { formatJson, parseJsonText } from '../lib/json-text';
import { MONO_INPUT } from '../lib/styles';
import { JsonBlock } from './JsonBlock';

export type PropertyDialogMode = { kind: 'add' } | { kind: 'view'; property: DeviceProperty } | { kind: 'edit'; property: DeviceProperty };

/**
 * What the server holds when a compare-and-swap write did not apply:
 * another value (someone wrote first), nothing (someone removed it), or
 * an existing property where the user meant to create one.
 */
type Clash = { kind: 'changed'; server: DeviceProperty } | { kind: 'deleted' } | { kind: 'exists'; server: DeviceProperty };

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
  const queryClient = useQueryClient();
  const setProperty = useSetProperty(deviceId);
  const [mode, setMode] = useState(initialMode);
  const original = mode.kind === 'add' ? undefined : mode.property;
  const [name, setName] = useState(original?.name ?? '');
  const [valueText, setValueText] = useState(original ? formatJson(original.value) : '');
  const [isProtected, setProtected] = useState(original?.protected ?? false);
  /** The version the user's edit is based on: what compare-and-swap checks. */
  const [baseVersion, setBaseVersion] = useState<number | undefined>(original?.version);
  const [clash, setClash] = useState<Clash | null>(null);
  const [errors, setErrors] = useState<{ name?: string; value?: string; form?: string }>({});
  const [saving, setSaving] = useState(false);

  const [dirty, setDirty] = useState(false);
  const markDirty = () => {
    setDirty(true);
    onDirty(true);
  };
  const adding = mode.kind === 'add';

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

  const currentServerValue = async (): Promise<DeviceProperty | null> => {
    const answer = await queryClient.fetchQuery({ ...nexigonDeviceQueries.property(deviceId, name.trim()), staleTime: 0 });
    return answer.result === 'Found' ? { name: answer.name, value: answer.value, protected: answer.protected, version: answer.version, lastUpdated: answer.lastUpdated } : null;
  };

  /** Writes the user's value: compare-and-swap against `expected`, or a plain create when there is nothing to compare with. */
  const write = async (expected: number | undefined, options: { creating: boolean }) => {
    const parsed = parseJsonText(valueText);
    const trimmed = name.trim();
    const nameError = adding ? (propertyNameProblem(name) ?? undefined) : undefined;
    if (!parsed.ok || nameError) {
      setErrors({ name: nameError, value: parsed.ok ? undefined : parsed.error });
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      if (options.creating) {
        // Nothing to compare with: look first, so an existing property is never overwritten unseen.
        const server = await currentServerValue();
        if (server) {
          setClash({ kind: 'exists', server });
          return;
        }
      }
      const result = await setProperty.mutateAsync({ name: trimmed, value: parsed.value, protected: isProtected, expectedVersion: expected });
      if (result.result === 'Set') {
        notifications.show({ color: 'teal', title: adding ? 'Property added' : 'Property saved', message: `${trimmed} was saved.` });
        onDone();
      } else if (result.result === 'Deleted') {
        setClash({ kind: 'deleted' });
      } else {
        const server = await currentServerValue();
        setClash(server ? { kind: 'changed', server } : { kind: 'deleted' });
      }
    } catch (error) {
      setErrors({ form: isApiError(error) ? error.message : 'The property could not be saved.' });
    } finally {
      setSaving(false);
    }
  };

  const save = () => void write(adding ? undefined : baseVersion, { creating: adding });

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <UnsavedChangesGuard when={dirty && !saving} />
      <Stack gap="sm">
        {adding ? (
          <TextInput
            label="Name"
            required
            autoComplete="off"
            description="e.g. fleet.site or app.config. Names starting with dev.nexigon. are read by the Nexigon agent."
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              markDirty();
            }}
            error={errors.name ?? (existingNames.includes(name.trim()) ? 'This device already has a property with this name: edit it instead' : undefined)}
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
          value={valueText}
          onChange={(v) => {
            setValueText(v);
            markDirty();
          }}
          error={errors.value}
          // Mantine shows this instead of `error` once the text fails to parse on blur.
          validationError={errors.value ?? 'Not valid JSON'}
          styles={MONO_INPUT}
        />
        <Checkbox
          label="Protected"
          description="A protected property can only be changed by users and API tokens, not by the device itself."
          checked={isProtected}
          onChange={(e) => {
            setProtected(e.currentTarget.checked);
            markDirty();
          }}
        />
        {clash ? (
          <ClashPanel
            clash={clash}
            mine={valueText}
            busy={saving}
            onOverwrite={(version) => {
              setClash(null);
              void write(version, { creating: false });
            }}
            onUseServer={(server) => {
              setClash(null);
              setValueText(formatJson(server.value));
              setProtected(server.protected);
              setBaseVersion(server.version);
              if (adding) setMode({ kind: 'edit', property: server });
            }}
            onKeepMine={(server) => {
              setClash(null);
              setBaseVersion(server.version);
            }}
            onRecreate={() => {
              setClash(null);
              void write(undefined, { creating: true });
            }}
            onDiscard={onDone}
          />
        ) : null}
        {errors.form ? (
          <Alert color="red" variant="light" role="alert" title="The property was not saved">
            {errors.form}
          </Alert>
        ) : null}
        {!clash ? (
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onCancel} disabled={saving}>
              Cancel
            </Button>
            <Button type="submit" loading={saving} disabled={adding && existingNames.includes(name.trim())}>
              {adding ? 'Add property' : 'Save property'}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}

function PropertyMeta({ property, baseVersion }: { property: DeviceProperty; baseVersion?: number }) {
  return (
    <Group gap="xs">
      {property.protected ? (
        <Badge color="violet" variant="light" leftSection={<IconLock size={12} aria-hidden />}>
          Protected
        </Badge>
      ) : null}
      <Text size="sm">
        Version {baseVersion ?? property.version} · last updated {formatDateTime(property.lastUpdated)}
      </Text>
    </Group>
  );
}

/** Shows the server's value beside the user's edit and lets the user choose; nothing is overwritten without a click. */
function ClashPanel({
  clash,
  mine,
  busy,
  onOverwrite,
  onUseServer,
  onKeepMine,
  onRecreate,
  onDiscard,
}: {
  clash: Clash;
  mine: string;
  busy: boolean;
  onOverwrite: (version: number) => void;
  onUseServer: (server: DeviceProperty) => void;
  onKeepMine: (server: DeviceProperty) => void;
  onRecreate: () => void;
  onDiscard: () => void;
}) {
  const mineParsed = parseJsonText(mine);
  const yours = <JsonBlock value={mineParsed.ok ? mineParsed.value : mine} label="Your edit" />;
  if (clash.kind === 'deleted') {
    return (
      <Alert color="orange" variant="light" role="alert" title="This property was removed meanwhile">
        <Stack gap="xs">
          <Text size="sm">Someone removed it after you opened it, so your edit was not saved.</Text>
          {yours}
          <Group gap="xs">
            <Button size="xs" onClick={onRecreate} loading={busy}>
              Re-create it with my edit
            </Button>
            <Button size="xs" variant="default" onClick={onDiscard}>
              Discard my edit
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }
  const { server } = clash;
  return (
    <Alert color="orange" variant="light" role="alert" title={clash.kind === 'exists' ? 'A property with this name already exists' : 'Changed by someone else'}>
      <Stack gap="xs">
        <Text size="sm">
          {clash.kind === 'exists'
            ? 'It was created while you were typing. Nothing was overwritten: compare and choose.'
            : `The server now has version ${server.version} (updated ${formatDateTime(server.lastUpdated)}). Your edit was not saved: compare and choose.`}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <JsonBlock value={server.value} label={`Current server value (version ${server.version})`} />
          {yours}
        </SimpleGrid>
        <Group gap="xs">
          <Button size="xs" color="orange" onClick={() => onOverwrite(server.version)} loading={busy}>
            Overwrite with my edit
          </Button>
          <Button size="xs" variant="light" onClick={() => onUseServer(server)}>
            Use the server value
          </Button>
          {clash.kind === 'changed' ? (
            <Button size="xs" variant="default" onClick={() => onKeepMine(server)}>
              Keep editing mine
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Alert>
  );
}
