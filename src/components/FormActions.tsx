import { Button, Group } from '@mantine/core';

/**
 * Submit (and Cancel, when the form can be left) at the end of a form: right-aligned in
 * dialogs, left-aligned under a page's form.
 */
export function FormActions({
  submitLabel,
  onCancel,
  submitting,
  disabled = false,
  align = 'end',
}: {
  submitLabel: string;
  onCancel?: () => void;
  submitting: boolean;
  disabled?: boolean;
  align?: 'start' | 'end';
}) {
  const submit = (
    <Button type="submit" loading={submitting} disabled={disabled}>
      {submitLabel}
    </Button>
  );
  const cancel = onCancel ? (
    <Button variant="default" onClick={onCancel} disabled={submitting}>
      Cancel
    </Button>
  ) : null;
  return (
    <Group justify={align === 'end' ? 'flex-end' : 'flex-start'} gap="xs">
      {align === 'end' ? cancel : submit}
      {align === 'end' ? submit : cancel}
    </Group>
  );
}
