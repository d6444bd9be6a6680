import { Card, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A bordered card with one figure of a resource: its name, then the figure (or any content), then a note. */
export function StatCard({ label, value, note, children }: { label: string; value?: ReactNode; note?: ReactNode; children?: ReactNode }) {
  return (
    <Card withBorder>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {value !== undefined ? (
        <Text fz="xl" fw={700}>
          {value}
        </Text>
      ) : null}
      {children}
      {note ? (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      ) : null}
    </Card>
  );
}
