import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Dimmed text standing in for a missing value in a cell: "None", "Not attached". */
export function PlaceholderText({ children = 'None' }: { children?: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}
