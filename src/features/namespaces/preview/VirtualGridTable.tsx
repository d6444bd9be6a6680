import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import classes from './Preview.module.css';

/**
 * A table of the preview that may hold many thousand sample topics: only the rows in view are
 * in the DOM, so it is an ARIA grid of CSS-grid rows (`gridClassName` sets the columns) with
 * its row count and indexes, in a scrollable, focusable region.
 */
export function VirtualGridTable<T extends { index: number }>({
  label,
  height,
  rows,
  rowHeight,
  overscan,
  gridClassName,
  tableClassName,
  headers,
  cells,
}: {
  label: string;
  height: string;
  rows: readonly T[];
  /** The estimated height of a row, in pixels (rows are measured once shown). */
  rowHeight: number;
  overscan: number;
  gridClassName: string | undefined;
  tableClassName?: string | undefined;
  headers: readonly string[];
  cells: (row: T) => ReactNode;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan, getItemKey: (i) => rows[i]?.index ?? i });
  return (
    <div ref={scrollRef} className={classes.scroller} style={{ height }} tabIndex={0} role="region" aria-label={`${label}, scrollable`}>
      <div role="table" aria-label={label} aria-rowcount={rows.length + 1} className={tableClassName}>
        <div role="rowgroup" className={classes.head}>
          <div role="row" aria-rowindex={1} className={`${gridClassName} ${classes.headRow}`}>
            {headers.map((h) => (
              <span key={h} role="columnheader">
                {h}
              </span>
            ))}
          </div>
        </div>
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index] as T;
            return (
              <div key={row.index} role="row" aria-rowindex={item.index + 2} data-index={item.index} ref={virtualizer.measureElement} className={`${gridClassName} ${classes.row}`} style={{ transform: `translateY(${item.start}px)` }}>
                {cells(row)}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
