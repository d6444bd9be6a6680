import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  ACL_ACTION_TYPES,
  ACL_HTTP_FILTERS,
  ACL_REDIRECT_CODES,
  ACL_REDIRECT_TYPES,
  FORWARD_PORT_ALGORITHMS,
  HEALTH_CHECK_TYPES,
  LB_TRANSIENT_STATUSES,
  ON_MARKED_DOWN_ACTIONS,
  PROTOCOLS,
  PROXY_PROTOCOLS,
  SSL_COMPATIBILITY_LEVELS,
  STICKY_SESSIONS_TYPES,
  type AclInput,
  type AttachPrivateNetworkRequest,
  type BackendSettings,
  type CreateBackendRequest,
  type CreateCertificateRequest,
  type CreateIpRequest,
  type CreateLbRequest,
  type CreateRouteRequest,
  type CreateSubscriberRequest,
  type FrontendSettings,
  type HealthCheck,
  type HealthCheckInput,
  type LbStats,
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
  type MigrateLbRequest,
  type RouteMatchInput,
  type ServerIpsRequest,
  type UpdateCertificateRequest,
  type UpdateIpRequest,
  type UpdateLbRequest,
  type UpdateRouteRequest,
  type UpdateSubscriberRequest,
} from '../../src/api/scaleway-lb/types';
import { validateAclRegex } from '../../src/lib/haproxy-regex';
import { parseIpOrCidr } from '../../src/lib/ip';
import { hasScenario } from '../../src/lib/mock-scenario';
import { scalewayError, scalewayNotFound } from '../lib/envelopes';
import { createRng } from '../lib/random';
import { mockOrigin, withScenario } from '../lib/scenario';
import { backendDefaults, defaultReverse, instancesFor, lbTypesFor, REGION_ZONES, type MockAcl, type MockBackend, type MockCertificate, type MockFrontend, type MockLb, type MockPrivateNetwork, type MockRoute, type MockSubscriber } from '../seed/scaleway-lb';
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
import {
  change,
  checkCount,
  checkDuration,
  checkEnum,
  checkHostname,
  checkName,
  checkPort,
  checkServerIps,
  checkTags,
  createIn,
  getOne,
  inRegion,
  listUnder,
  precondition,
  Problems,
  readJson,
  transient,
  withoutUndefined,
} from './scaleway-lb-kit';
import {
  aclWire,
  backendIn,
  backendServerStats,
  backendWire,
  certificateWire,
  frontendIn,
  frontendWire,
  ipsFor,
  ipWire,
  lbIn,
  lbWire,
  liveCertificate,
  liveLb,
  livePrivateNetworks,
  lockedOrTransient,
  newIp,
  pnKey,
  privateNetworkWire,
  routeWire,
  subscriberWire,
} from './scaleway-lb-model';

/**
 * Scaleway Load Balancer API v1, regional paths, over the stateful mock
 * store. Every endpoint checks in the same order (see the builders in
 * scaleway-lb-kit.ts); this file says what each resource accepts and does.
 */

const SETTLE_MS = 2500;

/** The `project_id` and `organization_id` filters of the region-wide lists. */
function ownedBy(item: { project_id: string; organization_id: string }, url: URL): boolean {
  const project = url.searchParams.get('project_id');
  const organization = url.searchParams.get('organization_id');
  return (!project || item.project_id === project) && (!organization || item.organization_id === organization);
}

const guardLb = (found: { lb: MockLb }) => lockedOrTransient(found.lb);

// Load balancers

function lbHandlers(base: string): HttpHandler[] {
  return [
    listUnder(
      `${base}/lbs`,
      'region',
      'region',
      inRegion,
      (region, url) => {
        const tags = url.searchParams.getAll('tags').filter(Boolean);
        return lbsCollection
          .all()
          .map((lb) => liveLb(lb.id) ?? lb)
          .filter((lb) => lb.region === region && ownedBy(lb, url) && (tags.length === 0 || tags.some((t) => lb.tags.includes(t))));
      },
      (page, total): ListLbsResponse => ({ lbs: page.map(lbWire), total_count: total }),
      { name: (lb) => lb.name.toLowerCase() },
    ),
    createIn<CreateLbRequest>(`${base}/lbs`, {
      check: (p, body, region) => {
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
        (Array.isArray(body.ip_ids) ? body.ip_ids : []).forEach((id, i) => {
          const ip = lbIpsCollection.get(String(id));
          if (!ip || ip.region !== region) p.add(`ip_ids.${i}`, `flexible IP ${String(id)} not found in ${region}`);
          else if (ip.lb_id) p.add(`ip_ids.${i}`, `flexible IP ${ip.ip_address} is already attached to another load balancer`);
        });
      },
      apply: (region, body) => {
        const ipIds = (body.ip_ids ?? []).map(String);
        const type = lbTypesFor(region).find((t) => t.name.toLowerCase() === String(body.type).toLowerCase());
        const now = Date.now();
        const zone = ipIds.length ? (lbIpsCollection.get(ipIds[0] ?? '')?.zone ?? `${region}-1`) : (REGION_ZONES[region]?.[0] ?? `${region}-1`);
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
        for (const ipId of ipIds) lbIpsCollection.update(ipId, (ip) => ({ ...ip, lb_id: id }));
        if (ipIds.length === 0 && body.assign_flexible_ip !== false) lbIpsCollection.insert(newIp(region, zone, lb.project_id, lb.organization_id, false, { lb_id: id }));
        if (body.assign_flexible_ipv6 === true) lbIpsCollection.insert(newIp(region, zone, lb.project_id, lb.organization_id, true, { lb_id: id }));
        return HttpResponse.json(lbWire(lb));
      },
    }),
    getOne(`${base}/lbs/:lbId`, 'lbId', 'lb', lbIn, lbWire),
    change<MockLb, UpdateLbRequest>('put', `${base}/lbs/:lbId`, 'lbId', 'lb', lbIn, {
      check: (p, body) => {
        checkName(p, 'name', body.name);
        if (typeof body.description !== 'string') p.required('description');
        checkTags(p, 'tags', body.tags);
        checkEnum(p, 'ssl_compatibility_level', body.ssl_compatibility_level, SSL_COMPATIBILITY_LEVELS);
      },
      guard: lockedOrTransient,
      apply: (lb, body) => {
        const updated = lbsCollection.update(lb.id, (l) => ({
          ...l,
          name: String(body.name),
          description: String(body.description),
          tags: body.tags ?? l.tags,
          ssl_compatibility_level: body.ssl_compatibility_level ?? l.ssl_compatibility_level,
          updated_at: new Date().toISOString(),
        }));
        return HttpResponse.json(lbWire(updated ?? lb));
      },
    }),
    change<MockLb>('delete', `${base}/lbs/:lbId`, 'lbId', 'lb', lbIn, {
      guard: (lb) => (LB_TRANSIENT_STATUSES.includes(lb.status) ? transient('lb', lb.id, lb.status) : undefined),
      apply: (lb, _body, request) => {
        const releaseIp = new URL(request.url).searchParams.get('release_ip') === 'true';
        for (const ip of ipsFor(lb.region, lb.id)) {
          if (releaseIp) lbIpsCollection.remove(ip.id);
          else lbIpsCollection.update(ip.id, (i) => ({ ...i, lb_id: null }));
        }
        const frontendIds = new Set(lbFrontendsCollection.all().filter((f) => f.lb_id === lb.id).map((f) => f.id));
        for (const a of lbAclsCollection.all()) if (frontendIds.has(a.frontend_id)) lbAclsCollection.remove(a.id);
        for (const r of lbRoutesCollection.all()) if (frontendIds.has(r.frontend_id)) lbRoutesCollection.remove(r.id);
        for (const id of frontendIds) lbFrontendsCollection.remove(id);
        for (const b of lbBackendsCollection.all()) if (b.lb_id === lb.id) lbBackendsCollection.remove(b.id);
        for (const c of lbCertificatesCollection.all()) if (c.lb_id === lb.id) lbCertificatesCollection.remove(c.id);
        for (const pn of lbPrivateNetworksCollection.all()) if (pn.lb_id === lb.id) lbPrivateNetworksCollection.remove(pnKey(pn));
        lbsCollection.remove(lb.id);
        return new HttpResponse(null, { status: 204 });
      },
    }),
    change<MockLb, MigrateLbRequest>('post', `${base}/lbs/:lbId/migrate`, 'lbId', 'lb', lbIn, {
      check: (p, body, lb) => {
        const type = lbTypesFor(lb.region).find((t) => t.name.toLowerCase() === String(body.type ?? '').toLowerCase());
        if (!body.type) p.required('type');
        else if (!type) p.add('type', `unknown type "${String(body.type)}"`);
        else if (type.name === lb.type) p.add('type', `the load balancer is already of type ${lb.type}`);
        else if (type.stock_status === 'out_of_stock') p.add('type', `${type.name} is out of stock in ${type.zone}`);
      },
      guard: lockedOrTransient,
      apply: (lb, body) => {
        const type = lbTypesFor(lb.region).find((t) => t.name.toLowerCase() === String(body.type).toLowerCase());
        const now = Date.now();
        const updated = lbsCollection.update(lb.id, (l) => ({
          ...l,
          status: 'migrating',
          type: type?.name ?? l.type,
          updated_at: new Date(now).toISOString(),
          settle: [{ at: now + SETTLE_MS * 1.5, patch: { status: 'ready', updated_at: new Date(now + SETTLE_MS * 1.5).toISOString() } }],
        }));
        return HttpResponse.json(lbWire(updated ?? lb));
      },
    }),
    listUnder(
      `${base}/lb-types`,
      'region',
      'region',
      inRegion,
      (region) => lbTypesFor(region).map((t) => ({ ...t, created_at: null })),
      (page, total): ListLbTypesResponse => ({ lb_types: page.map(({ created_at: _c, ...t }) => t), total_count: total }),
      { order: ['created_at_asc'] },
    ),
  ];
}

// Flexible IPs

const ipIn = (region: string, id: string) => {
  const ip = lbIpsCollection.get(id);
  return ip && ip.region === region ? ip : undefined;
};

/** The state of the load balancer an IP is attached to or detached from. */
function guardAttachment(lbId: string): Response | undefined {
  const lb = liveLb(lbId);
  return lb ? lockedOrTransient(lb) : undefined;
}

function ipHandlers(base: string): HttpHandler[] {
  return [
    listUnder(
      `${base}/ips`,
      'region',
      'region',
      inRegion,
      (region, url) => {
        const type = url.searchParams.get('ip_type') ?? 'all';
        const address = url.searchParams.get('ip_address');
        const tags = url.searchParams.getAll('tags').filter(Boolean);
        return lbIpsCollection
          .all()
          .filter(
            (ip) =>
              ip.region === region &&
              (type === 'all' || (type === 'ipv6') === ip.ip_address.includes(':')) &&
              (!address || ip.ip_address.includes(address)) &&
              ownedBy(ip, url) &&
              (tags.length === 0 || tags.some((t) => ip.tags.includes(t))),
          )
          .map((ip) => ({ ip, created_at: null }));
      },
      (page, total): ListIpsResponse => ({ ips: page.map((row) => ipWire(row.ip)), total_count: total }),
      { order: ['created_at_asc'] },
    ),
    createIn<CreateIpRequest>(`${base}/ips`, {
      check: (p, body) => {
        if (typeof body.project_id !== 'string' || body.project_id === '') p.required('project_id');
        if (typeof body.is_ipv6 !== 'boolean') p.required('is_ipv6');
        if (body.reverse) checkHostname(p, 'reverse', body.reverse);
        checkTags(p, 'tags', body.tags);
      },
      apply: (region, body) => {
        const ip = newIp(region, REGION_ZONES[region]?.[0] ?? `${region}-1`, String(body.project_id), String(body.project_id), body.is_ipv6 === true, { reverse: body.reverse || undefined, tags: body.tags });
        lbIpsCollection.insert(ip);
        return HttpResponse.json(ipWire(ip));
      },
    }),
    getOne(`${base}/ips/:ipId`, 'ipId', 'ip', ipIn, ipWire),
    change<ReturnType<typeof ipIn> & object, UpdateIpRequest>('patch', `${base}/ips/:ipId`, 'ipId', 'ip', ipIn, {
      check: (p, body, ip) => {
        if (body.reverse !== undefined && body.reverse !== '') checkHostname(p, 'reverse', body.reverse);
        checkTags(p, 'tags', body.tags);
        if (body.lb_id === undefined || body.lb_id === null) return;
        const lb = typeof body.lb_id === 'string' ? lbIn(ip.region, body.lb_id) : undefined;
        if (!lb) p.add('lb_id', `load balancer ${String(body.lb_id)} not found in ${ip.region}`);
        else if (lb.zone !== ip.zone) p.add('lb_id', `flexible IP ${ip.ip_address} is in ${ip.zone}, load balancer ${lb.name} in ${lb.zone}: a flexible IP attaches only in its own zone`);
      },
      refuse: (ip, body) => {
        if (body.lb_id === undefined || body.lb_id === ip.lb_id) return undefined;
        // Attaching an IP that another load balancer holds must go through a detach first.
        if (body.lb_id !== null && ip.lb_id) {
          const holder = lbsCollection.get(ip.lb_id);
          return precondition(`IP ${ip.ip_address} is attached to load balancer ${holder?.name ?? ip.lb_id}: detach it first`, 'resource_still_in_use');
        }
        // The load balancer that gains or loses the address is reconfigured: it must be free to change.
        return guardAttachment(body.lb_id ?? ip.lb_id ?? '');
      },
      apply: (ip, body) => {
        const lbId = body.lb_id === undefined ? ip.lb_id : body.lb_id;
        const updated = lbIpsCollection.update(ip.id, (i) =>
          withoutUndefined({ ...i, reverse: body.reverse === undefined ? i.reverse : body.reverse || defaultReverse(i.ip_address, i.region), tags: body.tags ?? i.tags, lb_id: lbId ?? null }),
        );
        return HttpResponse.json(ipWire(updated ?? ip));
      },
    }),
    change<ReturnType<typeof ipIn> & object>('delete', `${base}/ips/:ipId`, 'ipId', 'ip', ipIn, {
      refuse: (ip) => {
        if (!ip.lb_id) return undefined;
        const lb = lbsCollection.get(ip.lb_id);
        return precondition(`IP ${ip.ip_address} is attached to load balancer ${lb?.name ?? ip.lb_id}: delete the load balancer (releasing its IP) or detach the IP first`, 'resource_still_in_use');
      },
      apply: (ip) => {
        lbIpsCollection.remove(ip.id);
        return new HttpResponse(null, { status: 204 });
      },
    }),
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

function backendHandlers(base: string): HttpHandler[] {
  const nameTaken = (lbId: string, name: unknown, selfId?: string) => typeof name === 'string' && lbBackendsCollection.all().some((b) => b.lb_id === lbId && b.id !== selfId && b.name === name);
  const servers = (method: 'put' | 'post' | 'delete') =>
    change<{ backend: MockBackend; lb: MockLb }, ServerIpsRequest>(
      method,
      `${base}/backends/:backendId/servers`,
      'backendId',
      'backend',
      backendIn,
      {
        check: (p, body) => void checkServerIps(p, 'server_ip', body.server_ip),
        guard: guardLb,
        apply: ({ backend }, body) => {
          const ips = (body.server_ip ?? []).map((ip) => ip.trim());
          const pool = method === 'put' ? [...new Set(ips)] : method === 'post' ? [...new Set([...backend.pool, ...ips])] : backend.pool.filter((ip) => !ips.includes(ip));
          const updated = lbBackendsCollection.update(backend.id, (b) => ({ ...b, pool, updated_at: new Date().toISOString() }));
          return HttpResponse.json(backendWire(updated ?? backend));
        },
      },
      true,
    );
  return [
    listUnder(
      `${base}/lbs/:lbId/backends`,
      'lbId',
      'lb',
      lbIn,
      (lb) => lbBackendsCollection.all().filter((b) => b.lb_id === lb.id),
      (page, total): ListBackendsResponse => ({ backends: page.map(backendWire), total_count: total }),
      { name: (b) => b.name },
    ),
    change<MockLb, CreateBackendRequest>('post', `${base}/lbs/:lbId/backends`, 'lbId', 'lb', lbIn, {
      check: (p, body, lb) => {
        checkBackendSettings(p, body);
        checkServerIps(p, 'server_ip', body.server_ip ?? []);
        healthCheckFrom(p, 'health_check', body.health_check, typeof body.forward_port === 'number' ? body.forward_port : 80);
        if (nameTaken(lb.id, body.name)) p.add('name', `a backend named "${String(body.name)}" already exists on this load balancer`);
      },
      guard: lockedOrTransient,
      apply: (lb, body) => {
        const now = new Date().toISOString();
        const backend: MockBackend = {
          ...backendDefaults(),
          ...backendSettings(body),
          id: crypto.randomUUID(),
          name: String(body.name),
          lb_id: lb.id,
          forward_protocol: body.forward_protocol ?? 'tcp',
          forward_port: Number(body.forward_port),
          pool: [...new Set((body.server_ip ?? []).map((ip) => ip.trim()))],
          health_check: healthCheckFrom(new Problems(), 'health_check', body.health_check, Number(body.forward_port)),
          created_at: now,
          updated_at: now,
        };
        lbBackendsCollection.insert(backend);
        return HttpResponse.json(backendWire(backend));
      },
    }),
    getOne(`${base}/backends/:backendId`, 'backendId', 'backend', backendIn, (found) => backendWire(found.backend)),
    change<{ backend: MockBackend; lb: MockLb }, BackendSettings>('put', `${base}/backends/:backendId`, 'backendId', 'backend', backendIn, {
      check: (p, body, { backend, lb }) => {
        checkBackendSettings(p, body);
        if (nameTaken(lb.id, body.name, backend.id)) p.add('name', `a backend named "${String(body.name)}" already exists on this load balancer`);
        if (body.forward_protocol === 'tcp' && lbFrontendsCollection.all().some((f) => f.backend_id === backend.id && frontendHasHttpAcls(f.id))) {
          p.add('forward_protocol', 'a frontend of this backend has ACLs with HTTP filters, which need HTTP: change those ACLs first');
        }
      },
      guard: guardLb,
      apply: ({ backend }, body) => {
        const updated = lbBackendsCollection.update(backend.id, (b) => ({ ...b, ...backendSettings(body), updated_at: new Date().toISOString() }));
        return HttpResponse.json(backendWire(updated ?? backend));
      },
    }),
    change<{ backend: MockBackend; lb: MockLb }>('delete', `${base}/backends/:backendId`, 'backendId', 'backend', backendIn, {
      refuse: ({ backend }) => {
        const users = lbFrontendsCollection.all().filter((f) => f.backend_id === backend.id);
        if (users.length) return precondition(`backend ${backend.name} is used by frontend ${users.map((f) => f.name).join(', ')}: point it to another backend or delete it first`, 'resource_still_in_use');
        const routes = lbRoutesCollection.all().filter((r) => r.backend_id === backend.id);
        if (routes.length) return precondition(`backend ${backend.name} is the target of ${routes.length} route(s): delete or change them first`, 'resource_still_in_use');
        return undefined;
      },
      guard: guardLb,
      apply: ({ backend }) => {
        lbBackendsCollection.remove(backend.id);
        return new HttpResponse(null, { status: 204 });
      },
    }),
    servers('put'),
    servers('post'),
    servers('delete'),
    change<{ backend: MockBackend; lb: MockLb }, HealthCheckInput>('put', `${base}/backends/:backendId/healthcheck`, 'backendId', 'backend', backendIn, {
      check: (p, body, { backend }) => {
        if (body.port === undefined) p.required('port');
        if (body.check_max_retries === undefined) p.required('check_max_retries');
        const checked = new Problems();
        healthCheckFrom(checked, 'health_check', body, backend.forward_port);
        // This call names the fields without the health_check prefix.
        for (const d of checked.details) p.add(d.argument_name.replace(/^health_check\./, ''), d.help_message, d.reason);
      },
      guard: guardLb,
      apply: ({ backend }, body) => {
        const health = healthCheckFrom(new Problems(), 'health_check', body, backend.forward_port);
        lbBackendsCollection.update(backend.id, (b) => ({ ...b, health_check: health, updated_at: new Date().toISOString() }));
        return HttpResponse.json(health);
      },
    }),
  ];
}

function frontendHasHttpAcls(frontendId: string): boolean {
  return lbAclsCollection.all().some((a) => a.frontend_id === frontendId && a.match && a.match.http_filter !== 'acl_http_filter_none');
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
    listUnder(
      `${base}/lbs/:lbId/frontends`,
      'lbId',
      'lb',
      lbIn,
      (lb) => lbFrontendsCollection.all().filter((f) => f.lb_id === lb.id),
      (page, total): ListFrontendsResponse => ({ frontends: page.map(frontendWire), total_count: total }),
      { name: (f) => f.name },
    ),
    change<MockLb, FrontendSettings>('post', `${base}/lbs/:lbId/frontends`, 'lbId', 'lb', lbIn, {
      check: (p, body, lb) => checkFrontend(p, body, lb),
      guard: lockedOrTransient,
      apply: (lb, body) => {
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
      },
    }),
    getOne(`${base}/frontends/:frontendId`, 'frontendId', 'frontend', frontendIn, (found) => frontendWire(found.frontend)),
    change<{ frontend: MockFrontend; lb: MockLb }, FrontendSettings>('put', `${base}/frontends/:frontendId`, 'frontendId', 'frontend', frontendIn, {
      check: (p, body, { frontend, lb }) => {
        checkFrontend(p, body, lb, frontend.id);
        const backend = body.backend_id ? lbBackendsCollection.get(body.backend_id) : undefined;
        if (backend && backend.forward_protocol !== 'http' && frontendHasHttpAcls(frontend.id)) p.add('backend_id', 'this frontend has ACLs with HTTP filters, which need an HTTP backend');
      },
      guard: guardLb,
      apply: ({ frontend }, body) => {
        const updated = lbFrontendsCollection.update(frontend.id, (f) => ({ ...f, ...frontendFields(body), updated_at: new Date().toISOString() }));
        return HttpResponse.json(frontendWire(updated ?? frontend));
      },
    }),
    change<{ frontend: MockFrontend; lb: MockLb }>('delete', `${base}/frontends/:frontendId`, 'frontendId', 'frontend', frontendIn, {
      guard: guardLb,
      apply: ({ frontend }) => {
        for (const a of lbAclsCollection.all()) if (a.frontend_id === frontend.id) lbAclsCollection.remove(a.id);
        for (const r of lbRoutesCollection.all()) if (r.frontend_id === frontend.id) lbRoutesCollection.remove(r.id);
        lbFrontendsCollection.remove(frontend.id);
        return new HttpResponse(null, { status: 204 });
      },
    }),
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

const aclIn = (region: string, id: string) => {
  const acl = lbAclsCollection.get(id);
  const found = acl ? frontendIn(region, acl.frontend_id) : undefined;
  return acl && found ? { acl, ...found } : undefined;
};

function aclHandlers(base: string): HttpHandler[] {
  return [
    listUnder(
      `${base}/frontends/:frontendId/acls`,
      'frontendId',
      'frontend',
      frontendIn,
      ({ frontend }) => lbAclsCollection.all().filter((a) => a.frontend_id === frontend.id),
      (page, total): ListAclsResponse => ({ acls: page.map(aclWire), total_count: total }),
      { name: (a) => a.name },
    ),
    change<{ frontend: MockFrontend; lb: MockLb }, AclInput>('post', `${base}/frontends/:frontendId/acls`, 'frontendId', 'frontend', frontendIn, {
      check: (p, body, { frontend }) => checkAcl(p, body, frontend),
      guard: guardLb,
      apply: ({ frontend }, body) => {
        const now = new Date().toISOString();
        const acl: MockAcl = { id: crypto.randomUUID(), ...aclFields(body), frontend_id: frontend.id, created_at: now, updated_at: now };
        lbAclsCollection.insert(acl);
        return HttpResponse.json(aclWire(acl));
      },
    }),
    getOne(`${base}/acls/:aclId`, 'aclId', 'acl', aclIn, (found) => aclWire(found.acl)),
    change<NonNullable<ReturnType<typeof aclIn>>, AclInput>('put', `${base}/acls/:aclId`, 'aclId', 'acl', aclIn, {
      // Lets the e2e tests and demos watch an optimistic reorder roll back.
      refuse: () => (hasScenario('lb-acl-update-error') ? scalewayError(500, 'api_error', 'could not update the ACL: internal error') : undefined),
      check: (p, body, { frontend }) => checkAcl(p, body, frontend),
      guard: guardLb,
      apply: ({ acl }, body) => {
        const updated = lbAclsCollection.update(acl.id, (a) => ({ ...a, ...aclFields(body), updated_at: new Date().toISOString() }));
        return HttpResponse.json(aclWire(updated ?? acl));
      },
    }),
    change<NonNullable<ReturnType<typeof aclIn>>>('delete', `${base}/acls/:aclId`, 'aclId', 'acl', aclIn, {
      guard: guardLb,
      apply: ({ acl }) => {
        lbAclsCollection.remove(acl.id);
        return new HttpResponse(null, { status: 204 });
      },
    }),
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

const certificateIn = (region: string, id: string) => {
  const certificate = liveCertificate(id);
  const lb = certificate ? lbIn(region, certificate.lb_id) : undefined;
  return certificate && lb ? { certificate, lb } : undefined;
};

const hex = (bytes: number) => [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Let's Encrypt: pending, then ready with 90 days of validity, or failed when a name does not resolve (or with `?scenario=lb-cert-fail`). */
function letsEncryptSettle(names: readonly string[], now: number): MockCertificate['settle'] {
  const failing = hasScenario('lb-cert-fail') ? names[0] : names.find((n) => FAILING_TLDS.test(n));
  const at = now + SETTLE_MS;
  const updated_at = new Date(at).toISOString();
  if (failing !== undefined) {
    return [{ at, patch: { status: 'error', updated_at, status_details: `acme: error: 400 :: urn:ietf:params:acme:error:dns :: DNS problem: NXDOMAIN looking up A for ${failing} - check that a DNS record exists for this domain and that it points to the load balancer IP` } }];
  }
  return [{ at, patch: { status: 'ready', updated_at, fingerprint: hex(20), not_valid_before: new Date(now).toISOString(), not_valid_after: new Date(now + 90 * 86_400_000).toISOString() } }];
}

function certificateHandlers(base: string): HttpHandler[] {
  const nameTaken = (lbId: string, name: unknown, selfId?: string) => typeof name === 'string' && lbCertificatesCollection.all().some((c) => c.lb_id === lbId && c.id !== selfId && c.name === name);
  // What the check read from an imported chain, for the same request's apply.
  const imported = new WeakMap<object, Partial<MockCertificate>>();
  return [
    listUnder(
      `${base}/lbs/:lbId/certificates`,
      'lbId',
      'lb',
      lbIn,
      (lb) => lbCertificatesCollection.all().filter((c) => c.lb_id === lb.id).map((c) => liveCertificate(c.id) ?? c),
      (page, total): ListCertificatesResponse => ({ certificates: page.map(certificateWire), total_count: total }),
      { name: (c) => c.name },
    ),
    change<MockLb, CreateCertificateRequest>('post', `${base}/lbs/:lbId/certificates`, 'lbId', 'lb', lbIn, {
      check: async (p, body, lb) => {
        checkName(p, 'name', body.name);
        if (nameTaken(lb.id, body.name)) p.add('name', `a certificate named "${String(body.name)}" already exists on this load balancer`);
        const le = body.letsencrypt;
        const custom = body.custom_certificate;
        if (le && custom) p.add('letsencrypt', 'only one of letsencrypt and custom_certificate may be set');
        if (!le && !custom) p.add('letsencrypt', 'one of letsencrypt or custom_certificate is required', 'required');
        if (le) {
          checkHostname(p, 'letsencrypt.common_name', le.common_name);
          (le.subject_alternative_name ?? []).forEach((n, i) => checkHostname(p, `letsencrypt.subject_alternative_name.${i}`, n));
          if ((le.subject_alternative_name ?? []).length > 99) p.add('letsencrypt.subject_alternative_name', 'at most 99 alternative names');
        } else if (custom) {
          const read = await certificateFromChain(p, custom.certificate_chain);
          if (read) imported.set(custom, read);
        }
      },
      guard: lockedOrTransient,
      apply: (lb, body) => {
        const now = Date.now();
        const le = body.letsencrypt;
        const base: MockCertificate = {
          id: crypto.randomUUID(),
          name: String(body.name),
          type: le ? 'letsencryt' : 'custom',
          common_name: le ? String(le.common_name) : '',
          subject_alternative_name: le?.subject_alternative_name ?? [],
          fingerprint: '',
          not_valid_before: null,
          not_valid_after: null,
          status: le ? 'pending' : 'ready',
          status_details: null,
          created_at: new Date(now).toISOString(),
          updated_at: new Date(now).toISOString(),
          lb_id: lb.id,
          settle: le ? letsEncryptSettle([String(le.common_name), ...(le.subject_alternative_name ?? [])], now) : [],
        };
        const cert = le || !body.custom_certificate ? base : { ...base, ...imported.get(body.custom_certificate) };
        lbCertificatesCollection.insert(cert);
        return HttpResponse.json(certificateWire(cert));
      },
    }),
    getOne(`${base}/certificates/:certificateId`, 'certificateId', 'certificate', certificateIn, (found) => certificateWire(found.certificate)),
    change<NonNullable<ReturnType<typeof certificateIn>>, UpdateCertificateRequest>('put', `${base}/certificates/:certificateId`, 'certificateId', 'certificate', certificateIn, {
      check: (p, body, { certificate }) => {
        checkName(p, 'name', body.name);
        if (nameTaken(certificate.lb_id, body.name, certificate.id)) p.add('name', `a certificate named "${String(body.name)}" already exists on this load balancer`);
      },
      apply: ({ certificate }, body) => {
        const updated = lbCertificatesCollection.update(certificate.id, (c) => ({ ...c, name: String(body.name), updated_at: new Date().toISOString() }));
        return HttpResponse.json(certificateWire(updated ?? certificate));
      },
    }),
    change<NonNullable<ReturnType<typeof certificateIn>>>('delete', `${base}/certificates/:certificateId`, 'certificateId', 'certificate', certificateIn, {
      refuse: ({ certificate }) => {
        const users = lbFrontendsCollection.all().filter((f) => f.certificate_ids.includes(certificate.id));
        return users.length ? precondition(`certificate ${certificate.name} is used by frontend ${users.map((f) => f.name).join(', ')}: remove it from the frontend first`, 'resource_still_in_use') : undefined;
      },
      apply: ({ certificate }) => {
        lbCertificatesCollection.remove(certificate.id);
        return new HttpResponse(null, { status: 204 });
      },
    }),
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

const routeIn = (region: string, id: string) => {
  const route = lbRoutesCollection.get(id);
  const found = route && route.region === region ? frontendIn(region, route.frontend_id) : undefined;
  return route && found ? { route, ...found } : undefined;
};

function routeHandlers(base: string): HttpHandler[] {
  return [
    listUnder(
      `${base}/routes`,
      'region',
      'region',
      inRegion,
      (region, url) => {
        const frontendId = url.searchParams.get('frontend_id');
        return lbRoutesCollection.all().filter((r) => r.region === region && (!frontendId || r.frontend_id === frontendId));
      },
      (page, total): ListRoutesResponse => ({ routes: page.map(routeWire), total_count: total }),
      { order: ['created_at_asc', 'created_at_desc'] },
    ),
    createIn<CreateRouteRequest>(`${base}/routes`, {
      check: (p, body, region) => {
        const found = body.frontend_id ? frontendIn(region, body.frontend_id) : undefined;
        if (!body.frontend_id) p.required('frontend_id');
        else if (!found) p.add('frontend_id', `frontend ${body.frontend_id} not found in ${region}`);
        if (found) checkRoute(p, body.match, found.frontend, body.backend_id);
      },
      apply: (region, body) => {
        // The load balancer is only known from the body here, so its state is checked now.
        const found = frontendIn(region, String(body.frontend_id));
        const blocked = found ? lockedOrTransient(found.lb) : undefined;
        if (blocked) return blocked;
        const now = new Date().toISOString();
        const route: MockRoute = { id: crypto.randomUUID(), frontend_id: String(body.frontend_id), backend_id: String(body.backend_id), match: routeMatch(body.match), created_at: now, updated_at: now, region };
        lbRoutesCollection.insert(route);
        return HttpResponse.json(routeWire(route));
      },
    }),
    getOne(`${base}/routes/:routeId`, 'routeId', 'route', routeIn, (found) => routeWire(found.route)),
    change<NonNullable<ReturnType<typeof routeIn>>, UpdateRouteRequest>('put', `${base}/routes/:routeId`, 'routeId', 'route', routeIn, {
      check: (p, body, { frontend }) => checkRoute(p, body.match, frontend, body.backend_id),
      guard: guardLb,
      apply: ({ route }, body) => {
        const updated = lbRoutesCollection.update(route.id, (r) => ({ ...r, backend_id: String(body.backend_id), match: routeMatch(body.match), updated_at: new Date().toISOString() }));
        return HttpResponse.json(routeWire(updated ?? route));
      },
    }),
    change<NonNullable<ReturnType<typeof routeIn>>>('delete', `${base}/routes/:routeId`, 'routeId', 'route', routeIn, {
      guard: guardLb,
      apply: ({ route }) => {
        lbRoutesCollection.remove(route.id);
        return new HttpResponse(null, { status: 204 });
      },
    }),
  ];
}

// Private networks

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function privateNetworkHandlers(base: string): HttpHandler[] {
  const attachment = (region: string, key: string) => {
    const [lbId = '', pnId = ''] = key.split(':');
    const lb = lbIn(region, lbId);
    return lb ? { lb, pnId, attached: lbPrivateNetworksCollection.has(`${lb.id}:${pnId}`) } : undefined;
  };
  const pnPath = (action: string) => `${base}/lbs/:lbId/private-networks/:privateNetworkId/${action}`;
  return [
    listUnder(
      `${base}/lbs/:lbId/private-networks`,
      'lbId',
      'lb',
      lbIn,
      (lb) => livePrivateNetworks(lb.id),
      (page, total): ListPrivateNetworksResponse => ({ private_network: page.map(privateNetworkWire), total_count: total }),
      { order: ['created_at_asc', 'created_at_desc'] },
    ),
    http.post(
      pnPath('attach'),
      withScenario('scaleway', async ({ request, params }) => {
        const found = attachment(String(params.region), `${String(params.lbId)}:${String(params.privateNetworkId)}`);
        if (!found) return scalewayNotFound('lb', String(params.lbId));
        const body = (await readJson<AttachPrivateNetworkRequest>(request)) ?? {};
        const p = new Problems();
        if (!UUID.test(found.pnId)) p.add('private_network_id', 'must be a UUID', 'format');
        (body.ipam_ids ?? []).forEach((id, i) => {
          if (!UUID.test(String(id))) p.add(`ipam_ids.${i}`, 'must be a UUID', 'format');
        });
        if ((body.ipam_ids ?? []).length > 1) p.add('ipam_ids', 'only one IPAM IP (IPv4) is supported for now');
        if (p.any) return p.response();
        if (found.attached) return scalewayError(409, 'already_exists', `load balancer ${found.lb.name} is already attached to private network ${found.pnId}`, { resource: 'private_network', resource_id: found.pnId, help_message: `load balancer ${found.lb.name} is already attached to it` });
        const blocked = lockedOrTransient(found.lb);
        if (blocked) return blocked;
        const now = Date.now();
        const pn: MockPrivateNetwork = {
          lb_id: found.lb.id,
          private_network_id: found.pnId,
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
      pnPath('detach'),
      withScenario('scaleway', ({ params }) => {
        const found = attachment(String(params.region), `${String(params.lbId)}:${String(params.privateNetworkId)}`);
        if (!found) return scalewayNotFound('lb', String(params.lbId));
        if (!found.attached) return scalewayNotFound('private_network', found.pnId);
        const blocked = lockedOrTransient(found.lb);
        if (blocked) return blocked;
        lbPrivateNetworksCollection.remove(`${found.lb.id}:${found.pnId}`);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}

// Statistics

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
    listUnder(
      `${base}/lbs/:lbId/backend-stats`,
      'lbId',
      'lb',
      (region, id) => (hasScenario('lb-stats-error') ? undefined : lbIn(region, id)),
      (lb, url) => backendServerStats(lb, url.searchParams.get('backend_id')).map((s) => ({ ...s, created_at: null })),
      (page, total): ListBackendStatsResponse => ({ backend_servers_stats: page.map(({ created_at: _c, ...s }) => s), total_count: total }),
      { order: ['created_at_asc'] },
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

const subscriberIn = (region: string, id: string) => {
  const s = lbSubscribersCollection.get(id);
  return s && s.region === region ? s : undefined;
};

function subscriberHandlers(base: string): HttpHandler[] {
  return [
    listUnder(
      `${base}/subscribers`,
      'region',
      'region',
      inRegion,
      (region, url) => lbSubscribersCollection.all().filter((s) => s.region === region && ownedBy(s, url)).map((s) => ({ ...s, created_at: null })),
      (page, total): ListSubscribersResponse => ({ subscribers: page.map(subscriberWire), total_count: total }),
      { name: (s) => s.name },
    ),
    createIn<CreateSubscriberRequest>(`${base}/subscribers`, {
      check: (p, body, region) => {
        checkSubscriber(p, body, region);
        if (typeof body.project_id !== 'string' || body.project_id === '') p.required('project_id');
      },
      apply: (region, body) => {
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
      },
    }),
    getOne(`${base}/subscribers/:subscriberId`, 'subscriberId', 'subscriber', subscriberIn, subscriberWire),
    change<MockSubscriber, UpdateSubscriberRequest>('put', `${base}/subscribers/:subscriberId`, 'subscriberId', 'subscriber', subscriberIn, {
      check: (p, body, s) => checkSubscriber(p, body, s.region, s.id),
      apply: (s, body) => {
        const updated = lbSubscribersCollection.update(s.id, (x) => ({
          ...x,
          name: String(body.name),
          email_config: body.email_config ? { email: body.email_config.email } : null,
          webhook_config: body.webhook_config ? { uri: body.webhook_config.uri } : null,
        }));
        return HttpResponse.json(subscriberWire(updated ?? s));
      },
    }),
    change<MockSubscriber>('delete', `${base}/lb/subscriber/:subscriberId`, 'subscriberId', 'subscriber', subscriberIn, {
      apply: (s) => {
        for (const lb of lbsCollection.all()) if (lb.subscriber_id === s.id) lbsCollection.update(lb.id, (l) => ({ ...l, subscriber_id: null }));
        lbSubscribersCollection.remove(s.id);
        return new HttpResponse(null, { status: 204 });
      },
    }),
    change<MockLb, { subscriber_id: string }>('post', `${base}/lb/:lbId/subscribe`, 'lbId', 'lb', lbIn, {
      check: (p, body, lb) => {
        if (!body.subscriber_id) p.required('subscriber_id');
        else if (!subscriberIn(lb.region, body.subscriber_id)) p.add('subscriber_id', `subscriber ${body.subscriber_id} not found in ${lb.region}`);
      },
      apply: (lb, body) => {
        const updated = lbsCollection.update(lb.id, (l) => ({ ...l, subscriber_id: String(body.subscriber_id), updated_at: new Date().toISOString() }));
        return HttpResponse.json(lbWire(updated ?? lb));
      },
    }),
    change<MockLb>('delete', `${base}/lb/:lbId/unsubscribe`, 'lbId', 'lb', lbIn, {
      apply: (lb) => {
        const updated = lbsCollection.update(lb.id, (l) => ({ ...l, subscriber_id: null, updated_at: new Date().toISOString() }));
        return HttpResponse.json(lbWire(updated ?? lb));
      },
    }),
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
