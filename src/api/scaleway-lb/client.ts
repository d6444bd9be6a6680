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

// Load balancers

export function listLbs({ region, signal, ...params }: Regional & ListLbsParams): Promise<ListLbsResponse> {
  return call('GET', region, '/lbs', listLbsResponseSchema, { query: { ...params }, signal });
}

export function getLb({ region, lbId, signal }: Regional & { lbId: string }): Promise<Lb> {
  return call('GET', region, `/lbs/${enc(lbId)}`, lbSchema, { signal });
}

export function createLb({ region, body }: { region: string; body: CreateLbRequest }): Promise<Lb> {
  return call('POST', region, '/lbs', lbSchema, { body });
}

export function updateLb({ region, lbId, body }: { region: string; lbId: string; body: UpdateLbRequest }): Promise<Lb> {
  return call('PUT', region, `/lbs/${enc(lbId)}`, lbSchema, { body });
}

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

export function listIps({ region, signal, ...params }: Regional & ListIpsParams): Promise<ListIpsResponse> {
  return call('GET', region, '/ips', listIpsResponseSchema, { query: { ...params }, signal });
}

export function getIp({ region, ipId, signal }: Regional & { ipId: string }): Promise<Ip> {
  return call('GET', region, `/ips/${enc(ipId)}`, ipSchema, { signal });
}

export function createIp({ region, body }: { region: string; body: CreateIpRequest }): Promise<Ip> {
  return call('POST', region, '/ips', ipSchema, { body });
}

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

export function releaseIp({ region, ipId }: { region: string; ipId: string }): Promise<void> {
  return call('DELETE', region, `/ips/${enc(ipId)}`, noContent);
}

// Backends

export function listBackends({ region, lbId, signal, ...params }: Regional & ListParams & { lbId: string; name?: string; order_by?: ChildOrderBy }): Promise<ListBackendsResponse> {
  return call('GET', region, `/lbs/${enc(lbId)}/backends`, listBackendsResponseSchema, { query: { ...params }, signal });
}

export function getBackend({ region, backendId, signal }: Regional & { backendId: string }): Promise<Backend> {
  return call('GET', region, `/backends/${enc(backendId)}`, backendSchema, { signal });
}

export function createBackend({ region, lbId, body }: { region: string; lbId: string; body: CreateBackendRequest }): Promise<Backend> {
  return call('POST', region, `/lbs/${enc(lbId)}/backends`, backendSchema, { body });
}

export function updateBackend({ region, backendId, body }: { region: string; backendId: string; body: UpdateBackendRequest }): Promise<Backend> {
  return call('PUT', region, `/backends/${enc(backendId)}`, backendSchema, { body });
}

export function deleteBackend({ region, backendId }: { region: string; backendId: string }): Promise<void> {
  return call('DELETE', region, `/backends/${enc(backendId)}`, noContent);
}

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

export function listFrontends({ region, lbId, signal, ...params }: Regional & ListParams & { lbId: string; name?: string; order_by?: ChildOrderBy }): Promise<ListFrontendsResponse> {
  return call('GET', region, `/lbs/${enc(lbId)}/frontends`, listFrontendsResponseSchema, { query: { ...params }, signal });
}

export function getFrontend({ region, frontendId, signal }: Regional & { frontendId: string }): Promise<Frontend> {
  return call('GET', region, `/frontends/${enc(frontendId)}`, frontendSchema, { signal });
}

export function createFrontend({ region, lbId, body }: { region: string; lbId: string; body: CreateFrontendRequest }): Promise<Frontend> {
  return call('POST', region, `/lbs/${enc(lbId)}/frontends`, frontendSchema, { body });
}

export function updateFrontend({ region, frontendId, body }: { region: string; frontendId: string; body: UpdateFrontendRequest }): Promise<Frontend> {
  return call('PUT', region, `/frontends/${enc(frontendId)}`, frontendSchema, { body });
}

export function deleteFrontend({ region, frontendId }: { region: string; frontendId: string }): Promise<void> {
  return call('DELETE', region, `/frontends/${enc(frontendId)}`, noContent);
}

// ACLs

export function listAcls({ region, frontendId, signal, ...params }: Regional & ListParams & { frontendId: string; order_by?: ChildOrderBy; name?: string }): Promise<ListAclsResponse> {
  return call('GET', region, `/frontends/${enc(frontendId)}/acls`, listAclsResponseSchema, { query: { ...params }, signal });
}

export function getAcl({ region, aclId, signal }: Regional & { aclId: string }): Promise<Acl> {
  return call('GET', region, `/acls/${enc(aclId)}`, aclSchema, { signal });
}

export function createAcl({ region, frontendId, body }: { region: string; frontendId: string; body: AclInput }): Promise<Acl> {
  return call('POST', region, `/frontends/${enc(frontendId)}/acls`, aclSchema, { body });
}

export function updateAcl({ region, aclId, body }: { region: string; aclId: string; body: AclInput }): Promise<Acl> {
  return call('PUT', region, `/acls/${enc(aclId)}`, aclSchema, { body });
}

export function deleteAcl({ region, aclId }: { region: string; aclId: string }): Promise<void> {
  return call('DELETE', region, `/acls/${enc(aclId)}`, noContent);
}

// Certificates

export function listCertificates({ region, lbId, signal, ...params }: Regional & ListParams & { lbId: string; name?: string; order_by?: string }): Promise<ListCertificatesResponse> {
  return call('GET', region, `/lbs/${enc(lbId)}/certificates`, listCertificatesResponseSchema, { query: { ...params }, signal });
}

export function getCertificate({ region, certificateId, signal }: Regional & { certificateId: string }): Promise<Certificate> {
  return call('GET', region, `/certificates/${enc(certificateId)}`, certificateSchema, { signal });
}

export function createCertificate({ region, lbId, body }: { region: string; lbId: string; body: CreateCertificateRequest }): Promise<Certificate> {
  return call('POST', region, `/lbs/${enc(lbId)}/certificates`, certificateSchema, { body });
}

export function updateCertificate({ region, certificateId, body }: { region: string; certificateId: string; body: UpdateCertificateRequest }): Promise<Certificate> {
  return call('PUT', region, `/certificates/${enc(certificateId)}`, certificateSchema, { body });
}

export function deleteCertificate({ region, certificateId }: { region: string; certificateId: string }): Promise<void> {
  return call('DELETE', region, `/certificates/${enc(certificateId)}`, noContent);
}

// Routes

export function listRoutes({ region, signal, ...params }: Regional & ListParams & { frontend_id?: string; order_by?: string }): Promise<ListRoutesResponse> {
  return call('GET', region, '/routes', listRoutesResponseSchema, { query: { ...params }, signal });
}

export function getRoute({ region, routeId, signal }: Regional & { routeId: string }): Promise<Route> {
  return call('GET', region, `/routes/${enc(routeId)}`, routeSchema, { signal });
}

export function createRoute({ region, body }: { region: string; body: CreateRouteRequest }): Promise<Route> {
  return call('POST', region, '/routes', routeSchema, { body });
}

export function updateRoute({ region, routeId, body }: { region: string; routeId: string; body: UpdateRouteRequest }): Promise<Route> {
  return call('PUT', region, `/routes/${enc(routeId)}`, routeSchema, { body });
}

export function deleteRoute({ region, routeId }: { region: string; routeId: string }): Promise<void> {
  return call('DELETE', region, `/routes/${enc(routeId)}`, noContent);
}

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

export function listSubscribers({ region, signal, ...params }: Regional & ListParams & { name?: string; order_by?: string; project_id?: string; organization_id?: string }): Promise<ListSubscribersResponse> {
  return call('GET', region, '/subscribers', listSubscribersResponseSchema, { query: { ...params }, signal });
}

export function getSubscriber({ region, subscriberId, signal }: Regional & { subscriberId: string }): Promise<Subscriber> {
  return call('GET', region, `/subscribers/${enc(subscriberId)}`, subscriberSchema, { signal });
}

export function createSubscriber({ region, body }: { region: string; body: CreateSubscriberRequest }): Promise<Subscriber> {
  return call('POST', region, '/subscribers', subscriberSchema, { body });
}

export function updateSubscriber({ region, subscriberId, body }: { region: string; subscriberId: string; body: UpdateSubscriberRequest }): Promise<Subscriber> {
  return call('PUT', region, `/subscribers/${enc(subscriberId)}`, subscriberSchema, { body });
}

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

export function listAllFrontends(args: Regional & { lbId: string; order_by?: ChildOrderBy }): Promise<Frontend[]> {
  return collectAll(async (page) => {
    const r = await listFrontends({ ...args, ...ALL, page });
    return { items: r.frontends, total: r.total_count };
  });
}

export function listAllBackends(args: Regional & { lbId: string; order_by?: ChildOrderBy }): Promise<Backend[]> {
  return collectAll(async (page) => {
    const r = await listBackends({ ...args, ...ALL, page });
    return { items: r.backends, total: r.total_count };
  });
}

export function listAllAcls(args: Regional & { frontendId: string; name?: string }): Promise<Acl[]> {
  return collectAll(async (page) => {
    const r = await listAcls({ ...args, ...ALL, page });
    return { items: r.acls, total: r.total_count };
  });
}

/** Every TLS certificate of one load balancer, with status, validity dates and status details. */
export function listAllCertificates(args: Regional & { lbId: string }): Promise<Certificate[]> {
  return collectAll(async (page) => {
    const r = await listCertificates({ ...args, ...ALL, page });
    return { items: r.certificates, total: r.total_count };
  });
}

export function listAllRoutes(args: Regional & { frontendId?: string }): Promise<Route[]> {
  const { frontendId, ...rest } = args;
  return collectAll(async (page) => {
    const r = await listRoutes({ ...rest, ...ALL, page, frontend_id: frontendId });
    return { items: r.routes, total: r.total_count };
  });
}

export function listAllLbPrivateNetworks(args: Regional & { lbId: string; order_by?: PrivateNetworkOrderBy }): Promise<PrivateNetwork[]> {
  return collectAll(async (page) => {
    const r = await listLbPrivateNetworks({ ...args, ...ALL, page });
    return { items: r.private_network, total: r.total_count };
  });
}

export function listAllBackendStats(args: Regional & { lbId: string; backendId?: string }): Promise<BackendServerStats[]> {
  const { backendId, ...rest } = args;
  return collectAll(async (page) => {
    const r = await listBackendStats({ ...rest, ...ALL, page, backend_id: backendId });
    return { items: r.backend_servers_stats, total: r.total_count };
  });
}

export function listAllLbTypes(args: Regional): Promise<LbType[]> {
  return collectAll(async (page) => {
    const r = await listLbTypes({ ...args, ...ALL, page });
    return { items: r.lb_types, total: r.total_count };
  });
}

export function listAllSubscribers(args: Regional & { organization_id?: string }): Promise<Subscriber[]> {
  return collectAll(async (page) => {
    const r = await listSubscribers({ ...args, ...ALL, page });
    return { items: r.subscribers, total: r.total_count };
  });
}

/** Every load balancer of a region, for pickers (subscriptions, IP attachment). */
export function listAllLbs(args: Regional): Promise<Lb[]> {
  return collectAll(async (page) => {
    const r = await listLbs({ ...args, ...ALL, page });
    return { items: r.lbs, total: r.total_count };
  });
}

export function listAllIps(args: Regional & Omit<ListIpsParams, 'page' | 'page_size'>): Promise<Ip[]> {
  return collectAll(async (page) => {
    const r = await listIps({ ...args, ...ALL, page });
    return { items: r.ips, total: r.total_count };
  });
}
