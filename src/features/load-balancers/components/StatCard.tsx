import { Card, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';

/** A figure with its label (and a hint below); with `onClick`, the card is a button (e.g. to the tab it counts). */
export function StatCard({ label, value, hint, onClick }: { label: string; value: string; hint?: string; onClick?: () => void }) {
  const content: ReactNode = (
    <>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
    </>
  );
  return <Card withBorder padding="sm">{onClick ? <UnstyledButton onClick={onClick}>{content}</UnstyledButton> : content}</Card>;
}
