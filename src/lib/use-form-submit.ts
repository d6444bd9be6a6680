import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { applyApiFieldErrors } from './form-errors';

/**
 * The submit cycle every form shares: clear the last errors, run the action, mark the values
 * saved on success; on failure put the API's field errors (or FieldProblems found in the
 * browser) at their fields, after `mapError` renames them, and keep the rest for the form's
 * alert. The user's input is never reset on failure. `run` resolves to whether it succeeded.
 */
export function useFormSubmit<V extends Record<string, unknown>>(form: UseFormReturnType<V>) {
  const [submitting, setSubmitting] = useState(false);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const run = async (values: V, action: () => Promise<unknown>, mapError: (error: unknown) => unknown = (e) => e): Promise<boolean> => {
    setFormErrors([]);
    setSubmitting(true);
    try {
      await action();
      form.resetDirty(values);
      return true;
    } catch (error) {
      setFormErrors(applyApiFieldErrors(form, mapError(error)));
      return false;
    } finally {
      setSubmitting(false);
    }
  };
  return { submitting, formErrors, setFormErrors, run };
}
