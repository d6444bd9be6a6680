import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  getLb,
  listAllAcls,
  listAllBackendStats,
  listAllBackends,
  listAllCertificates,
  listAllFrontends,
  listAllIps,
  listAllLbPrivateNetworks,
  listAllLbTypes,
  listAllLbs,
  listAllRoutes,
  listAllSubscribers,
  listIps,
  listLbs,
} from './client';
import { isLbTransient, type BackendServerStats, type Certificate, type ChildOrderBy, type IpType, type Lb, type LbOrderBy, type LbStatus, type ListLbsResponse, type PrivateNetwork, type PrivateNetworkOrderBy } from './types';
import { runBounded } from '../bounded';
import { describeFailure, type OwnerFailure } from '../owner-failure';
import { pollWhile } from '../poll-while';

export interface LbListFilters {
  page: number;
  pageSize: number;
  orderBy: LbOrderBy;
  name: string;
  tag: string;
  organizationId?: string;
  /** The API has no status filter: with one, the page is made here from every load balancer of the region. */
  status?: LbStatus;
}

/** One page of the load balancers in one status, filtered, ordered and paged here. */
export async function listLbsByStatus(region: string, status: LbStatus, f: LbListFilters, signal: AbortSignal): Promise<ListLbsResponse> {
  const column = f.orderBy.startsWith('name') ? 'name' : 'created_at';
  const dir = f.orderBy.endsWith('_desc') ? -1 : 1;
  const matching = (await listAllLbs({ region, signal }))
    .filter((lb) => lb.status === status && (!f.name || lb.name.includes(f.name)) && (!f.tag || lb.tags.includes(f.tag)) && (!f.organizationId || lb.organization_id === f.organizationId))
    .sort((a, b) => dir * String(a[column] ?? '').localeCompare(String(b[column] ?? '')));
  const start = (f.page - 1) * f.pageSize;
  return { lbs: matching.slice(start, start + f.pageSize), total_count: matching.length };
}

export interface IpListFilters {
  page: number;
  pageSize: number;
  ipType: IpType;
  tag: string;
  /** Part of an address (`ip_address`). */
  address?: string;
  organizationId?: string;
}

/**
 * One factory per resource. Everything that belongs to one load balancer
 * lives under its detail key, so invalidating the detail refreshes its
 * frontends, backends, ACLs… at once.
 */
export const lbQueries = {
  allKey: () => ['scaleway', 'lb'] as const,
  lbsKey: () => [...lbQueries.allKey(), 'lbs'] as const,
  listsKey: () => [...lbQueries.lbsKey(), 'list'] as const,
  list: (region: string, f: LbListFilters) =>
    queryOptions({
      queryKey: [...lbQueries.listsKey(), region, f] as const,
      queryFn: ({ signal }) =>
        f.status
          ? listLbsByStatus(region, f.status, f, signal)
          : listLbs({ region, signal, page: f.page, page_size: f.pageSize, order_by: f.orderBy, name: f.name || undefined, tags: f.tag ? [f.tag] : undefined, organization_id: f.organizationId || undefined }),
      placeholderData: keepPreviousData,
      refetchInterval: pollWhile<ListLbsResponse>(2000, (data) => data?.lbs.some((lb) => isLbTransient(lb.status)) ?? false),
    }),
  /** Every load balancer of a region, for pickers. */
  everything: (region: string) =>
    queryOptions({
      queryKey: [...lbQueries.listsKey(), region, 'all'] as const,
      queryFn: ({ signal }) => listAllLbs({ region, signal }),
    }),
  detailsKey: () => [...lbQueries.lbsKey(), 'detail'] as const,
  detail: (region: string, lbId: string) =>
    queryOptions({
      queryKey: [...lbQueries.detailsKey(), region, lbId] as const,
      queryFn: ({ signal }) => getLb({ region, lbId, signal }),
      refetchInterval: pollWhile<Lb>(1000, (data) => isLbTransient(data?.status)),
    }),
  frontends: (region: string, lbId: string, orderBy: ChildOrderBy = 'created_at_asc') =>
    queryOptions({
      queryKey: [...lbQueries.detail(region, lbId).queryKey, 'frontends', orderBy] as const,
      queryFn: ({ signal }) => listAllFrontends({ region, lbId, signal, order_by: orderBy }),
    }),
  backends: (region: string, lbId: string, orderBy: ChildOrderBy = 'created_at_asc') =>
    queryOptions({
      queryKey: [...lbQueries.detail(region, lbId).queryKey, 'backends', orderBy] as const,
      queryFn: ({ signal }) => listAllBackends({ region, lbId, signal, order_by: orderBy }),
    }),
  /** `name` narrows the list (the API's `name` filter); the unfiltered list is the one ACL reordering edits. */
  acls: (region: string, lbId: string, frontendId: string, name = '') =>
    queryOptions({
      queryKey: [...lbQueries.detail(region, lbId).queryKey, 'acls', frontendId, { name }] as const,
      queryFn: ({ signal }) => listAllAcls({ region, frontendId, signal, name: name || undefined }),
    }),
  certificates: (region: string, lbId: string) =>
    queryOptions({
      queryKey: [...lbQueries.detail(region, lbId).queryKey, 'certificates'] as const,
      queryFn: ({ signal }) => listAllCertificates({ region, lbId, signal }),
      // Let's Encrypt issuance takes seconds to minutes: follow it.
      refetchInterval: pollWhile<Certificate[]>(1500, (data) => data?.some((c) => c.status === 'pending') ?? false),
    }),
  routes: (region: string, lbId: string, frontendId: string) =>
    queryOptions({
      queryKey: [...lbQueries.detail(region, lbId).queryKey, 'routes', frontendId] as const,
      queryFn: ({ signal }) => listAllRoutes({ region, frontendId, signal }),
    }),
  privateNetworks: (region: string, lbId: string, orderBy: PrivateNetworkOrderBy = 'created_at_asc') =>
    queryOptions({
      queryKey: [...lbQueries.detail(region, lbId).queryKey, 'private-networks', orderBy] as const,
      queryFn: ({ signal }) => listAllLbPrivateNetworks({ region, lbId, signal, order_by: orderBy }),
      refetchInterval: pollWhile<PrivateNetwork[]>(1500, (data) => data?.some((p) => p.status === 'pending') ?? false),
    }),
  /** `backendId` narrows the statistics to one backend's servers (the API's `backend_id`). */
  backendStats: (region: string, lbId: string, refreshMs: number | false, backendId = '') =>
    queryOptions({
      queryKey: [...lbQueries.detail(region, lbId).queryKey, 'backend-stats', { backendId }] as const,
      queryFn: ({ signal }) => listAllBackendStats({ region, lbId, signal, backendId: backendId || undefined }),
      refetchInterval: refreshMs,
      staleTime: 0,
    }),
  types: (region: string) =>
    queryOptions({
      queryKey: [...lbQueries.allKey(), 'types', region] as const,
      queryFn: ({ signal }) => listAllLbTypes({ region, signal }),
      staleTime: 5 * 60_000,
    }),
  /** Views that span areas and read every load balancer of a region at once. */
  overviewKey: () => [...lbQueries.allKey(), 'overview'] as const,
  /** Backend servers down on each load balancer of the region, from the backend statistics. */
  backendHealthOverview: (region: string) =>
    queryOptions({
      queryKey: [...lbQueries.overviewKey(), 'backend-health', region] as const,
      queryFn: ({ signal }) => fetchLbBackendHealthOverview(region, signal),
    }),
  certificatesOverview: (region: string) =>
    queryOptions({
      queryKey: [...lbQueries.overviewKey(), 'certificates', region] as const,
      queryFn: ({ signal }) => fetchLbCertificateOverview(region, signal),
      staleTime: 5 * 60_000,
    }),
};

export const ipQueries = {
  allKey: () => [...lbQueries.allKey(), 'ips'] as const,
  list: (region: string, f: IpListFilters) =>
    queryOptions({
      queryKey: [...ipQueries.allKey(), region, 'list', f] as const,
      queryFn: ({ signal }) =>
        listIps({ region, signal, page: f.page, page_size: f.pageSize, ip_type: f.ipType, tags: f.tag ? [f.tag] : undefined, ip_address: f.address || undefined, organization_id: f.organizationId || undefined }),
      placeholderData: keepPreviousData,
    }),
  everything: (region: string) =>
    queryOptions({
      queryKey: [...ipQueries.allKey(), region, 'all'] as const,
      queryFn: ({ signal }) => listAllIps({ region, signal }),
    }),
};

export const subscriberQueries = {
  allKey: () => [...lbQueries.allKey(), 'subscribers'] as const,
  list: (region: string) =>
    queryOptions({
      queryKey: [...subscriberQueries.allKey(), region] as const,
      queryFn: ({ signal }) => listAllSubscribers({ region, signal }),
    }),
};

/**
 * After a change to load balancers: the lists and the cross-area views always (status and
 * certificates show there), and everything cached under one load balancer when it is named
 * (its frontends, backends, ACLs… live under its detail key).
 */
export function invalidateLb(queryClient: QueryClient, region?: string, lbId?: string): Promise<unknown> {
  return Promise.all([
    region && lbId ? queryClient.invalidateQueries({ queryKey: lbQueries.detail(region, lbId).queryKey }) : null,
    queryClient.invalidateQueries({ queryKey: lbQueries.listsKey() }),
    queryClient.invalidateQueries({ queryKey: lbQueries.overviewKey() }),
  ]);
}

/**
 * Flexible IPs show on load balancers (and the reverse): both are refreshed, the load balancers'
 * own pages too, since an attach or detach changes the addresses a detail page shows.
 */
export function invalidateIps(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ipQueries.allKey() }),
    queryClient.invalidateQueries({ queryKey: lbQueries.detailsKey(), exact: false, refetchType: 'active' }),
    invalidateLb(queryClient),
  ]);
}

/** Subscribers show on load balancers (and the reverse): both are refreshed. */
export function invalidateSubscribers(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([queryClient.invalidateQueries({ queryKey: subscriberQueries.allKey() }), invalidateLb(queryClient)]);
}

/** The TLS certificates of one load balancer, for views that list certificates across areas. */
export interface LbCertificatesEntry {
  lb: Pick<Lb, 'id' | 'name'>;
  certificates: Certificate[];
}

export interface LbCertificateOverview {
  region: string;
  entries: LbCertificatesEntry[];
  failures: OwnerFailure[];
  fetchedAt: number;
}

/**
 * One thing of every load balancer of the region, a few load balancers at a time: an entry per
 * load balancer that answered, a failure (named) per one that did not.
 */
async function perLbOverview<V, E>(region: string, signal: AbortSignal, fetchOne: (lb: Lb, signal: AbortSignal) => Promise<V>, entry: (lb: Lb, value: V) => E) {
  const lbs = await listAllLbs({ region, signal });
  const { outcomes } = await runBounded(lbs, fetchOne, { signal });
  const entries: E[] = [];
  const failures: OwnerFailure[] = [];
  for (const o of outcomes) {
    if (!o) continue;
    if (o.ok) entries.push(entry(o.item, o.value));
    else failures.push({ kind: 'lb', id: o.item.id, name: o.item.name, region, message: describeFailure(o.error) });
  }
  signal.throwIfAborted();
  return { region, entries, failures, fetchedAt: Date.now() };
}

/** Every TLS certificate of every load balancer of the region. */
export function fetchLbCertificateOverview(region: string, signal: AbortSignal): Promise<LbCertificateOverview> {
  return perLbOverview(region, signal, (lb, s) => listAllCertificates({ region, lbId: lb.id, signal: s }), (lb, certificates) => ({ lb: { id: lb.id, name: lb.name }, certificates }));
}

/** A server of a backend that no load balancer instance sees up (stopped, or its health check failed). */
export interface DownServer {
  backendId: string;
  ip: string;
}

export interface LbBackendHealthEntry {
  lb: Pick<Lb, 'id' | 'name' | 'status'>;
  down: DownServer[];
}

export interface LbBackendHealthOverview {
  region: string;
  entries: LbBackendHealthEntry[];
  failures: OwnerFailure[];
  fetchedAt: number;
}

/**
 * The API reports each server once per load balancer instance; a server is down when none of
 * its rows is running with a health check that did not fail (as the load balancer page counts).
 */
export function downServers(stats: readonly BackendServerStats[]): DownServer[] {
  const up = new Map<string, boolean>();
  for (const s of stats) {
    const key = `${s.backend_id}\n${s.ip}`;
    const isUp = s.server_state === 'running' && s.last_health_check_status !== 'failed';
    up.set(key, (up.get(key) ?? false) || isUp);
  }
  return [...up].filter(([, isUp]) => !isUp).map(([key]) => {
    const [backendId = '', ip = ''] = key.split('\n');
    return { backendId, ip };
  });
}

/** The backend statistics of every load balancer of the region. */
export function fetchLbBackendHealthOverview(region: string, signal: AbortSignal): Promise<LbBackendHealthOverview> {
  return perLbOverview(region, signal, (lb, s) => listAllBackendStats({ region, lbId: lb.id, signal: s }), (lb, stats) => ({ lb: { id: lb.id, name: lb.name, status: lb.status }, down: downServers(stats) }));
}
