import { http, HttpResponse, type HttpHandler } from 'msw';
import { SCALEWAY_REGIONS } from '../../src/api/providers';
import { durationToMs } from '../../src/api/scaleway-lb/duration';
import {
  ACL_ACTION_TYPES,
  ACL_HTTP_FILTERS,
  ACL_REDIRECT_CODES,
  ACL_REDIRECT_TYPES,
  FORWARD_PORT_ALGORITHMS,
  HEALTH_CHECK_TYPES,
  LB_NAME_MAX,
  LB_ORDER_BY,
  LB_PAGE_SIZE_MAX,
  LB_TRANSIENT_STATUSES,
  ON_MARKED_DOWN_ACTIONS,
  PROTOCOLS,
  PROXY_PROTOCOLS,
  SSL_COMPATIBILITY_LEVELS,
  STICKY_SESSIONS_TYPES,
  type Acl,
  type AclInput,
  type AttachPrivateNetworkRequest,
  type Backend,
  type BackendServerStats,
  type BackendSettings,
  type Certificate,
  type CreateBackendRequest,
  type CreateCertificateRequest,
  type CreateIpRequest,
  type CreateLbRequest,
  type CreateRouteRequest,
  type CreateSubscriberRequest,
  type Frontend,
  type FrontendSettings,
  type HealthCheck,
  type HealthCheckInput,
  type Ip,
  type Lb,
  type ListAclsResponse,
  type ListBackendStatsResponse,
  type ListBackendsResponse,
  type ListCertificatesResponse,
  type ListFrontendsResponse,
  type ListIpsResponse,
  type ListLbTypesResponse,
  type ListLbsResponse,
  type ListPrivateNetworksResponse,
  type ListRoutesResponse,
  type ListSubscribersResponse,
  type LbStats,
  type MigrateLbRequest,
  type PrivateNetwork,
  type Route,
  type RouteMatchInput,
  type Subscriber,
  type UpdateCertificateRequest,
  type UpdateIpRequest,
  type UpdateLbRequest,
  type UpdateRouteRequest,
  type UpdateSubscriberRequest,
} from '../../src/api/scaleway-lb/types';
import { validateAclRegex } from '../../src/features/load-balancers/lib/haproxy-regex';
import { parseIp, parseIpOrCidr } from '../../src/lib/ip';
import { hasScenario } from '../../src/lib/mock-scenario';
import { scalewayError, scalewayNotFound } from '../lib/envelopes';
import { createRng, hashString } from '../lib/random';
import { mockOrigin, withScenario } from '../lib/scenario';
import { backendDefaults, defaultReverse, instancesFor, lbTypesFor, REGION_ZONES, type MockAcl, type MockBackend, type MockCertificate, type MockFrontend, type MockIp, type MockLb, type MockPrivateNetwork, type MockRoute, type MockSubscriber, type Settle } from '../seed/scaleway-lb';
import {
  lbAclsCollection,
  lbBackendsCollection,
  lbCertificatesCollection,
  lbFrontendsCollection,
  lbIpsCollection,
  lbPrivateNetworksCollection,
  lbRoutesCollection,
  lbsCollection,
  lbSubscribersCollection,
} from '../store/scaleway-lb';

/**
 * Scaleway Load Balancer API v1, regional paths, over the stateful mock
 * store. Errors use the API's current envelopes: `invalid_arguments` with
 * `details[]` (argument_name, reason, help_message) for bad input,
 * `not_found`, `transient_state` (409) while a load balancer is changing,
 * `precondition_failed` (412) for refusals that depend on other resources.
 */

// Envelopes

interface Detail {
  argument_name: string;
  reason: 'required' | 'constraint' | 'format' | 'unknown';
  help_message: string;
}

class Problems {
  readonly details: Detail[] = [];
  add(argument: string, help: string, reason: Detail['reason'] = 'constraint'): void {
    this.details.push({ argument_name: argument, reason, help_message: help });
  }
  required(argument: string): void {
    this.add(argument, 'required', 'required');
  }
  get any(): boolean {
    return this.details.length > 0;
  }
  response(): Response {
    return HttpResponse.json({ type: 'invalid_arguments', message: 'invalid argument(s)', details: this.details }, { status: 400 });
  }
}

function precondition(message: string, what: string): Response {
  return scalewayError(412, 'precondition_failed', message, { precondition: what, help_message: message });
}

function transient(resource: string, id: string, state: string): Response {
  return scalewayError(409, 'transient_state', `resource ${resource} with ID ${id} is in a transient state: ${state}`, { resource, resource_id: id, current_state: state });
}

function badJson(): Response {
  return scalewayError(400, 'invalid_request_error', 'request body is not valid JSON');
}

async function readJson<T>(request: Request): Promise<Partial<T> | null> {
  try {
    const body: unknown = await request.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Partial<T>) : null;
  } catch {
    return null;
  }
}

function regionError(region: string): Response | undefined {
  if ((SCALEWAY_REGIONS as readonly string[]).includes(region)) return undefined;
  const p = new Problems();
  p.add('region', `unknown region "${region}", expected one of ${SCALEWAY_REGIONS.join(', ')}`);
  return p.response();
}

// Time-based transitions

function settle<T extends { settle: Array<Settle<T>> }>(record: T, now = Date.now()): T | null {
  if (record.settle.length === 0 || (record.settle[0]?.at ?? Infinity) > now) return null;
  let next = record;
  const remaining: Array<Settle<T>> = [];
  for (const step of record.settle) {
    if (step.at <= now) next = { ...next, ...step.patch };
    else remaining.push(step);
  }
  return { ...next, settle: remaining };
}

function liveLb(id: string): MockLb | undefined {
  const lb = lbsCollection.get(id);
  if (!lb) return undefined;
  const next = settle(lb);
  return next ? lbsCollection.update(id, () => next) : lb;
}

function liveCertificate(id: string): MockCertificate | undefined {
  const cert = lbCertificatesCollection.get(id);
  if (!cert) return undefined;
  const next = settle(cert);
  return next ? lbCertificatesCollection.update(id, () => next) : cert;
}

const pnKey = (pn: Pick<MockPrivateNetwork, 'lb_id' | 'private_network_id'>) => `${pn.lb_id}:${pn.private_network_id}`;

function livePrivateNetworks(lbId: string): MockPrivateNetwork[] {
  return lbPrivateNetworksCollection
    .all()
    .filter((p) => p.lb_id === lbId)
    .map((p) => {
      const next = settle(p);
      return next ? (lbPrivateNetworksCollection.update(pnKey(p), () => next) ?? p) : p;
    });
}

// Wire objects

function lbWire(lb: MockLb): Lb {
  const { subscriber_id, settle: _settle, ...rest } = lb;
  const frontends = lbFrontendsCollection.all().filter((f) => f.lb_id === lb.id);
  const frontendIds = new Set(frontends.map((f) => f.id));
  const subscriber = subscriber_id ? lbSubscribersCollection.get(subscriber_id) : undefined;
  return {
    ...rest,
    ip: lbIpsCollection.all().filter((ip) => ip.lb_id === lb.id).map(ipWire),
    frontend_count: frontends.length,
    backend_count: lbBackendsCollection.all().filter((b) => b.lb_id === lb.id).length,
    private_network_count: lbPrivateNetworksCollection.all().filter((p) => p.lb_id === lb.id).length,
    route_count: lbRoutesCollection.all().filter((r) => frontendIds.has(r.frontend_id)).length,
    subscriber: subscriber ? subscriberWire(subscriber) : null,
  };
}

function ipWire(ip: MockIp): Ip {
  return { ...ip };
}

function subscriberWire(s: MockSubscriber): Subscriber {
  return { id: s.id, name: s.name, email_config: s.email_config ?? null, webhook_config: s.webhook_config ?? null };
}

function backendWire(b: MockBackend): Backend {
  const { lb_id, ...rest } = b;
  const lb = liveLb(lb_id);
  return { ...rest, lb: lb ? lbWire(lb) : null };
}

function certificateWire(c: MockCertificate): Certificate {
  const { lb_id, settle: _settle, ...rest } = c;
  const lb = liveLb(lb_id);
  return { ...rest, lb: lb ? lbWire(lb) : null };
}

function frontendWire(f: MockFrontend): Frontend {
  const { lb_id, backend_id, ...rest } = f;
  const lb = liveLb(lb_id);
  const backend = lbBackendsCollection.get(backend_id);
  const firstCertificate = f.certificate_ids[0] ? liveCertificate(f.certificate_ids[0]) : undefined;
  return { ...rest, lb: lb ? lbWire(lb) : null, backend: backend ? backendWire(backend) : null, certificate: firstCertificate ? certificateWire(firstCertificate) : null };
}

function aclWire(a: MockAcl): Acl {
  const { frontend_id, ...rest } = a;
  const frontend = lbFrontendsCollection.get(frontend_id);
  return { ...rest, frontend: frontend ? frontendWire(frontend) : null };
}

function routeWire(r: MockRoute): Route {
  const { region: _region, ...rest } = r;
  return rest;
}

function privateNetworkWire(p: MockPrivateNetwork): PrivateNetwork {
  const { lb_id, settle: _settle, ...rest } = p;
  const lb = liveLb(lb_id);
  return { ...rest, lb: lb ? lbWire(lb) : null };
}

// Lookups, always within the region of the path

function lbIn(region: string, id: string): MockLb | undefined {
  const lb = liveLb(id);
  return lb && lb.region === region ? lb : undefined;
}

function backendIn(region: string, id: string): { backend: MockBackend; lb: MockLb } | undefined {
  const backend = lbBackendsCollection.get(id);
  const lb = backend ? lbIn(region, backend.lb_id) : undefined;
  return backend && lb ? { backend, lb } : undefined;
}

function frontendIn(region: string, id: string): { frontend: MockFrontend; lb: MockLb } | undefined {
  const frontend = lbFrontendsCollection.get(id);
  const lb = frontend ? lbIn(region, frontend.lb_id) : undefined;
  return frontend && lb ? { frontend, lb } : undefined;
}

/** Configuration changes wait until the load balancer is settled, as on the real API. */
function lockedOrTransient(lb: MockLb): Response | undefined {
  if (LB_TRANSIENT_STATUSES.includes(lb.status)) return transient('lb', lb.id, lb.status);
  if (lb.status === 'locked') return precondition(`load balancer ${lb.name} is locked: contact Scaleway support`, 'resource_locked');
  return undefined;
}

// Lists

interface ListQuery {
  page: number;
  pageSize: number;
  orderBy: string;
  url: URL;
}

function listQuery(request: Request, orderValues: readonly string[] = LB_ORDER_BY): ListQuery | Response {
  const url = new URL(request.url);
  const page = Number(url.searchParams.get('page') ?? '1');
  const pageSize = Number(url.searchParams.get('page_size') ?? '20');
  const orderBy = url.searchParams.get('order_by') ?? orderValues[0] ?? 'created_at_asc';
  const p = new Problems();
  if (!Number.isInteger(page) || page < 1) p.add('page', 'must be a positive integer');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > LB_PAGE_SIZE_MAX) p.add('page_size', `must be between 1 and ${LB_PAGE_SIZE_MAX}`);
  if (!orderValues.includes(orderBy)) p.add('order_by', `value must be one of ${orderValues.join(', ')}`);
  return p.any ? p.response() : { page, pageSize, orderBy, url };
}

function ordered<T extends { created_at?: string | null }>(items: T[], orderBy: string, name?: (item: T) => string): T[] {
  const desc = orderBy.endsWith('_desc');
  const byName = orderBy.startsWith('name_') && name;
  return [...items].sort((a, b) => {
    const cmp = byName ? name(a).localeCompare(name(b)) : (a.created_at ?? '').localeCompare(b.created_at ?? '');
    return desc ? -cmp : cmp;
  });
}

function pageOf<T>(items: T[], q: ListQuery): T[] {
  return items.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
}

// Field checks shared by several resources

function checkName(p: Problems, field: string, value: unknown, required = true): void {
  if (value === undefined && !required) return;
  if (typeof value !== 'string' || value.trim() === '') p.required(field);
  else if (value.length > LB_NAME_MAX) p.add(field, `length must be at most ${LB_NAME_MAX}`);
  else if (/\p{Cc}/u.test(value)) p.add(field, 'must not contain control characters', 'format');
}

function checkPort(p: Problems, field: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isInteger(value)) p.add(field, 'must be an integer', value === undefined ? 'required' : 'format');
  else if (value < 1 || value > 65535) p.add(field, 'must be between 1 and 65535');
}

function checkDuration(p: Problems, field: string, value: unknown, maxMs = 86_400_000): void {
  if (value === undefined || value === null) return;
  const ms = typeof value === 'string' ? durationToMs(value) : null;
  if (ms === null) p.add(field, 'must be a duration such as "5s"', 'format');
  else if (ms > maxMs) p.add(field, `must be at most ${maxMs / 1000}s`);
}

function checkCount(p: Problems, field: string, value: unknown, max: number, required = false): void {
  if (value === undefined || value === null) {
    if (required) p.required(field);
    return;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) p.add(field, `must be an integer between 0 and ${max}`);
}

function checkEnum(p: Problems, field: string, value: unknown, values: readonly string[], required = false): void {
  if (value === undefined || value === null) {
    if (required) p.required(field);
    return;
  }
  if (typeof value !== 'string' || !values.includes(value)) p.add(field, `value must be one of ${values.join(', ')}`);
}

function checkTags(p: Problems, field: string, value: unknown): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || value.some((t) => typeof t !== 'string')) {
    p.add(field, 'must be a list of strings', 'format');
    return;
  }
  value.forEach((t: string, i) => {
    if (t.trim() === '') p.add(`${field}.${i}`, 'must not be empty');
    else if (t.length > 128) p.add(`${field}.${i}`, 'length must be at most 128');
  });
}

const HOSTNAME = /^(?=.{1,253}$)(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;

function checkHostname(p: Problems, field: string, value: unknown, { wildcard = false } = {}): void {
  if (typeof value !== 'string' || value === '') {
    p.required(field);
    return;
  }
  if (!HOSTNAME.test(value) || (!wildcard && value.startsWith('*.'))) p.add(field, `"${value}" is not a valid domain name`, 'format');
}

function checkServerIps(p: Problems, field: string, value: unknown, required = true): string[] {
  if (!Array.isArray(value)) {
    if (required || value !== undefined) p.add(field, 'must be a list of IP addresses', value === undefined ? 'required' : 'format');
    return [];
  }
  const out: string[] = [];
  value.forEach((entry: unknown, i) => {
    const parsed = parseIp(entry);
    if (!parsed.ok) p.add(`${field}.${i}`, `"${String(entry)}": ${parsed.error}`, 'format');
    else out.push(String(entry).trim());
  });
  return out;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

// Load balancers

function ipsFor(region: string, lbId: string): MockIp[] {
  return lbIpsCollection.all().filter((ip) => ip.region === region && ip.lb_id === lbId);
}

let ipCounter = 0;
function allocateAddress(region: string, ipv6: boolean): string {
  const used = new Set(lbIpsCollection.all().map((ip) => ip.ip_address));
  for (let i = 0; i < 10_000; i++) {
    ipCounter++;
    const n = (hashString(`${region}:${ipCounter}`) % 250) + 2;
    const m = (hashString(`${region}:${ipCounter}:b`) % 250) + 1;
    const address = ipv6 ? `2001:bc8:${region === 'fr-par' ? '710' : region === 'nl-ams' ? '1200' : '1d00'}:${m.toString(16)}::${n.toString(16)}` : region === 'pl-waw' ? `151.115.${m}.${n}` : region === 'nl-ams' ? `51.15.${m}.${n}` : `51.159.${m}.${n}`;
    if (!used.has(address)) return address;
  }
  return ipv6 ? '2001:db8::1' : '192.0.2.1';
}

function newIp(region: string, zone: string, projectId: string, organizationId: string, ipv6: boolean, extra: { reverse?: string; tags?: string[]; lb_id?: string | null } = {}): MockIp {
  const address = allocateAddress(region, ipv6);
  return {
    id: crypto.randomUUID(),
    ip_address: address,
    organization_id: organizationId,
    project_id: projectId,
    lb_id: extra.lb_id ?? null,
    reverse: extra.reverse ?? defaultReverse(address, region),
    tags: extra.tags ?? [],
    region,
    zone,
  };
}

const SETTLE_MS = 2500;

function lbHandlers(base: string): HttpHandler[] {
  return [
    http.get(
      `${base}/lbs`,
      withScenario('scaleway', ({ request, params }) => {
        const region = String(params.region);
        const bad = regionError(region);
        if (bad) return bad;
        const q = listQuery(request);
        if (q instanceof Response) return q;
        const name = q.url.searchParams.get('name')?.toLowerCase();
        const tags = q.url.searchParams.getAll('tags').filter(Boolean);
        const project = q.url.searchParams.get('project_id');
        const matching = lbsCollection
          .all()
          .map((lb) => liveLb(lb.id) ?? lb)
          .filter((lb) => lb.region === region && (!name || lb.name.toLowerCase().includes(name)) && (!project || lb.project_id === project) && (tags.length === 0 || tags.some((t) => lb.tags.includes(t))));
        const sorted = ordered(matching, q.orderBy, (lb) => lb.name.toLowerCase());
        const body: ListLbsResponse = { lbs: pageOf(sorted, q).map(lbWire), total_count: sorted.length };
        return HttpResponse.json(body);
      }),
    ),
    http.post(
      `${base}/lbs`,
      withScenario('scaleway', async ({ request, params }) => {
        const region = String(params.region);
        const bad = regionError(region);
        if (bad) return bad;
        const body = await readJson<CreateLbRequest>(request);
        if (!body) return badJson();
        const p = new Problems();
        checkName(p, 'name', body.name);
        if (typeof body.project_id !== 'string' || body.project_id === '') p.required('project_id');
        if (body.description !== undefined && typeof body.description !== 'string') p.add('description', 'must be a string', 'format');
        checkTags(p, 'tags', body.tags);
        checkEnum(p, 'ssl_compatibility_level', body.ssl_compatibility_level, SSL_COMPATIBILITY_LEVELS);
        const types = lbTypesFor(region);
        const type = types.find((t) => t.name.toLowerCase() === String(body.type ?? '').toLowerCase());
        if (!body.type) p.required('type');
        else if (!type) p.add('type', `unknown type "${String(body.type)}", expected one of ${types.map((t) => t.name).join(', ')}`);
        else if (type.stock_status === 'out_of_stock') p.add('type', `${type.name} is out of stock in ${type.zone}: choose another type`);
        const ipIds = Array.isArray(body.ip_ids) ? body.ip_ids : [];
        ipIds.forEach((id, i) => {
          const ip = lbIpsCollection.get(String(id));
          if (!ip || ip.region !== region) p.add(`ip_ids.${i}`, `flexible IP ${String(id)} not found in ${region}`);
          else if (ip.lb_id) p.add(`ip_ids.${i}`, `flexible IP ${ip.ip_address} is already attached to another load balancer`);
        });
        if (p.any) return p.response();
        const now = Date.now();
        const zone = ipIds.length ? (lbIpsCollection.get(String(ipIds[0]))?.zone ?? `${region}-1`) : (REGION_ZONES[region]?.[0] ?? `${region}-1`);
        const id = crypto.randomUUID();
        const created = new Date(now).toISOString();
        const lb: MockLb = {
          id,
          name: String(body.name),
          description: body.description ?? '',
          status: 'to_create',
          instances: instancesFor(createRng(id), zone, created),
          organization_id: String(body.project_id),
          project_id: String(body.project_id),
          tags: body.tags ?? [],
          type: type?.name ?? String(body.type),
          ssl_compatibility_level: body.ssl_compatibility_level ?? 'ssl_compatibility_level_intermediate',
          created_at: created,
          updated_at: created,
          region,
          zone,
          subscriber_id: null,
          settle: [
            { at: now + 600, patch: { status: 'creating' } },
            { at: now + SETTLE_MS, patch: { status: 'ready', updated_at: new Date(now + SETTLE_MS).toISOString() } },
          ],
        };
        lbsCollection.insert(lb);
        for (const ipId of ipIds) lbIpsCollection.update(String(ipId), (ip) => ({ ...ip, lb_id: id }));
        if (ipIds.length === 0 && body.assign_flexible_ip !== false) lbIpsCollection.insert(newIp(region, zone, lb.project_id, lb.organization_id, false, { lb_id: id }));
        if (body.assign_flexible_ipv6 === true) lbIpsCollection.insert(newIp(region, zone, lb.project_id, lb.organization_id, true, { lb_id: id }));
        return HttpResponse.json(lbWire(lb));
      }),
    ),
    http.get(
      `${base}/lbs/:lbId`,
      withScenario('scaleway', ({ params }) => {
        const lb = lbIn(String(params.region), String(params.lbId));
        return lb ? HttpResponse.json(lbWire(lb)) : scalewayNotFound('lb', String(params.lbId));
      }),
    ),
    http.put(
      `${base}/lbs/:lbId`,
      withScenario('scaleway', async ({ request, params }) => {
        const id = String(params.lbId);
        const lb = lbIn(String(params.region), id);
        if (!lb) return scalewayNotFound('lb', id);
        const body = await readJson<UpdateLbRequest>(request);
        if (!body) return badJson();
        const p = new Problems();
        checkName(p, 'name', body.name);
        if (typeof body.description !== 'string') p.required('description');
        checkTags(p, 'tags', body.tags);
        checkEnum(p, 'ssl_compatibility_level', body.ssl_compatibility_level, SSL_COMPATIBILITY_LEVELS);
        if (p.any) return p.response();
        const blocked = lockedOrTransient(lb);
        if (blocked) return blocked;
        const updated = lbsCollection.update(id, (l) => ({
          ...l,
          name: String(body.name),
          description: String(body.description),
          tags: body.tags ?? l.tags,
          ssl_compatibility_level: body.ssl_compatibility_level ?? l.ssl_compatibility_level,
          updated_at: new Date().toISOString(),
        }));
        return updated ? HttpResponse.json(lbWire(updated)) : scalewayNotFound('lb', id);
      }),
    ),
    http.delete(
      `${base}/lbs/:lbId`,
      withScenario('scaleway', ({ request, params }) => {
        const id = String(params.lbId);
        const region = String(params.region);
        const lb = lbIn(region, id);
        if (!lb) return scalewayNotFound('lb', id);
        if (LB_TRANSIENT_STATUSES.includes(lb.status)) return transient('lb', id, lb.status);
        const releaseIp = new URL(request.url).searchParams.get('release_ip') === 'true';
        for (const ip of ipsFor(region, id)) {
          if (releaseIp) lbIpsCollection.remove(ip.id);
          else lbIpsCollection.update(ip.id, (i) => ({ ...i, lb_id: null }));
        }
        const frontends = lbFrontendsCollection.all().filter((f) => f.lb_id === id);
        const frontendIds = new Set(frontends.map((f) => f.id));
        for (const a of lbAclsCollection.all()) if (frontendIds.has(a.frontend_id)) lbAclsCollection.remove(a.id);
        for (const r of lbRoutesCollection.all()) if (frontendIds.has(r.frontend_id)) lbRoutesCollection.remove(r.id);
        for (const f of frontends) lbFrontendsCollection.remove(f.id);
        for (const b of lbBackendsCollection.all()) if (b.lb_id === id) lbBackendsCollection.remove(b.id);
        for (const c of lbCertificatesCollection.all()) if (c.lb_id === id) lbCertificatesCollection.remove(c.id);
        for (const pn of lbPrivateNetworksCollection.all()) if (pn.lb_id === id) lbPrivateNetworksCollection.remove(pnKey(pn));
        lbsCollection.remove(id);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    http.post(
      `${base}/lbs/:lbId/migrate`,
      withScenario('scaleway', async ({ request, params }) => {
        const id = String(params.lbId);
        const region = String(params.region);
        const lb = lbIn(region, id);
        if (!lb) return scalewayNotFound('lb', id);
        const body = await readJson<MigrateLbRequest>(request);
        if (!body) return badJson();
        const p = new Problems();
        const type = lbTypesFor(region).find((t) => t.name.toLowerCase() === String(body.type ?? '').toLowerCase());
        if (!body.type) p.required('type');
        else if (!type) p.add('type', `unknown type "${String(body.type)}"`);
        else if (type.name === lb.type) p.add('type', `the load balancer is already of type ${lb.type}`);
        else if (type.stock_status === 'out_of_stock') p.add('type', `${type.name} is out of stock in ${type.zone}`);
        if (p.any) return p.response();
        const blocked = lockedOrTransient(lb);
        if (blocked) return blocked;
        const now = Date.now();
        const updated = lbsCollection.update(id, (l) => ({
          ...l,
          status: 'migrating',
          type: type?.name ?? l.type,
          updated_at: new Date(now).toISOString(),
          settle: [{ at: now + SETTLE_MS * 1.5, patch: { status: 'ready', updated_at: new Date(now + SETTLE_MS * 1.5).toISOString() } }],
        }));
        return updated ? HttpResponse.json(lbWire(updated)) : scalewayNotFound('lb', id);
      }),
    ),
    http.get(
      `${base}/lb-types`,
      withScenario('scaleway', ({ request, params }) => {
        const region = String(params.region);
        const bad = regionError(region);
        if (bad) return bad;
        const q = listQuery(request, ['created_at_asc']);
        if (q instanceof Response) return q;
        const types = lbTypesFor(region);
        const body: ListLbTypesResponse = { lb_types: pageOf(types, q), total_count: types.length };
        return HttpResponse.json(body);
      }),
    ),
  ];
}

// Flexible IPs

function ipHandlers(base: string): HttpHandler[] {
  return [
    http.get(
      `${base}/ips`,
      withScenario('scaleway', ({ request, params }) => {
        const region = String(params.region);
        const bad = regionError(region);
        if (bad) return bad;
        const q = listQuery(request, ['created_at_asc']);
        if (q instanceof Response) return q;
        const type = q.url.searchParams.get('ip_type') ?? 'all';
        const address = q.url.searchParams.get('ip_address');
        const tags = q.url.searchParams.getAll('tags').filter(Boolean);
        const project = q.url.searchParams.get('project_id');
        const matching = lbIpsCollection
          .all()
          .filter(
            (ip) =>
              ip.region === region &&
              (type === 'all' || (type === 'ipv6') === ip.ip_address.includes(':')) &&
              (!address || ip.ip_address.includes(address)) &&
              (!project || ip.project_id === project) &&
              (tags.length === 0 || tags.some((t) => ip.tags.includes(t))),
          );
        const body: ListIpsResponse = { ips: pageOf(matching, q).map(ipWire), total_count: matching.length };
        return HttpResponse.json(body);
      }),
    ),
    http.post(
      `${base}/ips`,
      withScenario('scaleway', async ({ request, params }) => {
        const region = String(params.region);
        const bad = regionError(region);
        if (bad) return bad;
        const body = await readJson<CreateIpRequest>(request);
        if (!body) return badJson();
        const p = new Problems();
        if (typeof body.project_id !== 'string' || body.project_id === '') p.required('project_id');
        if (typeof body.is_ipv6 !== 'boolean') p.required('is_ipv6');
        if (body.reverse) checkHostname(p, 'reverse', body.reverse);
        checkTags(p, 'tags', body.tags);
        if (p.any) return p.response();
        const ip = newIp(region, REGION_ZONES[region]?.[0] ?? `${region}-1`, String(body.project_id), String(body.project_id), body.is_ipv6 === true, { reverse: body.reverse || undefined, tags: body.tags });
        lbIpsCollection.insert(ip);
        return HttpResponse.json(ipWire(ip));
      }),
    ),
    http.get(
      `${base}/ips/:ipId`,
      withScenario('scaleway', ({ params }) => {
        const ip = lbIpsCollection.get(String(params.ipId));
        return ip && ip.region === String(params.region) ? HttpResponse.json(ipWire(ip)) : scalewayNotFound('ip', String(params.ipId));
      }),
    ),
    http.patch(
      `${base}/ips/:ipId`,
      withScenario('scaleway', async ({ request, params }) => {
        const id = String(params.ipId);
        const region = String(params.region);
        const ip = lbIpsCollection.get(id);
        if (!ip || ip.region !== region) return scalewayNotFound('ip', id);
        const body = await readJson<UpdateIpRequest>(request);
        if (!body) return badJson();
        const p = new Problems();
        if (body.reverse !== undefined && body.reverse !== '') checkHostname(p, 'reverse', body.reverse);
        checkTags(p, 'tags', body.tags);
        if (body.lb_id !== undefined && !lbIn(region, String(body.lb_id))) p.add('lb_id', `load balancer ${String(body.lb_id)} not found in ${region}`);
        if (p.any) return p.response();
        const updated = lbIpsCollection.update(id, (i) =>
          withoutUndefined({ ...i, reverse: body.reverse === undefined ? i.reverse : body.reverse || defaultReverse(i.ip_address, region), tags: body.tags ?? i.tags, lb_id: body.lb_id ?? i.lb_id }),
        );
        return updated ? HttpResponse.json(ipWire(updated)) : scalewayNotFound('ip', id);
      }),
    ),
    http.delete(
      `${base}/ips/:ipId`,
      withScenario('scaleway', ({ params }) => {
        const id = String(params.ipId);
        const ip = lbIpsCollection.get(id);
        if (!ip || ip.region !== String(params.region)) return scalewayNotFound('ip', id);
        if (ip.lb_id) {
          const lb = lbsCollection.get(ip.lb_id);
          return precondition(`IP ${ip.ip_address} is attached to load balancer ${lb?.name ?? ip.lb_id}: delete the load balancer (releasing its IP) or detach the IP first`, 'resource_still_in_use');
        }
        lbIpsCollection.remove(id);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}

// Backends

function healthCheckFrom(p: Problems, field: string, input: Partial<HealthCheckInput> | undefined, fallbackPort: number): HealthCheck {
  const hc = input ?? {};
  const port = hc.port ?? fallbackPort;
  checkPort(p, `${field}.port`, port);
  checkDuration(p, `${field}.check_delay`, hc.check_delay);
  checkDuration(p, `${field}.check_timeout`, hc.check_timeout);
  checkDuration(p, `${field}.transient_check_delay`, hc.transient_check_delay);
  checkCount(p, `${field}.check_max_retries`, hc.check_max_retries, 100);
  const configs = HEALTH_CHECK_TYPES.filter((t) => hc[`${t}_config`] !== undefined && hc[`${t}_config`] !== null);
  if (configs.length > 1) p.add(field, `only one of ${HEALTH_CHECK_TYPES.map((t) => `${t}_config`).join(', ')} may be set`);
  for (const kind of ['http', 'https'] as const) {
    const c = hc[`${kind}_config`];
    if (!c) continue;
    if (typeof c.uri !== 'string' || !c.uri.startsWith('/')) p.add(`${field}.${kind}_config.uri`, 'must be a path starting with "/"', 'format');
    if (typeof c.method !== 'string' || !/^[A-Z]+$/.test(c.method)) p.add(`${field}.${kind}_config.method`, 'must be an HTTP method in upper case', 'format');
    if (c.code !== undefined && c.code !== null && (typeof c.code !== 'number' || c.code < 100 || c.code > 599)) p.add(`${field}.${kind}_config.code`, 'must be an HTTP status between 100 and 599');
    if (c.host_header && /\s/.test(c.host_header)) p.add(`${field}.${kind}_config.host_header`, 'must not contain spaces', 'format');
  }
  for (const kind of ['mysql', 'pgsql'] as const) {
    const c = hc[`${kind}_config`];
    if (c && (typeof c.user !== 'string' || c.user === '')) p.required(`${field}.${kind}_config.user`);
  }
  const type = configs[0] ?? 'tcp';
  return {
    port,
    check_delay: hc.check_delay ?? '60s',
    check_timeout: hc.check_timeout ?? '30s',
    check_max_retries: hc.check_max_retries ?? 2,
    check_send_proxy: hc.check_send_proxy ?? false,
    transient_check_delay: hc.transient_check_delay ?? '0.5s',
    tcp_config: type === 'tcp' ? {} : null,
    mysql_config: type === 'mysql' ? { user: hc.mysql_config?.user ?? '' } : null,
    pgsql_config: type === 'pgsql' ? { user: hc.pgsql_config?.user ?? '' } : null,
    ldap_config: type === 'ldap' ? {} : null,
    redis_config: type === 'redis' ? {} : null,
    http_config: type === 'http' && hc.http_config ? { uri: hc.http_config.uri, method: hc.http_config.method, code: hc.http_config.code ?? 200, host_header: hc.http_config.host_header ?? '' } : null,
    https_config: type === 'https' && hc.https_config ? { uri: hc.https_config.uri, method: hc.https_config.method, code: hc.https_config.code ?? 200, host_header: hc.https_config.host_header ?? '', sni: hc.https_config.sni ?? '' } : null,
  };
}

function checkBackendSettings(p: Problems, body: Partial<BackendSettings>): void {
  checkName(p, 'name', body.name);
  checkEnum(p, 'forward_protocol', body.forward_protocol, PROTOCOLS, true);
  checkPort(p, 'forward_port', body.forward_port);
  checkEnum(p, 'forward_port_algorithm', body.forward_port_algorithm, FORWARD_PORT_ALGORITHMS, true);
  checkEnum(p, 'sticky_sessions', body.sticky_sessions, STICKY_SESSIONS_TYPES, true);
  if (body.sticky_sessions === 'cookie') {
    if (!body.sticky_sessions_cookie_name) p.add('sticky_sessions_cookie_name', 'required for cookie-based sticky sessions', 'required');
    else if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(body.sticky_sessions_cookie_name)) p.add('sticky_sessions_cookie_name', 'must be a valid cookie name (no spaces, commas or semicolons)', 'format');
    if (body.forward_protocol !== 'http') p.add('sticky_sessions', 'cookie-based sticky sessions need the HTTP protocol');
  }
  checkEnum(p, 'on_marked_down_action', body.on_marked_down_action, ON_MARKED_DOWN_ACTIONS);
  checkEnum(p, 'proxy_protocol', body.proxy_protocol, PROXY_PROTOCOLS);
  checkDuration(p, 'timeout_server', body.timeout_server);
  checkDuration(p, 'timeout_connect', body.timeout_connect);
  checkDuration(p, 'timeout_tunnel', body.timeout_tunnel);
  checkDuration(p, 'timeout_queue', body.timeout_queue, 60_000);
  checkCount(p, 'redispatch_attempt_count', body.redispatch_attempt_count, 10);
  checkCount(p, 'max_retries', body.max_retries, 100);
  checkCount(p, 'max_connections', body.max_connections, 20_000);
  if (body.failover_host) {
    if (/^https?:\/\//i.test(body.failover_host)) p.add('failover_host', 'give the bucket website host without the scheme (no https://)', 'format');
    else checkHostname(p, 'failover_host', body.failover_host);
  }
  if (body.ignore_ssl_server_verify && !body.ssl_bridging) p.add('ignore_ssl_server_verify', 'only applies with SSL bridging');
}

function backendSettings(body: Partial<BackendSettings>): Partial<MockBackend> {
  return withoutUndefined({
    name: body.name,
    forward_protocol: body.forward_protocol,
    forward_port: body.forward_port,
    forward_port_algorithm: body.forward_port_algorithm,
    sticky_sessions: body.sticky_sessions,
    sticky_sessions_cookie_name: body.sticky_sessions === 'cookie' ? body.sticky_sessions_cookie_name : '',
    timeout_server: body.timeout_server,
    timeout_connect: body.timeout_connect,
    timeout_tunnel: body.timeout_tunnel,
    on_marked_down_action: body.on_marked_down_action,
    proxy_protocol: body.proxy_protocol,
    send_proxy_v2: body.proxy_protocol === undefined ? undefined : body.proxy_protocol.startsWith('proxy_protocol_v2'),
    failover_host: body.failover_host === undefined ? undefined : body.failover_host || null,
    ssl_bridging: body.ssl_bridging,
    ignore_ssl_server_verify: body.ignore_ssl_server_verify,
    redispatch_attempt_count: body.redispatch_attempt_count,
    max_retries: body.max_retries,
    max_connections: body.max_connections,
    timeout_queue: body.timeout_queue,
  });
}

function serversHandler(base: string, method: 'put' | 'post' | 'delete') {
  return http[method](
    `${base}/backends/:backendId/servers`,
    withScenario('scaleway', async ({ request, params }) => {
      const found = backendIn(String(params.region), String(params.backendId));
      if (!found) return scalewayNotFound('backend', String(params.backendId));
      const body = await readJson<{ server_ip: string[] }>(request);
      if (!body) return badJson();
      const p = new Problems();
      const ips = checkServerIps(p, 'server_ip', body.server_ip);
      if (p.any) return p.response();
      const blocked = lockedOrTransient(found.lb);
      if (blocked) return blocked;
      const current = found.backend.pool;
      const pool = method === 'put' ? [...new Set(ips)] : method === 'post' ? [...new Set([...current, ...ips])] : current.filter((ip) => !ips.includes(ip));
      const updated = lbBackendsCollection.update(found.backend.id, (b) => ({ ...b, pool, updated_at: new Date().toISOString() }));
      return updated ? HttpResponse.json(backendWire(updated)) : scalewayNotFound('backend', found.backend.id);
    }),
  );
}

function backendHandlers(base: string): HttpHandler[] {
  return [
    http.get(
      `${base}/lbs/:lbId/backends`,
      withScenario('scaleway', ({ request, params }) => {
        const lb = lbIn(String(params.region), String(params.lbId));
        if (!lb) return scalewayNotFound('lb', String(params.lbId));
        const q = listQuery(request);
        if (q instanceof Response) return q;
        const name = q.url.searchParams.get('name')?.toLowerCase();
        const items = ordered(
          lbBackendsCollection.all().filter((b) => b.lb_id === lb.id && (!name || b.name.toLowerCase().includes(name))),
          q.orderBy,
          (b) => b.name,
        );
        const body: ListBackendsResponse = { backends: pageOf(items, q).map(backendWire), total_count: items.length };
        return HttpResponse.json(body);
      }),
    ),
    http.post(
      `${base}/lbs/:lbId/backends`,
      withScenario('scaleway', async ({ request, params }) => {
        const lb = lbIn(String(params.region), String(params.lbId));
        if (!lb) return scalewayNotFound('lb', String(params.lbId));
        const body = await readJson<CreateBackendRequest>(request);
        if (!body) return badJson();
        const p = new Problems();
        checkBackendSettings(p, body);
        const pool = checkServerIps(p, 'server_ip', body.server_ip ?? []);
        const health = healthCheckFrom(p, 'health_check', body.health_check, typeof body.forward_port === 'number' ? body.forward_port : 80);
        if (typeof body.name === 'string' && lbBackendsCollection.all().some((b) => b.lb_id === lb.id && b.name === body.name)) p.add('name', `a backend named "${body.name}" already exists on this load balancer`);
        if (p.any) return p.response();
        const blocked = lockedOrTransient(lb);
        if (blocked) return blocked;
        const now = new Date().toISOString();
        const backend: MockBackend = {
          ...backendDefaults(),
          ...backendSettings(body),
          id: crypto.randomUUID(),
          name: String(body.name),
          lb_id: lb.id,
          forward_protocol: body.forward_protocol ?? 'tcp',
          forward_port: Number(body.forward_port),
          pool: [...new Set(pool)],
          health_check: health,
          created_at: now,
          updated_at: now,
        };
        lbBackendsCollection.insert(backend);
        return HttpResponse.json(backendWire(backend));
      }),
    ),
    http.get(
      `${base}/backends/:backendId`,
      withScenario('scaleway', ({ params }) => {
        const found = backendIn(String(params.region), String(params.backendId));
        return found ? HttpResponse.json(backendWire(found.backend)) : scalewayNotFound('backend', String(params.backendId));
      }),
    ),
    http.put(
      `${base}/backends/:backendId`,
      withScenario('scaleway', async ({ request, params }) => {
        const found = backendIn(String(params.region), String(params.backendId));
        if (!found) return scalewayNotFound('backend', String(params.backendId));
        const body = await readJson<BackendSettings>(request);
        if (!body) return badJson();
        const p = new Problems();
        checkBackendSettings(p, body);
        if (typeof body.name === 'string' && lbBackendsCollection.all().some((b) => b.lb_id === found.lb.id && b.id !== found.backend.id && b.name === body.name)) p.add('name', `a backend named "${body.name}" already exists on this load balancer`);
        if (body.forward_protocol === 'tcp') {
          const httpAcls = lbFrontendsCollection
            .all()
            .filter((f) => f.backend_id === found.backend.id)
            .some((f) => lbAclsCollection.all().some((a) => a.frontend_id === f.id && a.match && a.match.http_filter !== 'acl_http_filter_none'));
          if (httpAcls) p.add('forward_protocol', 'a frontend of this backend has ACLs with HTTP filters, which need HTTP: change those ACLs first');
        }
        if (p.any) return p.response();
        const blocked = lockedOrTransient(found.lb);
        if (blocked) return blocked;
        const updated = lbBackendsCollection.update(found.backend.id, (b) => ({ ...b, ...backendSettings(body), updated_at: new Date().toISOString() }));
        return updated ? HttpResponse.json(backendWire(updated)) : scalewayNotFound('backend', found.backend.id);
      }),
    ),
    http.delete(
      `${base}/backends/:backendId`,
      withScenario('scaleway', ({ params }) => {
        const found = backendIn(String(params.region), String(params.backendId));
        if (!found) return scalewayNotFound('backend', String(params.backendId));
        const users = lbFrontendsCollection.all().filter((f) => f.backend_id === found.backend.id);
        if (users.length) return precondition(`backend ${found.backend.name} is used by frontend ${users.map((f) => f.name).join(', ')}: point it to another backend or delete it first`, 'resource_still_in_use');
        const routes = lbRoutesCollection.all().filter((r) => r.backend_id === found.backend.id);
        if (routes.length) return precondition(`backend ${found.backend.name} is the target of ${routes.length} route(s): delete or change them first`, 'resource_still_in_use');
        const blocked = lockedOrTransient(found.lb);
        if (blocked) return blocked;
        lbBackendsCollection.remove(found.backend.id);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    serversHandler(base, 'put'),
    serversHandler(base, 'post'),
    serversHandler(base, 'delete'),
    http.put(
      `${base}/backends/:backendId/healthcheck`,
      withScenario('scaleway', async ({ request, params }) => {
        const found = backendIn(String(params.region), String(params.backendId));
        if (!found) return scalewayNotFound('backend', String(params.backendId));
        const body = await readJson<HealthCheckInput>(request);
        if (!body) return badJson();
        const p = new Problems();
        if (body.port === undefined) p.required('port');
        if (body.check_max_retries === undefined) p.required('check_max_retries');
        const health = healthCheckFrom(p, 'health_check', body, found.backend.forward_port);
        // The API names the fields of this call without the health_check prefix.
        for (const d of p.details) d.argument_name = d.argument_name.replace(/^health_check\./, '');
        if (p.any) return p.response();
        const blocked = lockedOrTransient(found.lb);
        if (blocked) return blocked;
        lbBackendsCollection.update(found.backend.id, (b) => ({ ...b, health_check: health, updated_at: new Date().toISOString() }));
        return HttpResponse.json(health);
      }),
    ),
  ];
}

// Frontends

function checkFrontend(p: Problems, body: Partial<FrontendSettings>, lb: MockLb, selfId?: string): void {
  checkName(p, 'name', body.name);
  checkPort(p, 'inbound_port', body.inbound_port);
  const clash = lbFrontendsCollection.all().find((f) => f.lb_id === lb.id && f.id !== selfId && f.inbound_port === body.inbound_port);
  if (clash) p.add('inbound_port', `port ${String(body.inbound_port)} is already used by frontend ${clash.name}`);
  if (typeof body.name === 'string' && lbFrontendsCollection.all().some((f) => f.lb_id === lb.id && f.id !== selfId && f.name === body.name)) p.add('name', `a frontend named "${body.name}" already exists on this load balancer`);
  const backend = body.backend_id ? lbBackendsCollection.get(body.backend_id) : undefined;
  if (!body.backend_id) p.required('backend_id');
  else if (!backend || backend.lb_id !== lb.id) p.add('backend_id', 'backend not found on this load balancer');
  checkDuration(p, 'timeout_client', body.timeout_client);
  checkCount(p, 'connection_rate_limit', body.connection_rate_limit, 100_000);
  const certificateIds = body.certificate_ids ?? [];
  certificateIds.forEach((id, i) => {
    const cert = liveCertificate(id);
    if (!cert || cert.lb_id !== lb.id) p.add(`certificate_ids.${i}`, `certificate ${id} not found on this load balancer`);
    else if (cert.status === 'error') p.add(`certificate_ids.${i}`, `certificate ${cert.name} failed to generate and cannot be used`);
  });
  if (body.enable_http3 && certificateIds.length === 0) p.add('enable_http3', 'HTTP/3 needs TLS: add a certificate to the frontend');
  if (body.enable_http3 && backend && backend.forward_protocol !== 'http') p.add('enable_http3', 'HTTP/3 needs an HTTP backend');
}

function frontendFields(body: Partial<FrontendSettings>): Partial<MockFrontend> {
  return withoutUndefined({
    name: body.name,
    inbound_port: body.inbound_port,
    backend_id: body.backend_id,
    timeout_client: body.timeout_client,
    certificate_ids: body.certificate_ids,
    enable_http3: body.enable_http3,
    connection_rate_limit: body.connection_rate_limit,
    enable_access_logs: body.enable_access_logs,
  });
}

function frontendHandlers(base: string): HttpHandler[] {
  return [
    http.get(
      `${base}/lbs/:lbId/frontends`,
      withScenario('scaleway', ({ request, params }) => {
        const lb = lbIn(String(params.region), String(params.lbId));
        if (!lb) return scalewayNotFound('lb', String(params.lbId));
        const q = listQuery(request);
        if (q instanceof Response) return q;
        const name = q.url.searchParams.get('name')?.toLowerCase();
        const items = ordered(
          lbFrontendsCollection.all().filter((f) => f.lb_id === lb.id && (!name || f.name.toLowerCase().includes(name))),
          q.orderBy,
          (f) => f.name,
        );
        const body: ListFrontendsResponse = { frontends: pageOf(items, q).map(frontendWire), total_count: items.length };
        return HttpResponse.json(body);
      }),
    ),
    http.post(
      `${base}/lbs/:lbId/frontends`,
      withScenario('scaleway', async ({ request, params }) => {
        const lb = lbIn(String(params.region), String(params.lbId));
        if (!lb) return scalewayNotFound('lb', String(params.lbId));
        const body = await readJson<FrontendSettings>(request);
        if (!body) return badJson();
        const p = new Problems();
        checkFrontend(p, body, lb);
        if (p.any) return p.response();
        const blocked = lockedOrTransient(lb);
        if (blocked) return blocked;
        const now = new Date().toISOString();
        const frontend: MockFrontend = {
          id: crypto.randomUUID(),
          name: String(body.name),
          inbound_port: Number(body.inbound_port),
          lb_id: lb.id,
          backend_id: String(body.backend_id),
          timeout_client: body.timeout_client ?? '30s',
          certificate_ids: body.certificate_ids ?? [],
          enable_http3: body.enable_http3 ?? false,
          connection_rate_limit: body.connection_rate_limit ?? 0,
          enable_access_logs: body.enable_access_logs ?? false,
          created_at: now,
          updated_at: now,
        };
        lbFrontendsCollection.insert(frontend);
        return HttpResponse.json(frontendWire(frontend));
      }),
    ),
    http.get(
      `${base}/frontends/:frontendId`,
      withScenario('scaleway', ({ params }) => {
        const found = frontendIn(String(params.region), String(params.frontendId));
        return found ? HttpResponse.json(frontendWire(found.frontend)) : scalewayNotFound('frontend', String(params.frontendId));
      }),
    ),
    http.put(
      `${base}/frontends/:frontendId`,
      withScenario('scaleway', async ({ request, params }) => {
        const found = frontendIn(String(params.region), String(params.frontendId));
        if (!found) return scalewayNotFound('frontend', String(params.frontendId));
        const body = await readJson<FrontendSettings>(request);
        if (!body) return badJson();
        const p = new Problems();
        checkFrontend(p, body, found.lb, found.frontend.id);
        const backend = body.backend_id ? lbBackendsCollection.get(body.backend_id) : undefined;
        if (backend && backend.forward_protocol !== 'http' && lbAclsCollection.all().some((a) => a.frontend_id === found.frontend.id && a.match && a.match.http_filter !== 'acl_http_filter_none')) {
          p.add('backend_id', 'this frontend has ACLs with HTTP filters, which need an HTTP backend');
        }
        if (p.any) return p.response();
        const blocked = lockedOrTransient(found.lb);
        if (blocked) return blocked;
        const updated = lbFrontendsCollection.update(found.frontend.id, (f) => ({ ...f, ...frontendFields(body), updated_at: new Date().toISOString() }));
        return updated ? HttpResponse.json(frontendWire(updated)) : scalewayNotFound('frontend', found.frontend.id);
      }),
    ),
    http.delete(
      `${base}/frontends/:frontendId`,
      withScenario('scaleway', ({ params }) => {
        const found = frontendIn(String(params.region), String(params.frontendId));
        if (!found) return scalewayNotFound('frontend', String(params.frontendId));
        const blocked = lockedOrTransient(found.lb);
        if (blocked) return blocked;
        for (const a of lbAclsCollection.all()) if (a.frontend_id === found.frontend.id) lbAclsCollection.remove(a.id);
        for (const r of lbRoutesCollection.all()) if (r.frontend_id === found.frontend.id) lbRoutesCollection.remove(r.id);
        lbFrontendsCollection.remove(found.frontend.id);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}

// ACLs

function checkAcl(p: Problems, body: Partial<AclInput>, frontend: MockFrontend): void {
  checkName(p, 'name', body.name);
  if (typeof body.index !== 'number' || !Number.isInteger(body.index) || body.index < 0) p.add('index', 'must be an integer of 0 or more', body.index === undefined ? 'required' : 'constraint');
  if (body.description !== undefined && typeof body.description !== 'string') p.add('description', 'must be a string', 'format');
  const action = body.action;
  if (!action) p.required('action');
  else {
    checkEnum(p, 'action.type', action.type, ACL_ACTION_TYPES, true);
    if (action.type === 'redirect') {
      const r = action.redirect;
      if (!r) p.required('action.redirect');
      else {
        checkEnum(p, 'action.redirect.type', r.type, ACL_REDIRECT_TYPES, true);
        if (typeof r.target !== 'string' || r.target === '') p.required('action.redirect.target');
        else if (r.type === 'scheme' && !/^[a-z][a-z0-9+.-]*$/i.test(r.target)) p.add('action.redirect.target', 'must be a scheme name such as "https"', 'format');
        else if (r.type === 'location' && !/^(https?:\/\/|\/|\{\{scheme\}\}:\/\/)/.test(r.target)) p.add('action.redirect.target', 'must be a URL (https://…) or an absolute path', 'format');
        if (r.code !== undefined && r.code !== null && !(ACL_REDIRECT_CODES as readonly number[]).includes(r.code)) p.add('action.redirect.code', `must be one of ${ACL_REDIRECT_CODES.join(', ')}`);
      }
    }
  }
  const match = body.match;
  if (!match) {
    p.required('match');
    return;
  }
  const subnets = Array.isArray(match.ip_subnet) ? match.ip_subnet : [];
  subnets.forEach((s, i) => {
    const parsed = parseIpOrCidr(s);
    if (!parsed.ok) p.add(`match.ip_subnet.${i}`, `"${s}": ${parsed.error}`, 'format');
  });
  const filter = match.http_filter ?? 'acl_http_filter_none';
  checkEnum(p, 'match.http_filter', filter, ACL_HTTP_FILTERS);
  const values = Array.isArray(match.http_filter_value) ? match.http_filter_value : [];
  const hasHttp = filter !== 'acl_http_filter_none';
  if (!hasHttp && subnets.length === 0 && !match.ips_edge_services) p.add('match', 'one of ip_subnet, ips_edge_services or http_filter and http_filter_value is required', 'required');
  if (hasHttp && values.length === 0) p.required('match.http_filter_value');
  if (hasHttp) {
    const backend = lbBackendsCollection.get(frontend.backend_id);
    if (backend && backend.forward_protocol !== 'http') p.add('match.http_filter', 'HTTP filters are only supported for HTTP backends');
  }
  if (filter === 'http_header_match' && !match.http_filter_option) p.add('match.http_filter_option', 'the header name is required with http_header_match', 'required');
  if (filter === 'regex') {
    values.forEach((v, i) => {
      const problem = validateAclRegex(v);
      if (problem) p.add(`match.http_filter_value.${i}`, problem, 'format');
    });
  }
  if (action?.type === 'redirect') {
    const backend = lbBackendsCollection.get(frontend.backend_id);
    if (backend && backend.forward_protocol !== 'http') p.add('action.type', 'redirects need an HTTP frontend');
  }
}

function aclFields(body: Partial<AclInput>): Pick<MockAcl, 'name' | 'index' | 'description' | 'action' | 'match'> {
  const match = body.match;
  return {
    name: String(body.name),
    index: Number(body.index),
    description: body.description ?? '',
    action: { type: body.action?.type ?? 'deny', redirect: body.action?.type === 'redirect' && body.action.redirect ? { type: body.action.redirect.type, target: body.action.redirect.target, code: body.action.redirect.code ?? 302 } : null },
    match: {
      ip_subnet: match?.ip_subnet ?? [],
      ips_edge_services: match?.ips_edge_services ?? false,
      http_filter: match?.http_filter ?? 'acl_http_filter_none',
      http_filter_value: match?.http_filter_value ?? [],
      http_filter_option: match?.http_filter_option || null,
      invert: match?.invert ?? false,
    },
  };
}

function aclHandlers(base: string): HttpHandler[] {
  return [
    http.get(
      `${base}/frontends/:frontendId/acls`,
      withScenario('scaleway', ({ request, params }) => {
        const found = frontendIn(String(params.region), String(params.frontendId));
        if (!found) return scalewayNotFound('frontend', String(params.frontendId));
        const q = listQuery(request);
        if (q instanceof Response) return q;
        const name = q.url.searchParams.get('name')?.toLowerCase();
        const items = ordered(
          lbAclsCollection.all().filter((a) => a.frontend_id === found.frontend.id && (!name || a.name.toLowerCase().includes(name))),
          q.orderBy,
          (a) => a.name,
        );
        const body: ListAclsResponse = { acls: pageOf(items, q).map(aclWire), total_count: items.length };
        return HttpResponse.json(body);
      }),
    ),
    http.post(
      `${base}/frontends/:frontendId/acls`,
      withScenario('scaleway', async ({ request, params }) => {
        const found = frontendIn(String(params.region), String(params.frontendId));
        if (!found) return scalewayNotFound('frontend', String(params.frontendId));
        const body = await readJson<AclInput>(request);
        if (!body) return badJson();
        const p = new Problems();
        checkAcl(p, body, found.frontend);
        if (p.any) return p.response();
        const blocked = lockedOrTransient(found.lb);
        if (blocked) return blocked;
        const now = new Date().toISOString();
        const acl: MockAcl = { id: crypto.randomUUID(), ...aclFields(body), frontend_id: found.frontend.id, created_at: now, updated_at: now };
        lbAclsCollection.insert(acl);
        return HttpResponse.json(aclWire(acl));
      }),
    ),
    http.get(
      `${base}/acls/:aclId`,
      withScenario('scaleway', ({ params }) => {
        const acl = lbAclsCollection.get(String(params.aclId));
        const found = acl ? frontendIn(String(params.region), acl.frontend_id) : undefined;
        return acl && found ? HttpResponse.json(aclWire(acl)) : scalewayNotFound('acl', String(params.aclId));
      }),
    ),
    http.put(
      `${base}/acls/:aclId`,
      withScenario('scaleway', async ({ request, params }) => {
        const acl = lbAclsCollection.get(String(params.aclId));
        const found = acl ? frontendIn(String(params.region), acl.frontend_id) : undefined;
        if (!acl || !found) return scalewayNotFound('acl', String(params.aclId));
        // Lets the e2e tests and demos watch an optimistic reorder roll back.
        if (hasScenario('lb-acl-update-error')) return scalewayError(500, 'api_error', 'could not update the ACL: internal error');
        const body = await readJson<AclInput>(request);
        if (!body) return badJson();
        const p = new Problems();
        checkAcl(p, body, found.frontend);
        if (p.any) return p.response();
        const blocked = lockedOrTransient(found.lb);
        if (blocked) return blocked;
        const updated = lbAclsCollection.update(acl.id, (a) => ({ ...a, ...aclFields(body), updated_at: new Date().toISOString() }));
        return updated ? HttpResponse.json(aclWire(updated)) : scalewayNotFound('acl', acl.id);
      }),
    ),
    http.delete(
      `${base}/acls/:aclId`,
      withScenario('scaleway', ({ params }) => {
        const acl = lbAclsCollection.get(String(params.aclId));
        const found = acl ? frontendIn(String(params.region), acl.frontend_id) : undefined;
        if (!acl || !found) return scalewayNotFound('acl', String(params.aclId));
        const blocked = lockedOrTransient(found.lb);
        if (blocked) return blocked;
        lbAclsCollection.remove(acl.id);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}

// Certificates

const FAILING_TLDS = /\.(invalid|test|local|localhost|example)$/i;

async function certificateFromChain(p: Problems, chain: unknown): Promise<Partial<MockCertificate> | null> {
  if (typeof chain !== 'string' || chain.trim() === '') {
    p.required('custom_certificate.certificate_chain');
    return null;
  }
  const { inspectCertificateChain } = await import('../../src/lib/x509/certificate-chain');
  const inspection = await inspectCertificateChain(chain);
  for (const problem of inspection.problems) p.add('custom_certificate.certificate_chain', problem, 'format');
  if (!inspection.leaf || inspection.problems.length) return null;
  if (inspection.leaf.notAfter.getTime() <= Date.now()) p.add('custom_certificate.certificate_chain', `the certificate expired on ${inspection.leaf.notAfter.toISOString().slice(0, 10)}`);
  return {
    common_name: inspection.leaf.commonName ?? inspection.leaf.subjectAlternativeNames[0] ?? '',
    subject_alternative_name: inspection.leaf.subjectAlternativeNames.filter((n) => n !== inspection.leaf?.commonName),
    fingerprint: inspection.leaf.fingerprintSha1,
    not_valid_before: inspection.leaf.notBefore.toISOString(),
    not_valid_after: inspection.leaf.notAfter.toISOString(),
  };
}

function certificateHandlers(base: string): HttpHandler[] {
  return [
    http.get(
      `${base}/lbs/:lbId/certificates`,
      withScenario('scaleway', ({ request, params }) => {
        const lb = lbIn(String(params.region), String(params.lbId));
        if (!lb) return scalewayNotFound('lb', String(params.lbId));
        const q = listQuery(request);
        if (q instanceof Response) return q;
        const name = q.url.searchParams.get('name');
        const items = ordered(
          lbCertificatesCollection
            .all()
            .filter((c) => c.lb_id === lb.id && (!name || c.name === name))
            .map((c) => liveCertificate(c.id) ?? c),
          q.orderBy,
          (c) => c.name,
        );
        const body: ListCertificatesResponse = { certificates: pageOf(items, q).map(certificateWire), total_count: items.length };
        return HttpResponse.json(body);
      }),
    ),
    http.post(
      `${base}/lbs/:lbId/certificates`,
      withScenario('scaleway', async ({ request, params }) => {
        const lb = lbIn(String(params.region), String(params.lbId));
        if (!lb) return scalewayNotFound('lb', String(params.lbId));
        const body = await readJson<CreateCertificateRequest>(request);
        if (!body) return badJson();
        const p = new Problems();
        checkName(p, 'name', body.name);
        if (typeof body.name === 'string' && lbCertificatesCollection.all().some((c) => c.lb_id === lb.id && c.name === body.name)) p.add('name', `a certificate named "${body.name}" already exists on this load balancer`);
        const le = body.letsencrypt;
        const custom = body.custom_certificate;
        if (le && custom) p.add('letsencrypt', 'only one of letsencrypt and custom_certificate may be set');
        if (!le && !custom) p.add('letsencrypt', 'one of letsencrypt or custom_certificate is required', 'required');
        let imported: Partial<MockCertificate> | null = null;
        if (le) {
          checkHostname(p, 'letsencrypt.common_name', le.common_name);
          (le.subject_alternative_name ?? []).forEach((n, i) => checkHostname(p, `letsencrypt.subject_alternative_name.${i}`, n));
          if ((le.subject_alternative_name ?? []).length > 99) p.add('letsencrypt.subject_alternative_name', 'at most 99 alternative names');
        } else if (custom) {
          imported = await certificateFromChain(p, custom.certificate_chain);
        }
        if (p.any) return p.response();
        const blocked = lockedOrTransient(lb);
        if (blocked) return blocked;
        const now = Date.now();
        const id = crypto.randomUUID();
        let cert: MockCertificate;
        if (le) {
          const names = [le.common_name ?? '', ...(le.subject_alternative_name ?? [])];
          const failing = hasScenario('lb-cert-fail') ? names[0] : names.find((n) => FAILING_TLDS.test(n));
          cert = {
            id,
            name: String(body.name),
            type: 'letsencryt',
            common_name: String(le.common_name),
            subject_alternative_name: le.subject_alternative_name ?? [],
            fingerprint: '',
            not_valid_before: null,
            not_valid_after: null,
            status: 'pending',
            status_details: null,
            created_at: new Date(now).toISOString(),
            updated_at: new Date(now).toISOString(),
            lb_id: lb.id,
            settle: [
              failing !== undefined
                ? {
                    at: now + SETTLE_MS,
                    patch: {
                      status: 'error',
                      status_details: `acme: error: 400 :: urn:ietf:params:acme:error:dns :: DNS problem: NXDOMAIN looking up A for ${failing} - check that a DNS record exists for this domain and that it points to the load balancer IP`,
                      updated_at: new Date(now + SETTLE_MS).toISOString(),
                    },
                  }
                : {
                    at: now + SETTLE_MS,
                    patch: {
                      status: 'ready',
                      fingerprint: [...crypto.getRandomValues(new Uint8Array(20))].map((b) => b.toString(16).padStart(2, '0')).join(''),
                      not_valid_before: new Date(now).toISOString(),
                      not_valid_after: new Date(now + 90 * 86_400_000).toISOString(),
                      updated_at: new Date(now + SETTLE_MS).toISOString(),
                    },
                  },
            ],
          };
        } else {
          cert = {
            id,
            name: String(body.name),
            type: 'custom',
            common_name: '',
            subject_alternative_name: [],
            fingerprint: '',
            not_valid_before: null,
            not_valid_after: null,
            status: 'ready',
            status_details: null,
            created_at: new Date(now).toISOString(),
            updated_at: new Date(now).toISOString(),
            lb_id: lb.id,
            settle: [],
            ...imported,
          };
        }
        lbCertificatesCollection.insert(cert);
        return HttpResponse.json(certificateWire(cert));
      }),
    ),
    http.get(
      `${base}/certificates/:certificateId`,
      withScenario('scaleway', ({ params }) => {
        const cert = liveCertificate(String(params.certificateId));
        return cert && lbIn(String(params.region), cert.lb_id) ? HttpResponse.json(certificateWire(cert)) : scalewayNotFound('certificate', String(params.certificateId));
      }),
    ),
    http.put(
      `${base}/certificates/:certificateId`,
      withScenario('scaleway', async ({ request, params }) => {
        const cert = liveCertificate(String(params.certificateId));
        if (!cert || !lbIn(String(params.region), cert.lb_id)) return scalewayNotFound('certificate', String(params.certificateId));
        const body = await readJson<UpdateCertificateRequest>(request);
        if (!body) return badJson();
        const p = new Problems();
        checkName(p, 'name', body.name);
        if (typeof body.name === 'string' && lbCertificatesCollection.all().some((c) => c.lb_id === cert.lb_id && c.id !== cert.id && c.name === body.name)) p.add('name', `a certificate named "${body.name}" already exists on this load balancer`);
        if (p.any) return p.response();
        const updated = lbCertificatesCollection.update(cert.id, (c) => ({ ...c, name: String(body.name), updated_at: new Date().toISOString() }));
        return updated ? HttpResponse.json(certificateWire(updated)) : scalewayNotFound('certificate', cert.id);
      }),
    ),
    http.delete(
      `${base}/certificates/:certificateId`,
      withScenario('scaleway', ({ params }) => {
        const cert = lbCertificatesCollection.get(String(params.certificateId));
        if (!cert || !lbIn(String(params.region), cert.lb_id)) return scalewayNotFound('certificate', String(params.certificateId));
        const users = lbFrontendsCollection.all().filter((f) => f.certificate_ids.includes(cert.id));
        if (users.length) return precondition(`certificate ${cert.name} is used by frontend ${users.map((f) => f.name).join(', ')}: remove it from the frontend first`, 'resource_still_in_use');
        lbCertificatesCollection.remove(cert.id);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}

// Routes

function checkRoute(p: Problems, match: Partial<RouteMatchInput> | undefined, frontend: MockFrontend, backendId: unknown): void {
  const backend = typeof backendId === 'string' ? lbBackendsCollection.get(backendId) : undefined;
  if (!backendId) p.required('backend_id');
  else if (!backend || backend.lb_id !== frontend.lb_id) p.add('backend_id', 'backend not found on the load balancer of this frontend');
  if (!match) {
    p.required('match');
    return;
  }
  const kinds = (['sni', 'host_header', 'path_begin'] as const).filter((k) => typeof match[k] === 'string' && match[k] !== '');
  if (kinds.length !== 1) p.add('match', 'exactly one of sni, host_header and path_begin is required', kinds.length ? 'constraint' : 'required');
  const frontendBackend = lbBackendsCollection.get(frontend.backend_id);
  const protocol = frontendBackend?.forward_protocol;
  if (match.sni) {
    checkHostname(p, 'match.sni', match.sni, { wildcard: true });
    if (protocol === 'http') p.add('match.sni', 'SNI routes are for TCP frontends; use host_header on an HTTP frontend');
  }
  if (match.host_header) {
    checkHostname(p, 'match.host_header', match.host_header, { wildcard: true });
    if (protocol === 'tcp') p.add('match.host_header', 'host header routes are for HTTP frontends; use sni on a TCP frontend');
  }
  if (match.path_begin) {
    if (!match.path_begin.startsWith('/')) p.add('match.path_begin', 'must start with "/"', 'format');
    if (protocol === 'tcp') p.add('match.path_begin', 'path routes are for HTTP frontends');
  }
}

function routeMatch(match: Partial<RouteMatchInput> | undefined): MockRoute['match'] {
  return { sni: match?.sni || null, host_header: match?.host_header || null, path_begin: match?.path_begin || null, match_subdomains: match?.match_subdomains ?? false };
}

function routeHandlers(base: string): HttpHandler[] {
  return [
    http.get(
      `${base}/routes`,
      withScenario('scaleway', ({ request, params }) => {
        const region = String(params.region);
        const bad = regionError(region);
        if (bad) return bad;
        const q = listQuery(request, ['created_at_asc', 'created_at_desc']);
        if (q instanceof Response) return q;
        const frontendId = q.url.searchParams.get('frontend_id');
        const items = ordered(
          lbRoutesCollection.all().filter((r) => r.region === region && (!frontendId || r.frontend_id === frontendId)),
          q.orderBy,
        );
        const body: ListRoutesResponse = { routes: pageOf(items, q).map(routeWire), total_count: items.length };
        return HttpResponse.json(body);
      }),
    ),
    http.post(
      `${base}/routes`,
      withScenario('scaleway', async ({ request, params }) => {
        const region = String(params.region);
        const bad = regionError(region);
        if (bad) return bad;
        const body = await readJson<CreateRouteRequest>(request);
        if (!body) return badJson();
        const p = new Problems();
        const found = body.frontend_id ? frontendIn(region, body.frontend_id) : undefined;
        if (!body.frontend_id) p.required('frontend_id');
        else if (!found) p.add('frontend_id', `frontend ${body.frontend_id} not found in ${region}`);
        if (found) checkRoute(p, body.match, found.frontend, body.backend_id);
        if (p.any || !found) return p.response();
        const blocked = lockedOrTransient(found.lb);
        if (blocked) return blocked;
        const now = new Date().toISOString();
        const route: MockRoute = { id: crypto.randomUUID(), frontend_id: found.frontend.id, backend_id: String(body.backend_id), match: routeMatch(body.match), created_at: now, updated_at: now, region };
        lbRoutesCollection.insert(route);
        return HttpResponse.json(routeWire(route));
      }),
    ),
    http.get(
      `${base}/routes/:routeId`,
      withScenario('scaleway', ({ params }) => {
        const route = lbRoutesCollection.get(String(params.routeId));
        return route && route.region === String(params.region) ? HttpResponse.json(routeWire(route)) : scalewayNotFound('route', String(params.routeId));
      }),
    ),
    http.put(
      `${base}/routes/:routeId`,
      withScenario('scaleway', async ({ request, params }) => {
        const region = String(params.region);
        const route = lbRoutesCollection.get(String(params.routeId));
        const found = route && route.region === region ? frontendIn(region, route.frontend_id) : undefined;
        if (!route || !found) return scalewayNotFound('route', String(params.routeId));
        const body = await readJson<UpdateRouteRequest>(request);
        if (!body) return badJson();
        const p = new Problems();
        checkRoute(p, body.match, found.frontend, body.backend_id);
        if (p.any) return p.response();
        const blocked = lockedOrTransient(found.lb);
        if (blocked) return blocked;
        const updated = lbRoutesCollection.update(route.id, (r) => ({ ...r, backend_id: String(body.backend_id), match: routeMatch(body.match), updated_at: new Date().toISOString() }));
        return updated ? HttpResponse.json(routeWire(updated)) : scalewayNotFound('route', route.id);
      }),
    ),
    http.delete(
      `${base}/routes/:routeId`,
      withScenario('scaleway', ({ params }) => {
        const region = String(params.region);
        const route = lbRoutesCollection.get(String(params.routeId));
        const found = route && route.region === region ? frontendIn(region, route.frontend_id) : undefined;
        if (!route || !found) return scalewayNotFound('route', String(params.routeId));
        const blocked = lockedOrTransient(found.lb);
        if (blocked) return blocked;
        lbRoutesCollection.remove(route.id);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}

// Private networks

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function privateNetworkHandlers(base: string): HttpHandler[] {
  return [
    http.get(
      `${base}/lbs/:lbId/private-networks`,
      withScenario('scaleway', ({ request, params }) => {
        const lb = lbIn(String(params.region), String(params.lbId));
        if (!lb) return scalewayNotFound('lb', String(params.lbId));
        const q = listQuery(request, ['created_at_asc', 'created_at_desc']);
        if (q instanceof Response) return q;
        const items = ordered(livePrivateNetworks(lb.id), q.orderBy);
        const body: ListPrivateNetworksResponse = { private_network: pageOf(items, q).map(privateNetworkWire), total_count: items.length };
        return HttpResponse.json(body);
      }),
    ),
    http.post(
      `${base}/lbs/:lbId/private-networks/:privateNetworkId/attach`,
      withScenario('scaleway', async ({ request, params }) => {
        const lb = lbIn(String(params.region), String(params.lbId));
        if (!lb) return scalewayNotFound('lb', String(params.lbId));
        const pnId = String(params.privateNetworkId);
        const body = (await readJson<AttachPrivateNetworkRequest>(request)) ?? {};
        const p = new Problems();
        if (!UUID.test(pnId)) p.add('private_network_id', 'must be a UUID', 'format');
        (body.ipam_ids ?? []).forEach((id, i) => {
          if (!UUID.test(String(id))) p.add(`ipam_ids.${i}`, 'must be a UUID', 'format');
        });
        if ((body.ipam_ids ?? []).length > 1) p.add('ipam_ids', 'only one IPAM IP (IPv4) is supported for now');
        if (p.any) return p.response();
        if (lbPrivateNetworksCollection.has(`${lb.id}:${pnId}`)) return scalewayError(409, 'already_exists', `load balancer ${lb.name} is already attached to private network ${pnId}`, { resource: 'private_network', resource_id: pnId });
        const blocked = lockedOrTransient(lb);
        if (blocked) return blocked;
        const now = Date.now();
        const pn: MockPrivateNetwork = {
          lb_id: lb.id,
          private_network_id: pnId,
          ipam_ids: body.ipam_ids?.length ? body.ipam_ids : [crypto.randomUUID()],
          static_config: null,
          dhcp_config: null,
          ipam_config: {},
          status: 'pending',
          created_at: new Date(now).toISOString(),
          updated_at: new Date(now).toISOString(),
          settle: [{ at: now + SETTLE_MS, patch: { status: 'ready', updated_at: new Date(now + SETTLE_MS).toISOString() } }],
        };
        lbPrivateNetworksCollection.insert(pn);
        return HttpResponse.json(privateNetworkWire(pn));
      }),
    ),
    http.post(
      `${base}/lbs/:lbId/private-networks/:privateNetworkId/detach`,
      withScenario('scaleway', ({ params }) => {
        const lb = lbIn(String(params.region), String(params.lbId));
        if (!lb) return scalewayNotFound('lb', String(params.lbId));
        const key = `${lb.id}:${String(params.privateNetworkId)}`;
        if (!lbPrivateNetworksCollection.has(key)) return scalewayNotFound('private_network', String(params.privateNetworkId));
        const blocked = lockedOrTransient(lb);
        if (blocked) return blocked;
        lbPrivateNetworksCollection.remove(key);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}

// Statistics

const FLAP_MS = 20_000;
const STARTING_MS = 8_000;

/**
 * Per instance and server: most servers are up, a few are down for good, one
 * in a dozen flaps every 20 s (so the page visibly refreshes), and servers
 * just added are "starting" for a few seconds.
 */
export function backendServerStats(lb: MockLb, backendId: string | null, now = Date.now()): BackendServerStats[] {
  const out: BackendServerStats[] = [];
  const backends = lbBackendsCollection.all().filter((b) => b.lb_id === lb.id && (!backendId || b.id === backendId));
  for (const backend of backends) {
    for (const ip of backend.pool) {
      const h = hashString(`${backend.id}:${ip}`) % 100;
      const sinceChange = now - Date.parse(backend.updated_at ?? '');
      for (const instance of lb.instances) {
        let state: BackendServerStats['server_state'] = 'running';
        let check: BackendServerStats['last_health_check_status'] = 'passed';
        // Hours to weeks ago: servers restart now and then.
        let changed = new Date(now - (h + 1) * 4 * 3_600_000).toISOString();
        if (lb.status === 'stopped' || lb.status === 'error') {
          state = 'stopped';
          check = 'unknown';
        } else if (sinceChange >= 0 && sinceChange < STARTING_MS) {
          state = 'starting';
          check = 'neutral';
          changed = backend.updated_at ?? changed;
        } else if (h < 7) {
          state = 'stopped';
          check = 'failed';
        } else if (h < 15) {
          const bucket = Math.floor(now / FLAP_MS);
          const up = (bucket + h) % 2 === 0;
          state = up ? 'running' : 'stopped';
          check = up ? 'passed' : 'failed';
          changed = new Date(bucket * FLAP_MS).toISOString();
        }
        out.push({ instance_id: instance.id, backend_id: backend.id, ip, server_state: state, server_state_changed_at: changed, last_health_check_status: check });
      }
    }
  }
  return out;
}

function statsHandlers(base: string): HttpHandler[] {
  return [
    http.get(
      `${base}/lbs/:lbId/stats`,
      withScenario('scaleway', ({ request, params }) => {
        const lb = lbIn(String(params.region), String(params.lbId));
        if (!lb) return scalewayNotFound('lb', String(params.lbId));
        const body: LbStats = { backend_servers_stats: backendServerStats(lb, new URL(request.url).searchParams.get('backend_id')) };
        return HttpResponse.json(body);
      }),
    ),
    http.get(
      `${base}/lbs/:lbId/backend-stats`,
      withScenario('scaleway', ({ request, params }) => {
        const lb = lbIn(String(params.region), String(params.lbId));
        if (!lb) return scalewayNotFound('lb', String(params.lbId));
        if (hasScenario('lb-stats-error')) return scalewayError(503, 'service_unavailable', 'statistics are temporarily unavailable');
        const q = listQuery(request, ['created_at_asc']);
        if (q instanceof Response) return q;
        const stats = backendServerStats(lb, q.url.searchParams.get('backend_id'));
        const body: ListBackendStatsResponse = { backend_servers_stats: pageOf(stats, q), total_count: stats.length };
        return HttpResponse.json(body);
      }),
    ),
  ];
}

// Alert subscribers

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkSubscriber(p: Problems, body: Partial<UpdateSubscriberRequest>, region: string, selfId?: string): void {
  checkName(p, 'name', body.name);
  if (typeof body.name === 'string' && lbSubscribersCollection.all().some((s) => s.region === region && s.id !== selfId && s.name === body.name)) p.add('name', `a subscriber named "${body.name}" already exists in ${region}`);
  const email = body.email_config;
  const webhook = body.webhook_config;
  if (email && webhook) p.add('email_config', 'only one of email_config and webhook_config may be set');
  if (!email && !webhook) p.add('email_config', 'one of email_config or webhook_config is required', 'required');
  if (email && (typeof email.email !== 'string' || !EMAIL.test(email.email))) p.add('email_config.email', 'must be an email address', 'format');
  if (webhook) {
    if (!URL.canParse(String(webhook.uri)) || new URL(String(webhook.uri)).protocol !== 'https:') p.add('webhook_config.uri', 'must be an https:// URL', 'format');
  }
}

function subscriberHandlers(base: string): HttpHandler[] {
  return [
    http.get(
      `${base}/subscribers`,
      withScenario('scaleway', ({ request, params }) => {
        const region = String(params.region);
        const bad = regionError(region);
        if (bad) return bad;
        const q = listQuery(request);
        if (q instanceof Response) return q;
        const name = q.url.searchParams.get('name')?.toLowerCase();
        const items = lbSubscribersCollection.all().filter((s) => s.region === region && (!name || s.name.toLowerCase().includes(name)));
        const sorted = q.orderBy.startsWith('name_') ? ordered(items.map((s) => ({ ...s, created_at: null })), q.orderBy, (s) => s.name) : q.orderBy.endsWith('_desc') ? [...items].reverse() : items;
        const body: ListSubscribersResponse = { subscribers: pageOf(sorted, q).map(subscriberWire), total_count: items.length };
        return HttpResponse.json(body);
      }),
    ),
    http.post(
      `${base}/subscribers`,
      withScenario('scaleway', async ({ request, params }) => {
        const region = String(params.region);
        const bad = regionError(region);
        if (bad) return bad;
        const body = await readJson<CreateSubscriberRequest>(request);
        if (!body) return badJson();
        const p = new Problems();
        checkSubscriber(p, body, region);
        if (typeof body.project_id !== 'string' || body.project_id === '') p.required('project_id');
        if (p.any) return p.response();
        const subscriber: MockSubscriber = {
          id: crypto.randomUUID(),
          name: String(body.name),
          email_config: body.email_config ? { email: body.email_config.email } : null,
          webhook_config: body.webhook_config ? { uri: body.webhook_config.uri } : null,
          region,
          project_id: String(body.project_id),
          organization_id: String(body.project_id),
        };
        lbSubscribersCollection.insert(subscriber);
        return HttpResponse.json(subscriberWire(subscriber));
      }),
    ),
    http.get(
      `${base}/subscribers/:subscriberId`,
      withScenario('scaleway', ({ params }) => {
        const s = lbSubscribersCollection.get(String(params.subscriberId));
        return s && s.region === String(params.region) ? HttpResponse.json(subscriberWire(s)) : scalewayNotFound('subscriber', String(params.subscriberId));
      }),
    ),
    http.put(
      `${base}/subscribers/:subscriberId`,
      withScenario('scaleway', async ({ request, params }) => {
        const region = String(params.region);
        const s = lbSubscribersCollection.get(String(params.subscriberId));
        if (!s || s.region !== region) return scalewayNotFound('subscriber', String(params.subscriberId));
        const body = await readJson<UpdateSubscriberRequest>(request);
        if (!body) return badJson();
        const p = new Problems();
        checkSubscriber(p, body, region, s.id);
        if (p.any) return p.response();
        const updated = lbSubscribersCollection.update(s.id, (x) => ({
          ...x,
          name: String(body.name),
          email_config: body.email_config ? { email: body.email_config.email } : null,
          webhook_config: body.webhook_config ? { uri: body.webhook_config.uri } : null,
        }));
        return updated ? HttpResponse.json(subscriberWire(updated)) : scalewayNotFound('subscriber', s.id);
      }),
    ),
    http.delete(
      `${base}/lb/subscriber/:subscriberId`,
      withScenario('scaleway', ({ params }) => {
        const s = lbSubscribersCollection.get(String(params.subscriberId));
        if (!s || s.region !== String(params.region)) return scalewayNotFound('subscriber', String(params.subscriberId));
        for (const lb of lbsCollection.all()) if (lb.subscriber_id === s.id) lbsCollection.update(lb.id, (l) => ({ ...l, subscriber_id: null }));
        lbSubscribersCollection.remove(s.id);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    http.post(
      `${base}/lb/:lbId/subscribe`,
      withScenario('scaleway', async ({ request, params }) => {
        const region = String(params.region);
        const lb = lbIn(region, String(params.lbId));
        if (!lb) return scalewayNotFound('lb', String(params.lbId));
        const body = await readJson<{ subscriber_id: string }>(request);
        if (!body) return badJson();
        const s = body.subscriber_id ? lbSubscribersCollection.get(body.subscriber_id) : undefined;
        const p = new Problems();
        if (!body.subscriber_id) p.required('subscriber_id');
        else if (!s || s.region !== region) p.add('subscriber_id', `subscriber ${body.subscriber_id} not found in ${region}`);
        if (p.any || !s) return p.response();
        const updated = lbsCollection.update(lb.id, (l) => ({ ...l, subscriber_id: s.id, updated_at: new Date().toISOString() }));
        return updated ? HttpResponse.json(lbWire(updated)) : scalewayNotFound('lb', lb.id);
      }),
    ),
    http.delete(
      `${base}/lb/:lbId/unsubscribe`,
      withScenario('scaleway', ({ params }) => {
        const lb = lbIn(String(params.region), String(params.lbId));
        if (!lb) return scalewayNotFound('lb', String(params.lbId));
        const updated = lbsCollection.update(lb.id, (l) => ({ ...l, subscriber_id: null, updated_at: new Date().toISOString() }));
        return updated ? HttpResponse.json(lbWire(updated)) : scalewayNotFound('lb', lb.id);
      }),
    ),
  ];
}

export function scalewayLbHandlers(): HttpHandler[] {
  const base = `${mockOrigin()}/lb/v1/regions/:region`;
  return [
    ...lbHandlers(base),
    ...ipHandlers(base),
    ...backendHandlers(base),
    ...frontendHandlers(base),
    ...aclHandlers(base),
    ...certificateHandlers(base),
    ...routeHandlers(base),
    ...privateNetworkHandlers(base),
    ...statsHandlers(base),
    ...subscriberHandlers(base),
  ];
}
