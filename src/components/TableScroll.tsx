import type { ReactNode } from 'react';

/**
 * Horizontal scrolling for wide tables. A plain overflow box: Mantine's
 * Table.ScrollContainer pulls ScrollArea and floating-ui into the first route.
 */
export function TableScroll({ minWidth, children }: { minWidth: number; children: ReactNode }) {
  return (
    <div style={{ overflowX: 'auto' }}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
