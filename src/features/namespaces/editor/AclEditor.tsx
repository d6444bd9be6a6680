import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useImperativeHandle, useMemo, useRef, useState, type Dispatch, type Ref } from 'react';
import type { AclLintFinding } from '../../../acl/lint';
import { AclRuleRow, type RowDrag } from './AclRuleRow';
import type { EditorAction, EditorRule } from './editor-state';
import classes from './AclEditor.module.css';

export interface AclEditorHandle {
  /** Scrolls the rule into view and puts the caret in its topic filter. */
  focusRule: (index: number) => void;
}

const EMPTY: readonly AclLintFinding[] = [];

/**
 * Rows are virtualised, so a 1,000-rule ACL renders a screenful; each row is memoised and
 * validates its own filter, so typing re-renders one row.
 */
export function AclEditor({
  rows,
  dispatch,
  findingsByRule,
  serverErrors,
  handleRef,
}: {
  rows: readonly EditorRule[];
  dispatch: Dispatch<EditorAction>;
  findingsByRule: ReadonlyMap<number, readonly AclLintFinding[]>;
  serverErrors: ReadonlyMap<number, readonly string[]>;
  handleRef?: Ref<AclEditorHandle>;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 64,
    overscan: 4,
    getItemKey: (index) => rows[index]?.key ?? index,
  });

  useImperativeHandle(
    handleRef,
    () => ({
      focusRule: (index: number) => {
        const key = rows[index]?.key;
        if (key === undefined) return;
        virtualizer.scrollToIndex(index, { align: 'center' });
        // The row may mount only after the scroll: try on the next frames.
        let tries = 0;
        const focus = () => {
          const input = document.getElementById(`rule-filter-${key}`);
          if (input) input.focus();
          else if (tries++ < 10) requestAnimationFrame(focus);
        };
        requestAnimationFrame(focus);
      },
    }),
    [rows, virtualizer],
  );

  const groups = useMemo(() => {
    const all = new Set<string>(['*']);
    for (const r of rows) {
      for (const g of r.publishers) all.add(g);
      for (const g of r.subscribers) all.add(g);
    }
    return [...all].sort();
  }, [rows]);

  const dragFrom = useRef<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const drag: RowDrag = useMemo(
    () => ({
      start: (index) => {
        dragFrom.current = index;
      },
      over: (index) => {
        if (dragFrom.current !== null) setDropAt((current) => (current === index ? current : index));
      },
      drop: (index) => {
        const from = dragFrom.current;
        dragFrom.current = null;
        setDropAt(null);
        if (from !== null && from !== index) dispatch({ type: 'move', from, to: index });
      },
      end: () => {
        dragFrom.current = null;
        setDropAt(null);
      },
    }),
    [dispatch],
  );
  const measureRef = useCallback((node: HTMLElement | null) => virtualizer.measureElement(node), [virtualizer]);
  const listId = 'acl-group-suggestions';
  const items = virtualizer.getVirtualItems();

  return (
    <div ref={scrollRef} className={classes.scroller} style={{ maxHeight: 'min(68vh, 760px)' }}>
      <div className={`${classes.header} ${classes.grid}`} aria-hidden>
        <span>Rule</span>
        <span>Topic filter</span>
        <span>Publishers</span>
        <span>Subscribers</span>
        <span style={{ textAlign: 'right' }}>Actions</span>
      </div>
      <datalist id={listId}>
        {groups.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
      <div role="list" aria-label="ACL rules" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = rows[item.index] as EditorRule;
          return (
            <AclRuleRow
              key={row.key}
              row={row}
              index={item.index}
              count={rows.length}
              findings={findingsByRule.get(item.index) ?? EMPTY}
              serverErrors={serverErrors.get(item.index)}
              dispatch={dispatch}
              listId={listId}
              drag={drag}
              dropTarget={dropAt === item.index}
              measureRef={measureRef}
              offset={item.start}
            />
          );
        })}
      </div>
    </div>
  );
}
