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

/**
 * SortableTh props for an API-side order given as `<column>_asc` / `<column>_desc` (the
 * Scaleway `order_by` convention): clicking the active column flips it, another column starts
 * ascending.
 */
export function orderByColumn<O extends string>(order: O, column: string, setOrder: (order: O) => void) {
  const active = order.startsWith(`${column}_`);
  const direction: SortDirection = order.endsWith('_desc') ? 'desc' : 'asc';
  return { active, direction, onSort: () => setOrder(`${column}_${active && direction === 'asc' ? 'desc' : 'asc'}` as O) };
}
