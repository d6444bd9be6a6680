import { Group, NativeSelect, NumberInput } from '@mantine/core';

export const VALIDITY_UNITS = { minutes: 60, hours: 3600, days: 86_400 } as const;
export type ValidityUnit = keyof typeof VALIDITY_UNITS;
/** The hub's limit: one year. */
export const MAX_VALIDITY_SECS = 365 * 86_400;

export function validitySecs(amount: number | string, unit: ValidityUnit): number {
  return Math.round(Number(amount) * VALIDITY_UNITS[unit]);
}

export function validityProblem(amount: number | string, unit: ValidityUnit): string | null {
  const n = Number(amount);
  if (amount === '' || !Number.isFinite(n) || n <= 0) return 'Enter how long the token is valid';
  const secs = validitySecs(n, unit);
  if (secs < 1) return 'At least one second';
  if (secs > MAX_VALIDITY_SECS) return 'At most 365 days';
  return null;
}

/** "Valid for" as an amount and a unit; the API takes seconds. */
export function TokenValidity({ amount, unit, onAmount, onUnit, error }: { amount: number | string; unit: ValidityUnit; onAmount: (v: number | string) => void; onUnit: (u: ValidityUnit) => void; error?: string | null }) {
  return (
    <Group align="flex-start" gap="xs">
      <NumberInput label="Valid for" value={amount} onChange={onAmount} min={1} allowDecimal={false} w={140} error={error} required />
      <NativeSelect
        label="Unit"
        value={unit}
        onChange={(e) => onUnit(e.currentTarget.value as ValidityUnit)}
        data={[
          { value: 'minutes', label: 'Minutes' },
          { value: 'hours', label: 'Hours' },
          { value: 'days', label: 'Days' },
        ]}
        w={130}
      />
    </Group>
  );
}
