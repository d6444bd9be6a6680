import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import { runBounded } from '../bounded';
import { describeFailure, type OwnerFailure } from '../owner-failure';
import { getHub, getHubCa, getHubMetrics, listAllHubs, listHubs } from './client';
import { hubStatusGroup, isHubTransient, type Hub, type HubOrderBy, type HubStatusGroup, type ListHubsResponse } from './types';
import { pollWhile } from '../poll-while';

export interface HubListFilters {
  page: number;
  pageSize: number;
  orderBy: HubOrderBy;
  name: string;
  projectId: string;
  organizationId?: string;
  /** The API has no status filter: with one, the page is made here from every hub of the region. */
  status?: HubStatusGroup;
}

export const METRICS_RANGES = ['hour', 'day', 'week', 'month', 'year'] as const;
export type MetricsRange = (typeof METRICS_RANGES)[number];

export const RANGE_MS: Record<MetricsRange, number> = {
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 30 * 86_400_000,
  year: 365 * 86_400_000,
};

/**
 * One page of the hubs in a status group. The API has no status filter: this reads every hub of
 * the region (a few pages at most) and filters, orders and pages them here.
 */
export async function listHubsByStatus(region: string, group: HubStatusGroup, f: HubListFilters, signal: AbortSignal): Promise<ListHubsResponse> {
  const column = f.orderBy.replace(/_(asc|desc)$/, '') as keyof Hub;
  const dir = f.orderBy.endsWith('_desc') ? -1 : 1;
  const text = (h: Hub) => String(h[column] ?? '');
  const matching = (await listAllHubs({ region, signal }))
    .filter((h) => hubStatusGroup(h.status) === group)
    .filter((h) => (!f.name || h.name.includes(f.name)) && (!f.projectId || h.project_id === f.projectId) && (!f.organizationId || h.organization_id === f.organizationId))
    .sort((a, b) => dir * text(a).localeCompare(text(b)));
  const start = (f.page - 1) * f.pageSize;
  return { hubs: matching.slice(start, start + f.pageSize), total_count: matching.length };
}

/** A hub with a custom CA and that CA's PEM, for views that list certificates across areas. */
export interface HubCaEntry {
  hub: Pick<Hub, 'id' | 'name' | 'region'>;
  pem: string;
}

export interface HubCaOverview {
  cas: HubCaEntry[];
  failures: OwnerFailure[];
  fetchedAt: number;
}

/** The custom CA of every hub of the region that has one (a few hubs at a time). */
export async function fetchHubCaOverview(region: string, signal: AbortSignal): Promise<HubCaOverview> {
  const hubs = (await listAllHubs({ region, signal })).filter((h) => h.has_custom_ca);
  const { outcomes } = await runBounded(hubs, (hub, s) => getHubCa({ region, hubId: hub.id, signal: s }), { signal });
  const cas: HubCaEntry[] = [];
  const failures: OwnerFailure[] = [];
  for (const o of outcomes) {
    if (!o) continue;
    const hub = { id: o.item.id, name: o.item.name, region };
    if (o.ok) cas.push({ hub, pem: o.value.ca_cert_pem });
    else failures.push({ kind: 'hub', ...hub, message: describeFailure(o.error) });
  }
  signal.throwIfAborted();
  return { cas, failures, fetchedAt: Date.now() };
}

/**
 * The one factory for Scaleway IoT Hub data. Keys go from the provider to the resource, so
 * Settings can drop a provider's cache (`['scaleway']`) and one invalidation reaches every view
 * of a hub: its page, the lists, and the cross-area views (certificates overview, live presets).
 */
export const hubQueries = {
  allKey: () => ['scaleway', 'iot', 'hubs'] as const,
  listsKey: () => [...hubQueries.allKey(), 'list'] as const,
  list: (region: string, f: HubListFilters) =>
    queryOptions({
      queryKey: [...hubQueries.listsKey(), region, f] as const,
      queryFn: ({ signal }) =>
        f.status ? listHubsByStatus(region, f.status, f, signal) : listHubs({
          region,
          signal,
          page: f.page,
          page_size: f.pageSize,
          order_by: f.orderBy,
          name: f.name || undefined,
          project_id: f.projectId || undefined,
          organization_id: f.organizationId || undefined,
        }),
      placeholderData: keepPreviousData,
      // A hub enabling or disabling settles within seconds; follow it.
      refetchInterval: pollWhile<ListHubsResponse>(2000, (data) => data?.hubs.some((h) => isHubTransient(h.status)) ?? false),
    }),
  /** Every hub of a region (all pages), for pickers and presets. */
  everything: (region: string) =>
    queryOptions({
      queryKey: [...hubQueries.listsKey(), region, 'all'] as const,
      queryFn: ({ signal }) => listAllHubs({ region, signal }),
      staleTime: 60_000,
    }),
  detailsKey: () => [...hubQueries.allKey(), 'detail'] as const,
  detail: (region: string, hubId: string) =>
    queryOptions({
      queryKey: [...hubQueries.detailsKey(), region, hubId] as const,
      queryFn: ({ signal }) => getHub({ region, hubId, signal }),
      refetchInterval: pollWhile<Hub>(1000, (data) => isHubTransient(data?.status)),
    }),
  ca: (region: string, hubId: string) =>
    queryOptions({
      queryKey: [...hubQueries.detailsKey(), region, hubId, 'ca'] as const,
      queryFn: ({ signal }) => getHubCa({ region, hubId, signal }),
    }),
  metrics: (region: string, hubId: string, range: MetricsRange) =>
    queryOptions({
      queryKey: [...hubQueries.detailsKey(), region, hubId, 'metrics', range] as const,
      queryFn: ({ signal }) => getHubMetrics({ region, hubId, startDate: new Date(Date.now() - RANGE_MS[range]).toISOString(), signal }),
      refetchInterval: 60_000,
    }),
  /** Views that span areas and read many hubs at once. */
  overviewKey: () => [...hubQueries.allKey(), 'overview'] as const,
  caOverview: (region: string) =>
    queryOptions({
      queryKey: [...hubQueries.overviewKey(), 'ca', region] as const,
      queryFn: ({ signal }) => fetchHubCaOverview(region, signal),
      staleTime: 5 * 60_000,
    }),
};

/**
 * After a change to hubs: the lists and the cross-area views always (counts, names, CAs show
 * there), and one hub's own data when it is named. Only what is on screen refetches.
 */
export function invalidateHubs(queryClient: QueryClient, hub?: { region: string; hubId: string }): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: hubQueries.listsKey() }),
    queryClient.invalidateQueries({ queryKey: hubQueries.overviewKey() }),
    hub ? queryClient.invalidateQueries({ queryKey: [...hubQueries.detailsKey(), hub.region, hub.hubId] }) : null,
  ]);
}
