import type { ReactNode } from 'react';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';

/** The part of a React Query result a section needs. */
export interface ContentQuery<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  refetch: () => unknown;
}

export interface QueryContentProps<T> {
  query: ContentQuery<T>;
  /** What is being loaded, e.g. "the operations": "Loading the operations…", "Could not load the operations". */
  what: string;
  /** A loading label other than "Loading <what>…". */
  loadingLabel?: string;
  /** Shown instead of the content when the data holds nothing (arrays: when empty). */
  empty?: ReactNode;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}

const isEmptyArray = (data: unknown) => Array.isArray(data) && data.length === 0;

/**
 * The states of a section that shows one query (a tab, a panel), said the same way everywhere:
 * loading (announced), failed with Retry (the loaded content kept when only a refresh failed),
 * empty with what to do next, then the content. Lists with filters and pages use `ListState`.
 */
export function QueryContent<T>({ query, what, loadingLabel, empty, isEmpty = isEmptyArray, children }: QueryContentProps<T>) {
  if (query.isPending) return <LoadingState label={loadingLabel ?? `Loading ${what}…`} />;
  if (query.data === undefined) return <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} title={`Could not load ${what}`} />;
  return (
    <>
      {/* A refresh failed: say so, and keep what was loaded. */}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} title={`Could not refresh ${what}`} /> : null}
      {empty !== undefined && isEmpty(query.data) ? empty : children(query.data)}
    </>
  );
}
