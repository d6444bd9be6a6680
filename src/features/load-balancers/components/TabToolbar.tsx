import { Button, Group, Text, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** What a tab lists, and its create button, disabled with the reason when changes are blocked. */
export function TabToolbar({ description, actionLabel, onAction, disabledReason, icon }: { description: ReactNode; actionLabel: string; onAction: () => void; disabledReason?: string | null; icon?: ReactNode }) {
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed" maw={760}>
        {description}
      </Text>
      <Tooltip label={disabledReason} disabled={!disabledReason}>
        <Button leftSection={icon ?? <IconPlus size={16} aria-hidden />} onClick={onAction} disabled={Boolean(disabledReason)}>
          {actionLabel}
        </Button>
      </Tooltip>
    </Group>
  );
}
