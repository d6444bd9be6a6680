import { Button, Group } from '@mantine/core';

/** Cancel and submit at the end of a dialog's form. */
export function FormActions({ submitLabel, onCancel, submitting, disabled = false }: { submitLabel: string; onCancel: () => void; submitting: boolean; disabled?: boolean }) {
  return (
    <Group justify="flex-end" gap="xs">
      <Button variant="default" onClick={onCancel} disabled={submitting}>
        Cancel
      </Button>
      <Button type="submit" loading={submitting} disabled={disabled}>
        {submitLabel}
      </Button>
    </Group>
  );
}
