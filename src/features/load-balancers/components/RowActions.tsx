import { ActionIcon, Group } from '@mantine/core';
import { IconEdit, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** Edit and delete icon buttons of a table row, named after the row ("Edit deny-admin"). */
export function RowActions({ name, onEdit, onDelete, disabled = false, editDisabled = disabled, children }: { name: string; onEdit?: () => void; onDelete?: () => void; disabled?: boolean; editDisabled?: boolean; children?: ReactNode }) {
  return (
    <Group gap={2} wrap="nowrap">
      {children}
      {onEdit ? (
        <ActionIcon variant="subtle" aria-label={`Edit ${name}`} onClick={onEdit} disabled={editDisabled}>
          <IconEdit size={16} aria-hidden />
        </ActionIcon>
      ) : null}
      {onDelete ? (
        <ActionIcon variant="subtle" color="red" aria-label={`Delete ${name}`} onClick={onDelete} disabled={disabled}>
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      ) : null}
    </Group>
  );
}
