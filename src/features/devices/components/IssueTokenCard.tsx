import { Card, Stack, Text, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { FormActions } from '../../../components/FormActions';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { TokenValidity, validityProblem, validitySecs, type ValidityUnit } from './TokenValidity';

/** The "valid for" fields every token form starts with. */
export interface ValidityValues {
  amount: number | string;
  unit: ValidityUnit;
  [key: string]: unknown;
}

export const VALIDITY_INITIAL = { amount: 1, unit: 'hours' } as const satisfies ValidityValues;

/** The form rule for the amount (it depends on the unit). */
export const validateValidity = (amount: number | string, values: { unit: ValidityUnit }) => validityProblem(amount, values.unit);

export interface IssueTokenCardProps<V extends ValidityValues> {
  title: string;
  description: string;
  form: UseFormReturnType<V>;
  submitLabel: string;
  /** Asks the hub for a token with the form's (valid) values. */
  onIssue: (values: V) => Promise<unknown>;
  /** The issued token, shown in place of the form until hidden; null before one is issued. */
  issued: ((expiresAt: number) => ReactNode) | null;
  /** The fields under "Valid for". */
  children: ReactNode;
}

/** A card that issues one kind of token: how long it is valid, its own fields, then the token (shown once). */
export function IssueTokenCard<V extends ValidityValues>({ title, description, form, submitLabel, onIssue, issued, children }: IssueTokenCardProps<V>) {
  const [issuedAt, setIssuedAt] = useState(0);
  const { submitting, formErrors, run } = useFormSubmit(form);
  const { amount, unit } = form.getValues();
  // Every V has the validity fields; Mantine's path types cannot see that through a generic.
  const validity = form as unknown as UseFormReturnType<ValidityValues>;

  return (
    <Card withBorder>
      <Title order={2} size="h4">
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {description}
      </Text>
      {issued ? (
        issued(issuedAt + validitySecs(amount, unit) * 1000)
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit((values) => {
            setIssuedAt(Date.now());
            return run(values, () => onIssue(values));
          })}
        >
          <Stack gap="sm">
            <TokenValidity amount={amount} unit={unit} onAmount={(v) => validity.setFieldValue('amount', v)} onUnit={(u) => validity.setFieldValue('unit', u)} error={form.errors.amount as string | undefined} />
            {children}
            <FormErrorAlert title="No token was issued" messages={formErrors} />
            <FormActions align="start" submitLabel={submitLabel} submitting={submitting} />
          </Stack>
        </form>
      )}
    </Card>
  );
}
