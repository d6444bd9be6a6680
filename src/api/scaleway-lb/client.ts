import type * as z from 'zod/mini';
import { noContent, request, type HttpMethod, type QueryValue } from '../http';
import { scalewayTransport } from '../scaleway/transport';
import {
  aclSchema,
  backendSchema,
  certificateSchema,
  frontendSchema,
  healthCheckSchema,
  ipSchema,
  lbSchema,
  lbStatsSchema,
  listAclsResponseSchema,
  listBackendStatsResponseSchema,
  listBackendsResponseSchema,
  listCertificatesResponseSchema,
  listFrontendsResponseSchema,
  listIpsResponseSchema,
  listLbTypesResponseSchema,
  listLbsResponseSchema,
  listPrivateNetworksResponseSchema,
  listRoutesResponseSchema,
  listSubscribersResponseSchema,
  privateNetworkSchema,
  routeSchema,
  subscriberSchema,
  type Acl,
  type AclInput,
  type AttachPrivateNetworkRequest,
  type Backend,
  type BackendServerStats,
  type Certificate,
  type ChildOrderBy,
  type CreateBackendRequest,
  type CreateCertificateRequest,
  type CreateFrontendRequest,
  type CreateIpRequest,
  type CreateLbRequest,
  type CreateRouteRequest,
  type CreateSubscriberRequest,
  type Frontend,
  type HealthCheck,
  type HealthCheckInput,
  type Ip,
  type Lb,
  type LbStats,
  type LbType,
  type ListAclsResponse,
  type ListBackendStatsResponse,
  type ListBackendsResponse,
  type ListCertificatesResponse,
  type ListFrontendsResponse,
  type ListIpsParams,
  type ListIpsResponse,
  type ListLbsParams,
  type ListLbsResponse,
  type ListParams,
  type ListPrivateNetworksResponse,
  type ListRoutesResponse,
  type ListSubscribersResponse,
  type MigrateLbRequest,
  type PrivateNetwork,
  type PrivateNetworkOrderBy,
  type Route,
  type ServerIpsRequest,
  type Subscriber,
  type UpdateBackendRequest,
  type UpdateCertificateRequest,
  type UpdateFrontendRequest,
  type UpdateIpRequest,
  type UpdateLbRequest,
  type UpdateRouteRequest,
  type UpdateSubscriberRequest,
} from './types';

/**
 * Typed client of the Scaleway Load Balancer API v1 (regional paths). Every
 * call takes the region; reads take an AbortSignal. Responses are validated
 * by the schemas in types.ts, errors become the one ApiError.
 */
export interface Regional {
  region: string;
  signal?: AbortSignal;
}

const enc = encodeURIComponent;
const base = (region: string) => `/lb/v1/regions/${enc(region)}`;

function call<T>(method: HttpMethod, region: string, path: string, schema: z.ZodMiniType<T>, options: { body?: unknown; query?: Record<string, QueryValue>; signal?: AbortSignal } = {}): Promise<T> {
  return request(scalewayTransport, { method, path: `${base(region)}${path}`, schema, ...options });
}

type Ids<K extends string> = { [P in K]: string };

/**
 * get, update (PUT) and delete of a resource at its own path (`/frontends/{id}`), the calls most
 * resources of this API share. The id is named as callers know it (`frontendId`).
 */
function itemCalls<T, Update, K extends string>(idKey: K, path: string, schema: z.ZodMiniType<T>) {
  const at = (ids: Ids<K>) => `${path}/${enc(ids[idKey])}`;
  return {
    get: (args: Regional & Ids<K>): Promise<T> => call('GET', args.region, at(args), schema, { signal: args.signal }),
    update: (args: { region: string; body: Update } & Ids<K>): Promise<T> => call('PUT', args.region, at(args), schema, { body: args.body }),
    remove: (args: { region: string } & Ids<K>): Promise<void> => call('DELETE', args.region, at(args), noContent),
  };
}

/**
 * list and create of a resource that lives under a parent (a load balancer's frontends, a
 * frontend's ACLs) at the parent's collection path (`/lbs/{lbId}/frontends`). The list's other
 * parameters (page, name, order) go to the query string.
 */
function childCollectionCalls<T, List, Create, Filters extends object, P extends string>(parentKey: P, collection: (parentId: string) => string, listSchema: z.ZodMiniType<List>, schema: z.ZodMiniType<T>) {
  return {
    list: (args: Regional & ListParams & Filters & Ids<P>): Promise<List> => {
      const { region, signal, ...params } = args;
      const query: Record<string, QueryValue> = { ...params };
      delete query[parentKey];
      return call('GET', region, collection(args[parentKey]), listSchema, { query, signal });
    },
    create: (args: { region: string; body: Create } & Ids<P>): Promise<T> => call('POST', args.region, collection(args[parentKey]), schema, { body: args.body }),
  };
}

/**
 * The five calls of a resource under a parent: list and create at `/{parents}/{parentId}/{path}`,
 * get, update and delete at `/{path}/{id}`.
 */
function childResource<T, List, Create, Update, Filters extends object, P extends string, K extends string>(parent: { key: P; path: string }, path: string, idKey: K, listSchema: z.ZodMiniType<List>, schema: z.ZodMiniType<T>) {
  return {
    ...childCollectionCalls<T, List, Create, Filters, P>(parent.key, (parentId) => `/${parent.path}/${enc(parentId)}/${path}`, listSchema, schema),
    ...itemCalls<T, Update, K>(idKey, `/${path}`, schema),
  };
}

/**
 * The calls of a resource at the region's root: list and create at `/{path}`, get, update and
 * delete at `/{path}/{id}`.
 */
function resource<T, List, Create, Update, Filters extends object, K extends string>(path: string, idKey: K, listSchema: z.ZodMiniType<List>, schema: z.ZodMiniType<T>) {
  return {
    list: ({ region, signal, ...params }: Regional & ListParams & Filters): Promise<List> => call('GET', region, `/${path}`, listSchema, { query: { ...params } as Record<string, QueryValue>, signal }),
    create: ({ region, body }: { region: string; body: Create }): Promise<T> => call('POST', region, `/${path}`, schema, { body }),
    ...itemCalls<T, Update, K>(idKey, `/${path}`, schema),
  };
}

const LB = { key: 'lbId', path: 'lbs' } as const;
const FRONTEND = { key: 'frontendId', path: 'frontends' } as const;

// Load balancers

export const { list: listLbs, create: createLb, get: getLb, update: updateLb } = resource<Lb, ListLbsResponse, CreateLbRequest, UpdateLbRequest, ListLbsParams, 'lbId'>('lbs', 'lbId', listLbsResponseSchema, lbSchema);

/** `releaseIp`: also delete the flexible IPs; without it they stay in the account, detached. */
export function deleteLb({ region, lbId, releaseIp }: { region: string; lbId: string; releaseIp: boolean }): Promise<void> {
  return call('DELETE', region, `/lbs/${enc(lbId)}`, noContent, { query: { release_ip: releaseIp } });
}

export function migrateLb({ region, lbId, body }: { region: string; lbId: string; body: MigrateLbRequest }): Promise<Lb> {
  return call('POST', region, `/lbs/${enc(lbId)}/migrate`, lbSchema, { body });
}

export function listLbTypes({ region, signal, ...params }: Regional & ListParams): Promise<{ lb_types: LbType[]; total_count: number }> {
  return call('GET', region, '/lb-types', listLbTypesResponseSchema, { query: { ...params }, signal });
}

// Flexible IPs

export const { list: listIps, create: createIp, get: getIp, remove: releaseIp } = resource<Ip, ListIpsResponse, CreateIpRequest, never, ListIpsParams, 'ipId'>('ips', 'ipId', listIpsResponseSchema, ipSchema);

export function updateIp({ region, ipId, body }: { region: string; ipId: string; body: UpdateIpRequest }): Promise<Ip> {
  return call('PATCH', region, `/ips/${enc(ipId)}`, ipSchema, { body });
}

/** Attaches the flexible IP to a load balancer of its zone (an update with `lb_id`). */
export function attachIp({ region, ipId, lbId }: { region: string; ipId: string; lbId: string }): Promise<Ip> {
  return updateIp({ region, ipId, body: { lb_id: lbId } });
}

/** Detaches it (`lb_id: null`): it stays reserved in the account and can then be released or attached elsewhere. */
export function detachIp({ region, ipId }: { region: string; ipId: string }): Promise<Ip> {
  return updateIp({ region, ipId, body: { lb_id: null } });
}

// Backends

export const { list: listBackends, create: createBackend, get: getBackend, update: updateBackend, remove: deleteBackend } = childResource<Backend, ListBackendsResponse, CreateBackendRequest, UpdateBackendRequest, { name?: string; order_by?: ChildOrderBy }, 'lbId', 'backendId'>(LB, 'backends', 'backendId', listBackendsResponseSchema, backendSchema);

/** Replaces the whole pool. */
export function setBackendServers({ region, backendId, body }: { region: string; backendId: string; body: ServerIpsRequest }): Promise<Backend> {
  return call('PUT', region, `/backends/${enc(backendId)}/servers`, backendSchema, { body });
}

export function addBackendServers({ region, backendId, body }: { region: string; backendId: string; body: ServerIpsRequest }): Promise<Backend> {
  return call('POST', region, `/backends/${enc(backendId)}/servers`, backendSchema, { body });
}

export function removeBackendServers({ region, backendId, body }: { region: string; backendId: string; body: ServerIpsRequest }): Promise<Backend> {
  return call('DELETE', region, `/backends/${enc(backendId)}/servers`, backendSchema, { body });
}

export function updateHealthCheck({ region, backendId, body }: { region: string; backendId: string; body: HealthCheckInput }): Promise<HealthCheck> {
  return call('PUT', region, `/backends/${enc(backendId)}/healthcheck`, healthCheckSchema, { body });
}

// Frontends

export const { list: listFrontends, create: createFrontend, get: getFrontend, update: updateFrontend, remove: deleteFrontend } = childResource<Frontend, ListFrontendsResponse, CreateFrontendRequest, UpdateFrontendRequest, { name?: string; order_by?: ChildOrderBy }, 'lbId', 'frontendId'>(LB, 'frontends', 'frontendId', listFrontendsResponseSchema, frontendSchema);

// ACLs

export const { list: listAcls, create: createAcl, get: getAcl, update: updateAcl, remove: deleteAcl } = childResource<Acl, ListAclsResponse, AclInput, AclInput, { order_by?: ChildOrderBy; name?: string }, 'frontendId', 'aclId'>(FRONTEND, 'acls', 'aclId', listAclsResponseSchema, aclSchema);

// Certificates

export const { list: listCertificates, create: createCertificate, get: getCertificate, update: updateCertificate, remove: deleteCertificate } = childResource<Certificate, ListCertificatesResponse, CreateCertificateRequest, UpdateCertificateRequest, { name?: string; order_by?: string }, 'lbId', 'certificateId'>(LB, 'certificates', 'certificateId', listCertificatesResponseSchema, certificateSchema);

// Routes

export const { list: listRoutes, create: createRoute, get: getRoute, update: updateRoute, remove: deleteRoute } = resource<Route, ListRoutesResponse, CreateRouteRequest, UpdateRouteRequest, { frontend_id?: string; order_by?: string }, 'routeId'>('routes', 'routeId', listRoutesResponseSchema, routeSchema);

// Private networks

export function listLbPrivateNetworks({ region, lbId, signal, ...params }: Regional & ListParams & { lbId: string; order_by?: PrivateNetworkOrderBy }): Promise<ListPrivateNetworksResponse> {
  return call('GET', region, `/lbs/${enc(lbId)}/private-networks`, listPrivateNetworksResponseSchema, { query: { ...params }, signal });
}

export function attachPrivateNetwork({ region, lbId, privateNetworkId, body }: { region: string; lbId: string; privateNetworkId: string; body: AttachPrivateNetworkRequest }): Promise<PrivateNetwork> {
  return call('POST', region, `/lbs/${enc(lbId)}/private-networks/${enc(privateNetworkId)}/attach`, privateNetworkSchema, { body });
}

export function detachPrivateNetwork({ region, lbId, privateNetworkId }: { region: string; lbId: string; privateNetworkId: string }): Promise<void> {
  return call('POST', region, `/lbs/${enc(lbId)}/private-networks/${enc(privateNetworkId)}/detach`, noContent, { body: {} });
}

// Statistics

/** Deprecated by Scaleway in favour of listBackendStats, kept for older accounts. */
export function getLbStats({ region, lbId, backendId, signal }: Regional & { lbId: string; backendId?: string }): Promise<LbStats> {
  return call('GET', region, `/lbs/${enc(lbId)}/stats`, lbStatsSchema, { query: { backend_id: backendId }, signal });
}

export function listBackendStats({ region, lbId, signal, ...params }: Regional & ListParams & { lbId: string; backend_id?: string }): Promise<ListBackendStatsResponse> {
  return call('GET', region, `/lbs/${enc(lbId)}/backend-stats`, listBackendStatsResponseSchema, { query: { ...params }, signal });
}

// Alert subscribers

export const { list: listSubscribers, create: createSubscriber, get: getSubscriber, update: updateSubscriber } = resource<Subscriber, ListSubscribersResponse, CreateSubscriberRequest, UpdateSubscriberRequest, { name?: string; order_by?: string; project_id?: string; organization_id?: string }, 'subscriberId'>('subscribers', 'subscriberId', listSubscribersResponseSchema, subscriberSchema);

/** The API's path for this one is `/lb/subscriber/{id}`, unlike the other subscriber calls. */
export function deleteSubscriber({ region, subscriberId }: { region: string; subscriberId: string }): Promise<void> {
  return call('DELETE', region, `/lb/subscriber/${enc(subscriberId)}`, noContent);
}

export function subscribeToLb({ region, lbId, subscriberId }: { region: string; lbId: string; subscriberId: string }): Promise<Lb> {
  return call('POST', region, `/lb/${enc(lbId)}/subscribe`, lbSchema, { body: { subscriber_id: subscriberId } });
}

export function unsubscribeFromLb({ region, lbId }: { region: string; lbId: string }): Promise<Lb> {
  return call('DELETE', region, `/lb/${enc(lbId)}/unsubscribe`, lbSchema);
}

// Whole lists

/**
 * Every item of a paginated list, page by page (the API caps pages at 100).
 * Stops at `maxPages` so a runaway total cannot loop forever.
 */
export async function collectAll<T>(fetchPage: (page: number) => Promise<{ items: T[]; total: number }>, maxPages = 50): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const { items, total } = await fetchPage(page);
    out.push(...items);
    if (items.length === 0 || out.length >= total) break;
  }
  return out;
}

const ALL = { page_size: 100 } as const;

/** Every item of a list call, all pages: `items` picks a page's items out of its response. */
function allPages<A extends ListParams, R extends { total_count: number }, T>(list: (args: A) => Promise<R>, items: (response: R) => T[]) {
  return (args: Omit<A, 'page' | 'page_size'>): Promise<T[]> =>
    collectAll(async (page) => {
      const r = await list({ ...args, ...ALL, page } as A);
      return { items: items(r), total: r.total_count };
    });
}

export const listAllFrontends = allPages(listFrontends, (r) => r.frontends);
export const listAllBackends = allPages(listBackends, (r) => r.backends);
export const listAllAcls = allPages(listAcls, (r) => r.acls);
/** Every TLS certificate of one load balancer, with status, validity dates and status details. */
export const listAllCertificates = allPages(listCertificates, (r) => r.certificates);
export const listAllLbPrivateNetworks = allPages(listLbPrivateNetworks, (r) => r.private_network);
export const listAllLbTypes = allPages(listLbTypes, (r) => r.lb_types);
export const listAllSubscribers = allPages(listSubscribers, (r) => r.subscribers);
/** Every load balancer of a region, for pickers (subscriptions, IP attachment). */
export const listAllLbs = allPages(listLbs, (r) => r.lbs);
export const listAllIps = allPages(listIps, (r) => r.ips);

export function listAllRoutes({ frontendId, ...rest }: Regional & { frontendId?: string }): Promise<Route[]> {
  return allPages(listRoutes, (r) => r.routes)({ ...rest, frontend_id: frontendId });
}

export function listAllBackendStats({ backendId, ...rest }: Regional & { lbId: string; backendId?: string }): Promise<BackendServerStats[]> {
  return allPages(listBackendStats, (r) => r.backend_servers_stats)({ ...rest, backend_id: backendId });
}
