import { Button, Checkbox, Fieldset, Group, JsonInput, NativeSelect, NumberInput, PasswordInput, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { buildInput, initialValues, type FieldSpec, type FormValues } from '../lib/json-schema-form';

/** The constraints of a field, in words, so the user knows them before submitting. */
function hint(field: FieldSpec): string | undefined {
  const parts: string[] = [];
  if (field.description) parts.push(field.description);
  if (field.kind === 'string') {
    if (field.minLength !== undefined && field.maxLength !== undefined) parts.push(`${field.minLength}–${field.maxLength} characters.`);
    else if (field.minLength !== undefined) parts.push(`At least ${field.minLength} characters.`);
    else if (field.maxLength !== undefined) parts.push(`At most ${field.maxLength} characters.`);
    if (field.pattern) parts.push(`Pattern: ${field.pattern}`);
    if (field.format === 'date-time') parts.push('Your local time; sent as UTC.');
  }
  if (field.kind === 'number') {
    if (field.minimum !== undefined && field.maximum !== undefined) parts.push(`${field.minimum} to ${field.maximum}.`);
    else if (field.minimum !== undefined) parts.push(`At least ${field.minimum}.`);
    else if (field.maximum !== undefined) parts.push(`At most ${field.maximum}.`);
    if (field.multipleOf !== undefined) parts.push(`Steps of ${field.multipleOf}.`);
  }
  if (field.kind === 'json') parts.push('Free-form JSON (this part of the schema has no form).');
  return parts.length ? parts.join(' ') : undefined;
}

function Field({ field, form, path }: { field: FieldSpec; form: UseFormReturnType<FormValues>; path: string }): ReactNode {
  const common = { label: field.title, description: hint(field), required: field.required, key: form.key(path) };
  switch (field.kind) {
    case 'string':
      if (field.enum) {
        const options = field.enum.map((v) => ({ value: v, label: v }));
        return <NativeSelect {...common} data={field.required ? options : [{ value: '', label: '(not set)' }, ...options]} {...form.getInputProps(path)} />;
      }
      if (field.secret) return <PasswordInput {...common} autoComplete="new-password" {...form.getInputProps(path)} />;
      if (field.format === 'date-time') return <TextInput {...common} type="datetime-local" {...form.getInputProps(path)} />;
      return <TextInput {...common} autoComplete="off" {...form.getInputProps(path)} />;
    case 'number':
      if (field.enum) {
        const options = field.enum.map((v) => ({ value: String(v), label: String(v) }));
        return <NativeSelect {...common} data={[{ value: '', label: '(not set)' }, ...options]} {...form.getInputProps(path)} />;
      }
      return (
        <NumberInput
          {...common}
          min={field.minimum}
          max={field.maximum}
          step={field.multipleOf ?? (field.integer ? 1 : 0.1)}
          allowDecimal={!field.integer}
          clampBehavior="none"
          {...form.getInputProps(path)}
        />
      );
    case 'boolean':
      return <Checkbox label={field.title} description={hint(field)} key={form.key(path)} {...form.getInputProps(path, { type: 'checkbox' })} />;
    case 'multi-enum':
      return (
        <Checkbox.Group {...common} {...form.getInputProps(path)}>
          <Group gap="md" mt={4}>
            {field.options.map((o) => (
              <Checkbox key={o} value={o} label={o} />
            ))}
          </Group>
        </Checkbox.Group>
      );
    case 'string-list':
      return <TagsInput {...common} {...form.getInputProps(path)} />;
    case 'object':
      return (
        <Fieldset legend={field.title} key={form.key(path)}>
          {field.description ? (
            <Text size="xs" c="dimmed" mb="xs">
              {field.description}
            </Text>
          ) : null}
          <Stack gap="sm">
            {field.fields.map((f) => (
              <Field key={f.key} field={f} form={form} path={`${path}.${f.key}`} />
            ))}
          </Stack>
        </Fieldset>
      );
    case 'json':
      return <JsonInput {...common} autosize minRows={2} formatOnBlur validationError="Not valid JSON" {...form.getInputProps(path)} />;
  }
}

/**
 * A form generated from a JSON Schema: one field per property, the schema's
 * rules checked before anything is sent, errors at the fields.
 */
export function SchemaForm({ spec, submitLabel, busy, onSubmit, footer }: { spec: FieldSpec; submitLabel: string; busy: boolean; onSubmit: (input: unknown) => void; footer?: ReactNode }) {
  const form = useForm<FormValues>({ mode: 'uncontrolled', initialValues: initialValues(spec) });
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const built = buildInput(spec, form.getValues());
        form.setErrors(built.errors);
        if (Object.keys(built.errors).length === 0) onSubmit(built.value);
      }}
    >
      <Stack gap="sm">
        {spec.kind === 'object' ? spec.fields.map((f) => <Field key={f.key} field={f} form={form} path={f.key} />) : <Field field={spec} form={form} path="value" />}
        {footer}
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
