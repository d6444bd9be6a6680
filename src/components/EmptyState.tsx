import { Center, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function EmptyState({ title, description, action }: { title: string; description?: ReactNode; action?: ReactNode }) {
  return (
    <Center py="xl">
      <Stack align="center" gap="xs" maw={420} ta="center">
        <Text fw={600}>{title}</Text>
        {description ? (
          <Text size="sm" c="dimmed" component="div">
            {description}
          </Text>
        ) : null}
        {action}
      </Stack>
    </Center>
  );
}
