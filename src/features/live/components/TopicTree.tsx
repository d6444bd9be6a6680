import { Group, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { TreeRow } from '../../../mqtt/types';
import { formatCount, formatRate } from '../lib/format-live';
import { CheckTopicsAction } from './CheckTopicsDialog';
import pane from './LivePane.module.css';
import classes from './TopicTree.module.css';

const ITEM_HEIGHT = 24;

/** The filter a click on a node applies: the node and everything below it. */
export function filterForNode(row: Pick<TreeRow, 'path' | 'childCount'>): string {
  return row.childCount > 0 ? `${row.path}/#` : row.path;
}

/**
 * Every topic seen, as a tree with message counts, rates and last values. The
 * worker sends it at most twice a second; the list is virtualised, so a level
 * with thousands of devices stays cheap.
 */
export function TopicTree({
  rows,
  topics,
  truncated,
  activeFilter,
  onToggle,
  onFilter,
}: {
  rows: TreeRow[];
  topics: number;
  truncated: boolean;
  activeFilter: string;
  onToggle: (path: string) => void;
  onFilter: (filter: string) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ITEM_HEIGHT, overscan: 10 });
  return (
    <div>
      <div ref={scrollRef} className={pane.scroller}>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed" p="sm">
            Topics appear here as messages arrive.
          </Text>
        ) : (
          <div role="tree" aria-label="Topic tree" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              const filter = filterForNode(row);
              const label = row.name === '' ? '(empty)' : row.name;
              return (
                <div
                  key={row.path}
                  role="treeitem"
                  aria-level={row.depth + 1}
                  aria-expanded={row.childCount > 0 ? row.expanded : undefined}
                  aria-selected={filter === activeFilter}
                  className={filter === activeFilter ? `${classes.item} ${classes.active}` : classes.item}
                  style={{ top: item.start, paddingLeft: 4 + row.depth * 14 }}
                >
                  {row.childCount > 0 ? (
                    <button type="button" className={classes.toggle} aria-label={`${row.expanded ? 'Collapse' : 'Expand'} ${row.path}`} onClick={() => onToggle(row.path)}>
                      {row.expanded ? '▼' : '▶'}
                    </button>
                  ) : (
                    <span className={classes.toggle} aria-hidden />
                  )}
                  <button type="button" className={classes.name} title={`Show ${filter}`} aria-label={`Show ${filter}`} onClick={() => onFilter(filter)}>
                    {label}
                  </button>
                  <span className={classes.meta}>
                    {formatCount(row.count)}
                    {row.rate > 0 ? ` · ${formatRate(row.rate)}` : ''}
                    {row.childCount > 0 ? ` · ${formatCount(row.childCount)} below` : ''}
                  </span>
                  {row.lastValue !== null ? <span className={classes.value}>= {row.lastValue}</span> : null}
                </div>
              );
            })}
          </div>
        )}
      </div>
      <Group gap="xs" mt={4} justify="space-between">
        <Text size="xs" c="dimmed">
          {formatCount(topics)} topics{truncated ? ' · the tree is full: new topics are counted on their nearest known level' : ''}
        </Text>
        <CheckTopicsAction topicCount={topics} />
      </Group>
    </div>
  );
}
