import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type RefObject } from 'react';
import type { MessageRow } from '../../../mqtt/types';
import { colorVar } from '../lib/colors';
import { formatBytes, formatClock } from '../lib/format-live';
import pane from './LivePane.module.css';
import classes from './MessageList.module.css';

export const ROW_HEIGHT = 26;
const HEADER_HEIGHT = 28;
const OVERSCAN = 6;

export interface ListWindow {
  start: number;
  count: number;
}

const Row = memo(function Row({ row, top, selected, onSelect }: { row: MessageRow; top: number; selected: boolean; onSelect: (seq: number) => void }) {
  return (
    <div
      role="row"
      tabIndex={0}
      aria-selected={selected}
      className={selected ? `${classes.row} ${classes.selected}` : classes.row}
      style={{ top, borderLeftColor: row.color ? colorVar(row.color) : undefined }}
      onClick={() => onSelect(row.seq)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onSelect(row.seq);
        } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          // Rows are in index order in the DOM: move to the neighbour and open it.
          const next = (e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling) as HTMLElement | null;
          if (next?.getAttribute('role') === 'row') {
            e.preventDefault();
            next.focus();
            next.click();
          }
        }
      }}
    >
      <span role="cell" className={`${classes.cell} ${classes.mono}`}>
        {formatClock(row.time)}
      </span>
      <span role="cell" className={`${classes.cell} ${classes.mono}`} title={row.topic}>
        {row.topic}
      </span>
      <span role="cell" className={classes.cell}>
        {row.qos}
      </span>
      <span role="cell" className={classes.cell} title={row.retain ? 'Retained' : undefined}>
        {row.retain ? 'R' : ''}
      </span>
      <span role="cell" className={classes.cell}>
        {formatBytes(row.size)}
      </span>
      <span role="cell" className={`${classes.cell} ${classes.mono} ${row.binary ? classes.binary : ''}`}>
        {row.preview}
      </span>
    </div>
  );
}, sameRow);

/** A row's content never changes for a given seq (rows from the worker are new objects each frame). */
function sameRow(a: { row: MessageRow; top: number; selected: boolean }, b: { row: MessageRow; top: number; selected: boolean }): boolean {
  return a.row.seq === b.row.seq && a.row.color === b.row.color && a.top === b.top && a.selected === b.selected;
}

/**
 * The virtualised message list. It renders only the rows on screen, from the
 * rows the worker sent for the window this component reports through
 * `windowRef`; a row not arrived yet shows as a placeholder for one frame.
 */
export function MessageList({
  total,
  rows,
  rowsStart,
  selectedSeq,
  onSelect,
  windowRef,
  onScrolledAway,
  onPointerOver,
  scrollToTopSignal,
}: {
  total: number;
  rows: MessageRow[];
  rowsStart: number;
  selectedSeq: number | null;
  onSelect: (seq: number) => void;
  windowRef: RefObject<ListWindow>;
  /** Called when the user scrolls down from the newest message (the list then stops moving). */
  onScrolledAway: () => void;
  /** The pointer entered (true) or left (false) the list. */
  onPointerOver: (over: boolean) => void;
  /** Changing this number scrolls back to the newest message. */
  scrollToTopSignal: number;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    paddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    windowRef.current = { start: first, count: Math.max(40, last - first + 1) };
  }, [first, last, windowRef]);
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [scrollToTopSignal]);

  return (
    <div
      ref={scrollRef}
      className={pane.scroller}
      role="table"
      aria-label="Messages"
      aria-rowcount={total + 1}
      tabIndex={-1}
      onPointerEnter={(e) => e.pointerType === 'mouse' && onPointerOver(true)}
      onPointerLeave={(e) => e.pointerType === 'mouse' && onPointerOver(false)}
      onScroll={(e) => {
        if (e.currentTarget.scrollTop > ROW_HEIGHT) onScrolledAway();
      }}
    >
      <div role="row" className={classes.header}>
        <span role="columnheader">Time</span>
        <span role="columnheader">Topic</span>
        <span role="columnheader">QoS</span>
        <span role="columnheader" title="Retained">
          Ret.
        </span>
        <span role="columnheader">Size</span>
        <span role="columnheader">Payload</span>
      </div>
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize() - HEADER_HEIGHT, position: 'relative' }}>
        {items.map((item) => {
          const row = rows[item.index - rowsStart];
          const top = item.start - HEADER_HEIGHT;
          if (!row)
            return (
              <div key={`p${item.index}`} className={`${classes.row} ${classes.placeholder}`} style={{ top }} aria-hidden>
                …
              </div>
            );
          // Keyed by position: while following, every row changes each refresh, and updating text in place is cheaper than replacing nodes.
          return <Row key={item.index} row={row} top={top} selected={row.seq === selectedSeq} onSelect={onSelect} />;
        })}
      </div>
    </div>
  );
}
