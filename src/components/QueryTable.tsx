import type { ReactNode } from 'react';
import { DataTable, type DataTableProps } from './DataTable';
import { QueryContent, type ContentQuery } from './QueryContent';

export interface QueryTableProps<T> extends Omit<DataTableProps<T>, 'rows' | 'pending'> {
  query: ContentQuery<readonly T[]>;
  /** What is being loaded, e.g. "the backends" (see QueryContent). */
  what: string;
  loadingLabel?: string;
  /** Shown instead of the table when the query returns no row. */
  empty: ReactNode;
}

/**
 * A section that is one table of one query (a tab listing a resource): QueryContent's states
 * around a DataTable, so such a tab describes its columns and nothing else.
 */
export function QueryTable<T>({ query, what, loadingLabel, empty, ...table }: QueryTableProps<T>) {
  return (
    <QueryContent query={query} what={what} loadingLabel={loadingLabel} empty={empty}>
      {(rows) => <DataTable rows={rows} {...table} />}
    </QueryContent>
  );
}
