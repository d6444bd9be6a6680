import { Card, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A bordered card with one figure of a resource: its name, then the figure (or any content), then a
 * note. With `onClick` the card is a button (e.g. to the tab it counts).
 */
export function StatCard({ label, value, note, children, onClick }: { label: string; value?: ReactNode; note?: ReactNode; children?: ReactNode; onClick?: () => void }) {
  const content = (
    <>
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
    </>
  );
  return (
    <Card withBorder padding="sm">
      {onClick ? <UnstyledButton onClick={onClick}>{content}</UnstyledButton> : content}
    </Card>
  );
}
