import { Box, Code, Group, Text } from '@mantine/core';
import { CopyValue } from '../../../components/CopyValue';
import { formatJson } from '../lib/json-text';

/** A JSON value as formatted text (escaped by React, never HTML), scrollable, with a copy button. */
export function JsonBlock({ value, label, maxHeight = 320 }: { value: unknown; label: string; maxHeight?: number }) {
  const text = formatJson(value);
  return (
    <Box>
      <Group justify="space-between" gap={4} mb={2}>
        <Text size="xs" c="dimmed" fw={500}>
          {label}
        </Text>
        <CopyValue value={text} label={`Copy ${label.toLowerCase()}`} />
      </Group>
      <Code block aria-label={label} style={{ maxHeight, overflow: 'auto', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {text}
      </Code>
    </Box>
  );
}
