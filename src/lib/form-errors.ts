import type { UseFormReturnType } from '@mantine/form';
import { isApiError } from '../api/errors/api-error';

/**
 * Puts the API's field errors on the form's fields (wire names, or mapped
 * with `fieldMap`) and returns what could not be placed, for a form-level
 * alert. The user's input is left as typed.
 */
export function applyApiFieldErrors<T extends Record<string, unknown>>(
  form: UseFormReturnType<T>,
  error: unknown,
  fieldMap: Readonly<Record<string, string>> = {},
): string[] {
  if (!isApiError(error)) return [error instanceof Error ? error.message : 'Something went wrong.'];
  const leftover: string[] = [];
  const known = new Set(Object.keys(form.getValues()));
  for (const [wireName, messages] of Object.entries(error.fields)) {
    const field = fieldMap[wireName] ?? wireName;
    if (known.has(field)) form.setFieldError(field, messages.join(' · '));
    else leftover.push(...messages.map((m) => (wireName === '_' ? m : `${wireName}: ${m}`)));
  }
  if (!error.hasFieldErrors || leftover.length > 0) leftover.unshift(error.message);
  return leftover;
}
