import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { NAMESPACE_NAME_MAX, namespaceNameProblem } from '../../../api/akamai/types';
import { FormActions } from '../../../components/FormActions';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { applyApiFieldErrors } from '../../../lib/form-errors';
import { useReserveNamespace } from '../api/use-reserve-namespace';

interface Values {
  namespace: string;
  [key: string]: unknown;
}

/** Reserving is global: the name is checked here first, and the API's refusal lands at the field. */
export function ReserveNamespaceDialog({ opened, onClose, onReserved }: { opened: boolean; onClose: () => void; onReserved: (namespace: string) => void }) {
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={opened} onClose={onClose} title="Reserve namespace" centered>
      {opened ? <ReserveForm onClose={onClose} onReserved={onReserved} /> : null}
    </Modal>
  );
}

function ReserveForm({ onClose, onReserved }: { onClose: () => void; onReserved: (namespace: string) => void }) {
  const reserve = useReserveNamespace();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<Values>({
    initialValues: { namespace: '' },
    validate: { namespace: (value) => namespaceNameProblem(value) },
    validateInputOnChange: true,
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setFormErrors([]);
        reserve.mutate(values.namespace, {
          onSuccess: () => {
            notifications.show({ color: 'teal', title: 'Namespace reserved', message: `${values.namespace} is yours. Create a configuration for a jurisdiction next.` });
            onReserved(values.namespace);
          },
          onError: (error) => setFormErrors(applyApiFieldErrors(form, error)),
        });
      })}
    >
      <Stack gap="sm">
        <Text size="sm">
          A namespace is reserved globally, across all Akamai accounts, and becomes the root level of every topic in its configurations.
        </Text>
        <TextInput
          label="Namespace"
          required
          autoComplete="off"
          data-autofocus
          description={`3 to ${NAMESPACE_NAME_MAX} characters: a letter first, then letters, digits, "-" or "_".`}
          {...form.getInputProps('namespace')}
        />
        <FormErrorAlert title="The namespace was not reserved" messages={formErrors} />
        <FormActions submitLabel="Reserve namespace" onCancel={onClose} submitting={reserve.isPending} />
      </Stack>
    </form>
  );
}
