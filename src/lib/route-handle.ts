import { useMatches } from 'react-router';
import type { ProviderId } from '../api/providers';

/** What a route tells the shell: which provider serves it, and whether it is scoped to a Scaleway region. */
export interface RouteHandle {
  provider?: ProviderId;
  /** Where the region selector goes when the region is part of the path (detail pages). */
  regionListPath?: string;
  regionScoped?: boolean;
}

export function useRouteHandle(): RouteHandle {
  const matches = useMatches();
  const merged: RouteHandle = {};
  for (const m of matches) {
    const h = m.handle as RouteHandle | undefined;
    if (h) Object.assign(merged, h);
  }
  return merged;
}
