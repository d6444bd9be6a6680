import { HttpResponse, type HttpHandler } from 'msw';
import {
  FORWARD_PORT_ALGORITHMS,
  HEALTH_CHECK_TYPES,
  ON_MARKED_DOWN_ACTIONS,
  PROTOCOLS,
  PROXY_PROTOCOLS,
  STICKY_SESSIONS_TYPES,
  type BackendSettings,
  type CreateBackendRequest,
  type HealthCheck,
  type HealthCheckInput,
  type ListBackendsResponse,
  type ServerIpsRequest,
} from '../../src/api/scaleway-lb/types';
import { backendDefaults, type MockBackend, type MockLb } from '../seed/scaleway-lb';
import { lbAclsCollection, lbBackendsCollection, lbFrontendsCollection, lbRoutesCollection } from '../store/scaleway-lb';
import {
  change,
  checkCount,
  checkDuration,
  checkEnum,
  checkHostname,
  checkName,
  checkPort,
  checkServerIps,
  getOne,
  listUnder,
  precondition,
  Problems,
  withoutUndefined,
} from './scaleway-lb-kit';
import { backendIn, backendWire, lbIn, lockedOrTransient } from './scaleway-lb-model';
import { guardLb } from './scaleway-lb-common';

/** Scaleway Load Balancer API v1 mock: backends. The checks every endpoint shares are in scaleway-lb-kit.ts. */

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

export function backendHandlers(base: string): HttpHandler[] {
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

export function frontendHasHttpAcls(frontendId: string): boolean {
  return lbAclsCollection.all().some((a) => a.frontend_id === frontendId && a.match && a.match.http_filter !== 'acl_http_filter_none');
}
