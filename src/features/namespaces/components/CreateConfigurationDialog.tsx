import { Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { AkamaiAclRule, AkamaiJurisdiction, Configuration } from '../../../api/akamai/types';
import { isJurisdiction, toAclRequest } from '../../../api/akamai/types';
import { FormActions } from '../../../components/FormActions';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { applyApiFieldErrors } from '../../../lib/form-errors';
import { useCreateConfiguration } from '../api/use-create-configuration';
import { AKAMAI_JURISDICTIONS, jurisdictionLabel } from '../lib/jurisdictions';

/** The reference's device-identity example: devices publish their own telemetry, one group reads all of it. */
const STARTER_RULES: AkamaiAclRule[] = [
  { topicFilter: 'devices/%c/telemetry', publishers: ['*'], subscribers: [] },
  { topicFilter: 'devices/+/telemetry', publishers: [], subscribers: ['telemetry-readers'] },
];

interface Values {
  jurisdiction: string;
  start: string;
  [key: string]: unknown;
}

export function CreateConfigurationDialog({
  namespace,
  existing,
  initialJurisdiction,
  opened,
  onClose,
  onCreated,
}: {
  namespace: string;
  existing: readonly Configuration[];
  initialJurisdiction: AkamaiJurisdiction | null;
  opened: boolean;
  onClose: () => void;
  onCreated: (jurisdiction: AkamaiJurisdiction) => void;
}) {
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={opened} onClose={onClose} title="Create configuration" centered>
      {opened ? <CreateForm namespace={namespace} existing={existing} initialJurisdiction={initialJurisdiction} onClose={onClose} onCreated={onCreated} /> : null}
    </Modal>
  );
}

function CreateForm({ namespace, existing, initialJurisdiction, onClose, onCreated }: { namespace: string; existing: readonly Configuration[]; initialJurisdiction: AkamaiJurisdiction | null; onClose: () => void; onCreated: (jurisdiction: AkamaiJurisdiction) => void }) {
  const create = useCreateConfiguration(namespace);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const taken = new Set(existing.map((c) => c.jurisdiction));
  const free = AKAMAI_JURISDICTIONS.filter((j) => !taken.has(j));
  const copyable = existing.filter((c) => isJurisdiction(c.jurisdiction));
  const form = useForm<Values>({
    initialValues: { jurisdiction: initialJurisdiction ?? free[0] ?? '', start: 'starter' },
    validate: { jurisdiction: (v) => (isJurisdiction(v) && !taken.has(v) ? null : 'Choose a jurisdiction without a configuration') },
  });
  const rulesFor = (start: string): AkamaiAclRule[] => {
    if (start === 'empty') return [];
    if (start === 'starter') return STARTER_RULES;
    return existing.find((c) => c.jurisdiction === start)?.acls ?? [];
  };

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        if (!isJurisdiction(values.jurisdiction)) return;
        const jurisdiction = values.jurisdiction;
        setFormErrors([]);
        create.mutate(
          { jurisdiction, acls: toAclRequest(rulesFor(values.start)) },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', title: 'Configuration created', message: `${namespace} now has a configuration for ${jurisdictionLabel(jurisdiction)}.` });
              onCreated(jurisdiction);
            },
            onError: (error) => setFormErrors(applyApiFieldErrors(form, error)),
          },
        );
      })}
    >
      <Stack gap="sm">
        {free.length === 0 ? (
          <Text size="sm">{namespace} already has a configuration in every jurisdiction.</Text>
        ) : (
          <>
            <NativeSelect
              label="Jurisdiction"
              description="Where the configuration applies: each jurisdiction is a separate part of the Akamai Platform."
              data={free.map((j) => ({ value: j, label: jurisdictionLabel(j) }))}
              {...form.getInputProps('jurisdiction')}
            />
            <NativeSelect
              label="Start with"
              data={[
                { value: 'starter', label: 'A device-identity rule pair (edit it next)' },
                { value: 'empty', label: 'No rules' },
                ...copyable.map((c) => ({ value: c.jurisdiction, label: `A copy of the rules in ${isJurisdiction(c.jurisdiction) ? jurisdictionLabel(c.jurisdiction) : c.jurisdiction} (${c.acls.length})` })),
              ]}
              {...form.getInputProps('start')}
            />
            <Text size="xs" c="dimmed">
              Storage and topic expiry are set by Akamai for your contract and shown read-only.
            </Text>
          </>
        )}
        {create.applying ? (
          <Text size="sm" role="status">
            Akamai accepted the configuration; applying… It opens once it exists.
          </Text>
        ) : null}
        <FormErrorAlert title="The configuration was not created" messages={formErrors} />
        <FormActions submitLabel="Create configuration" onCancel={onClose} submitting={create.isPending} disabled={free.length === 0} />
      </Stack>
    </form>
  );
}
