import { Code, Group } from '@mantine/core';
import { CopyValue } from './CopyValue';

/** An ID or address shown as code (long ones wrap anywhere), with a button that copies it (named "Copy <value>" unless told). */
export function CopyableCode({ value, label = `Copy ${value}` }: { value: string; label?: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Code style={{ overflowWrap: 'anywhere' }}>{value}</Code>
      <CopyValue value={value} label={label} />
    </Group>
  );
}
