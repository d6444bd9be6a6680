import { Fragment, type CSSProperties, type ReactNode } from 'react';
import { NativeTable } from './NativeTable';
import { SkeletonRows } from './SkeletonRows';
import { SortableTh, type SortDirection } from './SortableTh';
import { TableScroll } from './TableScroll';

/** How a cell lays out its content. */
export type CellKind =
  /** A resource name: bold, and wraps anywhere (names are untrusted and may be one long word). */
  | 'name'
  /** Dates, sizes: never wrap. */
  | 'nowrap'
  /** Free text from the API (errors, values): wraps anywhere. */
  | 'wrap';

const CELL_STYLES: Record<CellKind, CSSProperties> = {
  name: { fontWeight: 500, overflowWrap: 'anywhere' },
  nowrap: { whiteSpace: 'nowrap' },
  wrap: { overflowWrap: 'anywhere' },
};

export interface DataColumn<T> {
  /** The header cell's text: every table has header cells, so every column is named. */
  header: ReactNode;
  cell: (row: T) => ReactNode;
  kind?: CellKind;
  /** Makes the header a sort button (`sortBy(...)` or `orderByColumn(...)`). */
  sort?: { active: boolean; direction: SortDirection; onSort: () => void };
  width?: number | string;
}

export interface DataTableProps<T> {
  /** The table's accessible name. */
  label: string;
  rows: readonly T[] | undefined;
  rowKey: (row: T) => string;
  /** `false` leaves a column out (e.g. one that only some rows' owners have). */
  columns: readonly (DataColumn<T> | false)[];
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number;
  /** A refresh is under way (`aria-busy`). */
  busy?: boolean;
  /** No rows yet: show skeleton rows in the table's own shape. */
  pending?: boolean;
  /** Per-row attributes, e.g. a highlight or `aria-current`. */
  rowProps?: (row: T) => { style?: CSSProperties; 'aria-current'?: boolean | 'true' | 'page' | 'location' };
  /** What a row shows when opened (e.g. an event's full body), in a full-width row under it; nothing while closed. */
  rowDetail?: (row: T) => ReactNode;
}

/**
 * The one table of the console: a header cell per column, rows from data, sortable headers
 * where the column has a `sort`. Features describe columns; they do not write table markup.
 */
export function DataTable<T>({ label, rows, rowKey, columns, minWidth, busy, pending = false, rowProps, rowDetail }: DataTableProps<T>) {
  const shown = columns.filter((c): c is DataColumn<T> => c !== false);
  const table = (
    <NativeTable aria-label={label} aria-busy={busy || undefined}>
      <thead>
        <tr>
          {shown.map((c, i) =>
            c.sort ? (
              <SortableTh key={i} {...c.sort} width={c.width}>
                {c.header}
              </SortableTh>
            ) : (
              <th key={i} style={c.width ? { width: c.width } : undefined}>
                {c.header}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {pending && !rows ? (
          <SkeletonRows columns={shown.length} />
        ) : (
          rows?.map((row) => {
            const detail = rowDetail?.(row);
            return (
              <Fragment key={rowKey(row)}>
                <tr {...rowProps?.(row)}>
                  {shown.map((c, i) => (
                    <td key={i} style={c.kind ? CELL_STYLES[c.kind] : undefined}>
                      {c.cell(row)}
                    </td>
                  ))}
                </tr>
                {detail ? (
                  <tr>
                    <td colSpan={shown.length}>{detail}</td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })
        )}
      </tbody>
    </NativeTable>
  );
  return minWidth ? <TableScroll minWidth={minWidth}>{table}</TableScroll> : table;
}
