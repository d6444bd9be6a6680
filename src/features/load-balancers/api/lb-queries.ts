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
} from '../../../api/scaleway-lb/client';
import type { IpType, LbOrderBy } from '../../../api/scaleway-lb/types';
import { isLbTransient } from '../lib/lb-labels';

export interface LbListFilters {
  page: number;
  pageSize: number;
  orderBy: LbOrderBy;
  name: string;
  tag: string;
}

export interface IpListFilters {
  page: number;
  pageSize: number;
  ipType: IpType;
  tag: string;
}

/**
 * One factory per resource. Everything that belongs to one load balancer
 * lives under its detail key, so invalidating the detail refreshes its
 * frontends, backends, ACLs… at once.
 */
export const lbQueries = {
  all: () => ['scaleway', 'lb'] as const,
  lbs: () => [...lbQueries.all(), 'lbs'] as const,
  lists: () => [...lbQueries.lbs(), 'list'] as const,
  list: (region: string, f: LbListFilters) =>
    queryOptions({
      queryKey: [...lbQueries.lists(), region, f] as const,
      queryFn: ({ signal }) =>
        listLbs({ region, signal, page: f.page, page_size: f.pageSize, order_by: f.orderBy, name: f.name || undefined, tags: f.tag ? [f.tag] : undefined }),
      placeholderData: keepPreviousData,
      refetchInterval: (query) => (query.state.data?.lbs.some((lb) => isLbTransient(lb.status)) ? 2000 : false),
    }),
  /** Every load balancer of a region, for pickers. */
  everything: (region: string) =>
    queryOptions({
      queryKey: [...lbQueries.lists(), region, 'all'] as const,
      queryFn: ({ signal }) => listAllLbs({ region, signal }),
    }),
  details: () => [...lbQueries.lbs(), 'detail'] as const,
  detail: (region: string, lbId: string) =>
    queryOptions({
      queryKey: [...lbQueries.details(), region, lbId] as const,
      queryFn: ({ signal }) => getLb({ region, lbId, signal }),
      refetchInterval: (query) => (isLbTransient(query.state.data?.status) ? 1000 : false),
    }),
  frontends: (region: string, lbId: string) =>
    queryOptions({
      queryKey: [...lbQueries.detail(region, lbId).queryKey, 'frontends'] as const,
      queryFn: ({ signal }) => listAllFrontends({ region, lbId, signal }),
    }),
  backends: (region: string, lbId: string) =>
    queryOptions({
      queryKey: [...lbQueries.detail(region, lbId).queryKey, 'backends'] as const,
      queryFn: ({ signal }) => listAllBackends({ region, lbId, signal }),
    }),
  acls: (region: string, lbId: string, frontendId: string) =>
    queryOptions({
      queryKey: [...lbQueries.detail(region, lbId).queryKey, 'acls', frontendId] as const,
      queryFn: ({ signal }) => listAllAcls({ region, frontendId, signal }),
    }),
  certificates: (region: string, lbId: string) =>
    queryOptions({
      queryKey: [...lbQueries.detail(region, lbId).queryKey, 'certificates'] as const,
      queryFn: ({ signal }) => listAllCertificates({ region, lbId, signal }),
      // Let's Encrypt issuance takes seconds to minutes: follow it.
      refetchInterval: (query) => (query.state.data?.some((c) => c.status === 'pending') ? 1500 : false),
    }),
  routes: (region: string, lbId: string, frontendId: string) =>
    queryOptions({
      queryKey: [...lbQueries.detail(region, lbId).queryKey, 'routes', frontendId] as const,
      queryFn: ({ signal }) => listAllRoutes({ region, frontendId, signal }),
    }),
  privateNetworks: (region: string, lbId: string) =>
    queryOptions({
      queryKey: [...lbQueries.detail(region, lbId).queryKey, 'private-networks'] as const,
      queryFn: ({ signal }) => listAllLbPrivateNetworks({ region, lbId, signal }),
      refetchInterval: (query) => (query.state.data?.some((p) => p.status === 'pending') ? 1500 : false),
    }),
  backendStats: (region: string, lbId: string, refreshMs: number | false) =>
    queryOptions({
      queryKey: [...lbQueries.detail(region, lbId).queryKey, 'backend-stats'] as const,
      queryFn: ({ signal }) => listAllBackendStats({ region, lbId, signal }),
      refetchInterval: refreshMs,
      staleTime: 0,
    }),
  types: (region: string) =>
    queryOptions({
      queryKey: [...lbQueries.all(), 'types', region] as const,
      queryFn: ({ signal }) => listAllLbTypes({ region, signal }),
      staleTime: 5 * 60_000,
    }),
};

export const ipQueries = {
  all: () => [...lbQueries.all(), 'ips'] as const,
  list: (region: string, f: IpListFilters) =>
    queryOptions({
      queryKey: [...ipQueries.all(), region, 'list', f] as const,
      queryFn: ({ signal }) => listIps({ region, signal, page: f.page, page_size: f.pageSize, ip_type: f.ipType, tags: f.tag ? [f.tag] : undefined }),
      placeholderData: keepPreviousData,
    }),
  everything: (region: string) =>
    queryOptions({
      queryKey: [...ipQueries.all(), region, 'all'] as const,
      queryFn: ({ signal }) => listAllIps({ region, signal }),
    }),
};

export const subscriberQueries = {
  all: () => [...lbQueries.all(), 'subscribers'] as const,
  list: (region: string) =>
    queryOptions({
      queryKey: [...subscriberQueries.all(), region] as const,
      queryFn: ({ signal }) => listAllSubscribers({ region, signal }),
    }),
};

/** After a change inside a load balancer: its own data (counts included) and the lists that show it. */
export function invalidateLb(queryClient: QueryClient, region: string, lbId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: lbQueries.detail(region, lbId).queryKey }),
    queryClient.invalidateQueries({ queryKey: lbQueries.lists() }),
  ]);
}
