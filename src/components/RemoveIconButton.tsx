import { ActionIcon, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';

/**
 * The red trash icon of a row that removes, deletes or unsubscribes: `tooltip` says the action
 * ("Remove namespace"), `label` names it with its object for assistive technology ("Remove
 * namespace acme-fleet"), since an icon has no text of its own.
 */
export function RemoveIconButton({ tooltip, label, onClick }: { tooltip: string; label: string; onClick: () => void }) {
  return (
    <Tooltip label={tooltip} withArrow>
      <ActionIcon variant="subtle" color="red" aria-label={label} onClick={onClick}>
        <IconTrash size={16} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}
