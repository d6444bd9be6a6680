import type { UseFormReturnType } from '@mantine/form';
import { isApiError, type FieldErrors } from '../api/errors/api-error';

/**
 * Problems found in the browser before a request is sent (a certificate that does not parse, a
 * challenge not signed by the CA): thrown from a submit action, they land at their fields the
 * same way the API's field errors do.
 */
export class FieldProblems extends Error {
  readonly fields: FieldErrors;
  constructor(fields: FieldErrors, message = 'Some fields need attention.') {
    super(message);
    this.name = 'FieldProblems';
    this.fields = fields;
  }

  /** From a list of `{ field, message }`, grouping the messages of one field. */
  static from(problems: ReadonlyArray<{ field: string; message: string }>): FieldProblems {
    const fields: Record<string, string[]> = {};
    for (const p of problems) (fields[p.field] ??= []).push(p.message);
    return new FieldProblems(fields);
  }
}

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
  const known = new Set(Object.keys(form.getValues()));
  if (error instanceof FieldProblems) {
    const leftover: string[] = [];
    for (const [field, messages] of Object.entries(error.fields)) {
      if (known.has(field)) form.setFieldError(field, messages.join(' '));
      else leftover.push(...messages);
    }
    return leftover;
  }
  if (!isApiError(error)) return [error instanceof Error ? error.message : 'Something went wrong.'];
  const leftover: string[] = [];
  for (const [wireName, messages] of Object.entries(error.fields)) {
    const field = fieldMap[wireName] ?? wireName;
    if (known.has(field)) form.setFieldError(field, messages.join(' · '));
    else leftover.push(...messages.map((m) => (wireName === '_' ? m : `${wireName}: ${m}`)));
  }
  if (!error.hasFieldErrors || leftover.length > 0) leftover.unshift(error.message);
  return leftover;
}
