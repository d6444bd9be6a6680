import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import { LoadingLine } from './LoadingState';
import { PaginationBar } from './PaginationBar';
import type { ContentQuery } from './QueryContent';

/** The part of a React Query result a list needs. */
export type ListQuery<T> = ContentQuery<T>;

export interface ListStateProps<T> {
  query: ListQuery<T>;
  /** Plural noun for the messages: "hubs", "load balancers". */
  noun: string;
  /** Whether the loaded data holds no item. */
  isEmpty: (data: T) => boolean;
  /** The list is narrowed by filters: an empty answer says so (the filter bar has "Clear filters"). */
  filtered?: boolean;
  /** A later page came back empty (the list shrank): offer the first page. */
  pageBeyondEnd?: boolean;
  onFirstPage?: () => void;
  /** A loading label other than "Loading <noun>…". */
  loadingLabel?: string;
  /** The first-use empty state (no items at all), with what to do next. */
  empty: ReactNode;
  /** The table (it shows its own skeleton rows while pending). */
  children: ReactNode;
  /** Under the table once data is there, e.g. the pagination bar. */
  footer?: ReactNode;
}

/**
 * The states every list goes through, said the same way everywhere: loading, failed (with
 * Retry, and the table kept when only a refresh failed), empty, empty because of the filters,
 * and a page past the end.
 */
export function ListState<T>({ query, noun, isEmpty, filtered = false, pageBeyondEnd = false, onFirstPage, loadingLabel, empty, children, footer }: ListStateProps<T>) {
  const retry = () => void query.refetch();
  if (query.isError && query.data === undefined) {
    return <ErrorState error={query.error} onRetry={retry} retrying={query.isFetching} title={`Could not load the ${noun}`} />;
  }
  const data = query.data;
  return (
    <>
      {query.isError ? <ErrorState error={query.error} onRetry={retry} retrying={query.isFetching} title={`Could not refresh the ${noun}`} /> : null}
      {children}
      {query.isPending ? <LoadingLine label={loadingLabel ?? `Loading ${noun}…`} /> : null}
      {data !== undefined && isEmpty(data) ? (
        filtered ? (
          <EmptyState title={`No ${noun} match these filters`} description="Change or clear the filters to see more." />
        ) : pageBeyondEnd ? (
          <EmptyState
            title="This page is empty"
            action={
              onFirstPage ? (
                <Button variant="light" onClick={onFirstPage}>
                  Go to the first page
                </Button>
              ) : undefined
            }
          />
        ) : (
          empty
        )
      ) : null}
      {data !== undefined ? footer : null}
    </>
  );
}

/** A paged list's place in the URL: its page, its page size, and how to move them. */
export interface ListPaging {
  page: number;
  pageSize: number;
  total: number;
  itemLabel: string;
  /** Moves the page (and the page size, which goes back to page 1). */
  onPaging: (change: { page: number; pageSize?: number }) => void;
}

/** The `ListState` props of a paged list: the page-past-the-end state and the pagination bar. */
export function pagedList({ page, pageSize, total, itemLabel, onPaging }: ListPaging): Pick<ListStateProps<unknown>, 'pageBeyondEnd' | 'onFirstPage' | 'footer'> {
  return {
    pageBeyondEnd: page > 1 && total > 0,
    onFirstPage: () => onPaging({ page: 1 }),
    footer: <PaginationBar page={page} pageSize={pageSize} total={total} onPage={(p) => onPaging({ page: p })} onPageSize={(size) => onPaging({ pageSize: size, page: 1 })} itemLabel={itemLabel} />,
  };
}

/**
 * The `DataTable` props of a list's table from its query: the rows once loaded, skeleton rows
 * until then, and `aria-busy` while a refresh is under way.
 */
export function listRows<T, R>(query: ListQuery<T>, pick: (data: T) => readonly R[]): { rows: readonly R[] | undefined; pending: boolean; busy: boolean } {
  return { rows: query.data === undefined ? undefined : pick(query.data), pending: query.isPending, busy: query.isFetching };
}
