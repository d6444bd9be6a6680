import type { UseQueryResult } from '@tanstack/react-query';

type QueryLike = Pick<UseQueryResult<unknown>, 'isError' | 'error' | 'isPending' | 'isFetching' | 'dataUpdatedAt' | 'refetch'>;

/** Several queries of one tile (one per region, say), read as one: a tile loads and fails on its own. */
export interface CombinedQueries {
  pending: boolean;
  /** The first error of a query that failed, or null. */
  error: unknown;
  fetching: boolean;
  /** Some part answered: what it says is shown, even beside another part's error. */
  hasData: boolean;
  /** When the oldest of the answers arrived (the tile is as fresh as its oldest part), 0 before any. */
  updatedAt: number;
  retry: () => void;
}

export function combineQueries(...groups: readonly (readonly QueryLike[])[]): CombinedQueries {
  const results = groups.flat();
  const failed = results.filter((r) => r.isError);
  const answered = results.filter((r) => r.dataUpdatedAt > 0);
  return {
    pending: results.some((r) => r.isPending && !r.isError),
    error: failed[0]?.error ?? null,
    fetching: results.some((r) => r.isFetching),
    hasData: answered.length > 0,
    updatedAt: answered.length === results.length && answered.length > 0 ? Math.min(...answered.map((r) => r.dataUpdatedAt)) : 0,
    retry: () => {
      for (const r of failed) void r.refetch();
    },
  };
}
