import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { getHub, getHubCa, getHubMetrics, listHubs } from '../../../api/scaleway-iot/client';
import type { HubOrderBy } from '../../../api/scaleway-iot/types';
import { isTransient } from '../lib/hub-labels';

export interface HubListFilters {
  page: number;
  pageSize: number;
  orderBy: HubOrderBy;
  name: string;
  projectId: string;
}

/** One factory per resource; keys go from general (provider) to specific so Settings can drop a provider's cache. */
export const hubQueries = {
  all: () => ['scaleway', 'iot', 'hubs'] as const,
  lists: () => [...hubQueries.all(), 'list'] as const,
  list: (region: string, f: HubListFilters) =>
    queryOptions({
      queryKey: [...hubQueries.lists(), region, f] as const,
      queryFn: ({ signal }) =>
        listHubs({ region, signal, page: f.page, page_size: f.pageSize, order_by: f.orderBy, name: f.name || undefined, project_id: f.projectId || undefined }),
      placeholderData: keepPreviousData,
      // A hub enabling or disabling settles within seconds; follow it.
      refetchInterval: (query) => (query.state.data?.hubs.some((h) => isTransient(h.status)) ? 2000 : false),
    }),
  details: () => [...hubQueries.all(), 'detail'] as const,
  detail: (region: string, hubId: string) =>
    queryOptions({
      queryKey: [...hubQueries.details(), region, hubId] as const,
      queryFn: ({ signal }) => getHub({ region, hubId, signal }),
      refetchInterval: (query) => (isTransient(query.state.data?.status) ? 1000 : false),
    }),
  ca: (region: string, hubId: string) =>
    queryOptions({
      queryKey: [...hubQueries.details(), region, hubId, 'ca'] as const,
      queryFn: ({ signal }) => getHubCa({ region, hubId, signal }),
    }),
  metrics: (region: string, hubId: string, range: MetricsRange) =>
    queryOptions({
      queryKey: [...hubQueries.details(), region, hubId, 'metrics', range] as const,
      queryFn: ({ signal }) => getHubMetrics({ region, hubId, startDate: new Date(Date.now() - RANGE_MS[range]).toISOString(), signal }),
      refetchInterval: 60_000,
    }),
};

export const METRICS_RANGES = ['hour', 'day', 'week', 'month', 'year'] as const;
export type MetricsRange = (typeof METRICS_RANGES)[number];

export const RANGE_MS: Record<MetricsRange, number> = {
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 30 * 86_400_000,
  year: 365 * 86_400_000,
};
