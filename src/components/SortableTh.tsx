import { UnstyledButton, Group } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export type SortDirection = 'asc' | 'desc';

/** A header cell (plain th, so it fits both Mantine and native tables) whose button sorts by this column; `aria-sort` tells assistive tech the current order. */
export function SortableTh({ children, active, direction, onSort, width }: { children: ReactNode; active: boolean; direction: SortDirection; onSort: () => void; width?: number | string }) {
  const Icon = !active ? IconArrowsSort : direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <th aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'} style={width ? { width } : undefined}>
      <UnstyledButton onClick={onSort} style={{ font: 'inherit', fontWeight: 'inherit' }}>
        <Group gap={4} wrap="nowrap">
          {children}
          <Icon size={14} aria-hidden style={{ opacity: active ? 1 : 0.4 }} />
        </Group>
      </UnstyledButton>
    </th>
  );
}
