import { intParam, pageParam } from './url-state';

/** The first page size of every paged list. */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * The URL state of a paged list (`?page=2&pageSize=50`), for `useQueryStates` beside the list's
 * own filters; `pagedList(…)` from components/ListState reads it back for the pagination bar.
 */
export function pageParams(pageSizeMax: number) {
  return { page: pageParam, pageSize: intParam(DEFAULT_PAGE_SIZE, 1, pageSizeMax) };
}
