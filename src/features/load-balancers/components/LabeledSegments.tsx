import { SegmentedControl, Text, type SegmentedControlItem } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { ERROR_TEXT } from '../../../components/text-colors';

/**
 * A SegmentedControl with a visible label (it has none of its own), an optional hint and an error.
 * Bound to a form field by spreading `form.getInputProps(field)` (value, onChange, error).
 */
export function LabeledSegments({ label, data, value, onChange, hint, error, size }: { label: string; data: readonly SegmentedControlItem[]; value?: string; onChange: (value: string) => void; hint?: ReactNode; error?: ReactNode; size?: 'xs' | 'sm' }) {
  const id = useId();
  return (
    <div>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      <SegmentedControl aria-labelledby={id} data={[...data]} value={value} onChange={onChange} size={size} />
      {hint ? (
        <Text size="xs" c="dimmed" mt={4}>
          {hint}
        </Text>
      ) : null}
      {error ? (
        <Text size="xs" c={ERROR_TEXT} mt={4}>
          {error}
        </Text>
      ) : null}
    </div>
  );
}
