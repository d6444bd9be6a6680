import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { CopyValue } from '../../../components/CopyValue';
import { formatDateTime } from '../../../lib/format';

/**
 * A freshly issued secret, shown once: it lives only in this component's
 * props (mutation state), never in the cache, the URL or storage.
 */
export function TokenResult({ title, values, expiresAt, onHide }: { title: string; values: Array<{ label: string; value: string }>; expiresAt: number; onHide: () => void }) {
  return (
    <Alert color="teal" variant="light" icon={<IconKey aria-hidden />} title={title} role="status">
      <Stack gap="xs">
        <Text size="sm">Copy it now: it is shown only once and the console does not keep it. Valid until {formatDateTime(expiresAt)}.</Text>
        {values.map(({ label, value }) => (
          <div key={label}>
            <Group gap={4} justify="space-between">
              <Text size="xs" fw={500}>
                {label}
              </Text>
              <CopyValue value={value} label={`Copy ${label.toLowerCase()}`} />
            </Group>
            <Code block aria-label={label} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {value}
            </Code>
          </div>
        ))}
        <Group>
          <Button size="xs" variant="default" onClick={onHide}>
            Done, hide it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
