import { Code, Group } from '@mantine/core';
import { CopyValue } from './CopyValue';

/** An ID or address shown as code, with a button that copies it (named "Copy <value>" unless told). */
export function CopyableCode({ value, label = `Copy ${value}` }: { value: string; label?: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Code>{value}</Code>
      <CopyValue value={value} label={label} />
    </Group>
  );
}
