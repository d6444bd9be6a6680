import { durationToMs, msToDuration } from '../../../api/scaleway-lb/duration';
import {
  healthCheckType,
  type Backend,
  type BackendSettings,
  type ForwardPortAlgorithm,
  type HealthCheckInput,
  type HealthCheckType,
  type OnMarkedDownAction,
  type Protocol,
  type ProxyProtocol,
  type StickySessionsType,
} from '../../../api/scaleway-lb/types';
import { formatIp, parseIp, splitList } from '../../../lib/ip';
import { validateLbName, validateOptionalMs } from './lb-validation';
import { validateHostname, validatePort } from '../../../lib/validators';

/** Form values of a backend: numbers as typed ('' when empty), durations in milliseconds. */
export interface BackendValues {
  name: string;
  forward_protocol: Protocol;
  forward_port: number | string;
  forward_port_algorithm: ForwardPortAlgorithm;
  sticky_sessions: StickySessionsType;
  sticky_sessions_cookie_name: string;
  servers: string;
  timeout_server_ms: number | string;
  timeout_connect_ms: number | string;
  timeout_tunnel_ms: number | string;
  timeout_queue_ms: number | string;
  on_marked_down_action: OnMarkedDownAction;
  proxy_protocol: Exclude<ProxyProtocol, 'proxy_protocol_unknown'>;
  failover_host: string;
  ssl_bridging: boolean;
  ignore_ssl_server_verify: boolean;
  redispatch_attempt_count: number | string;
  max_retries: number | string;
  max_connections: number | string;
  hc_type: HealthCheckType;
  hc_port: number | string;
  hc_delay_ms: number | string;
  hc_timeout_ms: number | string;
  hc_max_retries: number | string;
  hc_transient_delay_ms: number | string;
  hc_send_proxy: boolean;
  hc_uri: string;
  hc_method: string;
  hc_code: number | string;
  hc_host_header: string;
  hc_sni: string;
  hc_user: string;
  [key: string]: unknown;
}

const ms = (value: string | null | undefined, fallback: number | string = ''): number | string => durationToMs(value) ?? fallback;
const num = (value: number | null | undefined, fallback: number | string = ''): number | string => (typeof value === 'number' ? value : fallback);

export function backendToValues(backend?: Backend): BackendValues {
  const hc = backend?.health_check;
  const http = hc?.http_config ?? hc?.https_config;
  return {
    name: backend?.name ?? '',
    forward_protocol: backend?.forward_protocol ?? 'http',
    forward_port: backend?.forward_port ?? '',
    forward_port_algorithm: backend?.forward_port_algorithm ?? 'roundrobin',
    sticky_sessions: backend?.sticky_sessions ?? 'none',
    sticky_sessions_cookie_name: backend?.sticky_sessions_cookie_name ?? '',
    servers: backend?.pool.join('\n') ?? '',
    timeout_server_ms: ms(backend?.timeout_server, backend ? '' : 5000),
    timeout_connect_ms: ms(backend?.timeout_connect, backend ? '' : 5000),
    timeout_tunnel_ms: ms(backend?.timeout_tunnel, backend ? '' : 900_000),
    timeout_queue_ms: ms(backend?.timeout_queue),
    on_marked_down_action: backend?.on_marked_down_action ?? 'on_marked_down_action_none',
    proxy_protocol: backend && backend.proxy_protocol !== 'proxy_protocol_unknown' ? backend.proxy_protocol : 'proxy_protocol_none',
    failover_host: backend?.failover_host ?? '',
    ssl_bridging: backend?.ssl_bridging ?? false,
    ignore_ssl_server_verify: backend?.ignore_ssl_server_verify ?? false,
    redispatch_attempt_count: num(backend?.redispatch_attempt_count, backend ? '' : 0),
    max_retries: num(backend?.max_retries, backend ? '' : 3),
    max_connections: num(backend?.max_connections),
    hc_type: backend ? healthCheckType(hc) : 'tcp',
    hc_port: hc?.port ?? '',
    hc_delay_ms: ms(hc?.check_delay, backend ? '' : 3000),
    hc_timeout_ms: ms(hc?.check_timeout, backend ? '' : 1000),
    hc_max_retries: hc?.check_max_retries ?? 3,
    hc_transient_delay_ms: ms(hc?.transient_check_delay, backend ? '' : 500),
    hc_send_proxy: hc?.check_send_proxy ?? false,
    hc_uri: http?.uri ?? '/health',
    hc_method: http?.method ?? 'GET',
    hc_code: http?.code ?? 200,
    hc_host_header: http?.host_header ?? '',
    hc_sni: hc?.https_config?.sni ?? '',
    hc_user: hc?.mysql_config?.user ?? hc?.pgsql_config?.user ?? '',
  };
}

const optionalMs = (v: number | string): string | undefined => (v === '' ? undefined : msToDuration(Number(v)));
const optionalInt = (v: number | string): number | undefined => (v === '' ? undefined : Number(v));

export function valuesToSettings(v: BackendValues): BackendSettings {
  return {
    name: v.name.trim(),
    forward_protocol: v.forward_protocol,
    forward_port: Number(v.forward_port),
    forward_port_algorithm: v.forward_port_algorithm,
    sticky_sessions: v.sticky_sessions,
    sticky_sessions_cookie_name: v.sticky_sessions === 'cookie' ? v.sticky_sessions_cookie_name.trim() : '',
    timeout_server: optionalMs(v.timeout_server_ms),
    timeout_connect: optionalMs(v.timeout_connect_ms),
    timeout_tunnel: optionalMs(v.timeout_tunnel_ms),
    timeout_queue: optionalMs(v.timeout_queue_ms),
    on_marked_down_action: v.on_marked_down_action,
    proxy_protocol: v.proxy_protocol,
    failover_host: v.failover_host.trim(),
    ssl_bridging: v.ssl_bridging,
    ignore_ssl_server_verify: v.ssl_bridging && v.ignore_ssl_server_verify,
    redispatch_attempt_count: optionalInt(v.redispatch_attempt_count),
    max_retries: optionalInt(v.max_retries),
    max_connections: optionalInt(v.max_connections),
  };
}

/** The health check one-of: exactly one config object, the one of the chosen type. */
export function valuesToHealthCheck(v: BackendValues): HealthCheckInput {
  const base: HealthCheckInput = {
    port: v.hc_port === '' ? Number(v.forward_port) : Number(v.hc_port),
    check_delay: optionalMs(v.hc_delay_ms),
    check_timeout: optionalMs(v.hc_timeout_ms),
    check_max_retries: v.hc_max_retries === '' ? 3 : Number(v.hc_max_retries),
    check_send_proxy: v.hc_send_proxy,
    transient_check_delay: optionalMs(v.hc_transient_delay_ms),
  };
  const http = { uri: v.hc_uri.trim(), method: v.hc_method.trim().toUpperCase(), code: optionalInt(v.hc_code), host_header: v.hc_host_header.trim() };
  switch (v.hc_type) {
    case 'http':
      return { ...base, http_config: http };
    case 'https':
      return { ...base, https_config: { ...http, sni: v.hc_sni.trim() } };
    case 'mysql':
      return { ...base, mysql_config: { user: v.hc_user.trim() } };
    case 'pgsql':
      return { ...base, pgsql_config: { user: v.hc_user.trim() } };
    case 'ldap':
      return { ...base, ldap_config: {} };
    case 'redis':
      return { ...base, redis_config: {} };
    default:
      return { ...base, tcp_config: {} };
  }
}

export interface ServerListResult {
  addresses: string[];
  /** One message per bad entry, naming its line and value. */
  problems: string[];
}

/** Reads a server list as typed (one per line, or comma-separated) and says exactly which entry is wrong. */
export function parseServerList(text: string, { required = false } = {}): ServerListResult {
  const entries = splitList(text);
  const addresses: string[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const entry of entries) {
    const parsed = parseIp(entry.value);
    if (!parsed.ok) {
      problems.push(`Line ${entry.line} ("${entry.value}"): ${parsed.error}`);
      continue;
    }
    const canonical = formatIp(parsed.value);
    const firstLine = seen.get(canonical);
    if (firstLine !== undefined) problems.push(`Line ${entry.line} ("${entry.value}"): same server as line ${firstLine}`);
    else {
      seen.set(canonical, entry.line);
      addresses.push(entry.value);
    }
  }
  if (required && entries.length === 0) problems.push('Enter at least one server IP');
  return { addresses, problems };
}

export function validateServerList(text: string): string | null {
  const { problems } = parseServerList(text);
  return problems.length ? problems.join(' · ') : null;
}

const intIn = (min: number, max: number, label: string) => (v: number | string) => {
  if (v === '') return null;
  const n = Number(v);
  return Number.isInteger(n) && n >= min && n <= max ? null : `${label} is a whole number from ${min} to ${max}`;
};

export const backendValidation = {
  name: validateLbName,
  forward_port: (v: number | string) => validatePort(v === '' ? undefined : Number(v)),
  sticky_sessions: (v: StickySessionsType, values: BackendValues) => (v === 'cookie' && values.forward_protocol !== 'http' ? 'Cookie-based sticky sessions need the HTTP protocol' : null),
  sticky_sessions_cookie_name: (v: string, values: BackendValues) => {
    if (values.sticky_sessions !== 'cookie') return null;
    if (v.trim() === '') return 'Name the cookie';
    return /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(v.trim()) ? null : 'A cookie name has no spaces, commas, semicolons or quotes';
  },
  servers: validateServerList,
  timeout_server_ms: (v: number | string) => validateOptionalMs(v, { label: 'The server timeout' }),
  timeout_connect_ms: (v: number | string) => validateOptionalMs(v, { label: 'The connect timeout' }),
  timeout_tunnel_ms: (v: number | string) => validateOptionalMs(v, { label: 'The tunnel timeout' }),
  timeout_queue_ms: (v: number | string) => validateOptionalMs(v, { label: 'The queue timeout', max: 60_000 }),
  failover_host: (v: string) => validateHostname(v, { required: false }),
  redispatch_attempt_count: intIn(0, 10, 'Redispatch attempts'),
  max_retries: intIn(0, 100, 'Retries'),
  max_connections: intIn(0, 20_000, 'Maximum connections'),
  ignore_ssl_server_verify: (v: boolean, values: BackendValues) => (v && !values.ssl_bridging ? 'Only applies with SSL bridging' : null),
  hc_port: (v: number | string) => (v === '' ? null : validatePort(Number(v))),
  hc_delay_ms: (v: number | string) => validateOptionalMs(v, { label: 'The check delay' }),
  hc_timeout_ms: (v: number | string) => validateOptionalMs(v, { label: 'The check timeout' }),
  hc_transient_delay_ms: (v: number | string) => validateOptionalMs(v, { label: 'The transient check delay' }),
  hc_max_retries: intIn(0, 100, 'Retries'),
  hc_uri: (v: string, values: BackendValues) => (values.hc_type === 'http' || values.hc_type === 'https') && !v.trim().startsWith('/') ? 'A path starting with "/"' : null,
  hc_method: (v: string, values: BackendValues) => (values.hc_type === 'http' || values.hc_type === 'https') && !/^[A-Za-z]+$/.test(v.trim()) ? 'An HTTP method such as GET or HEAD' : null,
  hc_code: (v: number | string, values: BackendValues) => ((values.hc_type === 'http' || values.hc_type === 'https') && v !== '' && (Number(v) < 100 || Number(v) > 599) ? 'An HTTP status between 100 and 599' : null),
  hc_host_header: (v: string) => (/\s/.test(v.trim()) ? 'No spaces in a host header' : null),
  hc_user: (v: string, values: BackendValues) => ((values.hc_type === 'mysql' || values.hc_type === 'pgsql') && v.trim() === '' ? 'The database user the check logs in as' : null),
};

/** Where the API's field names land in the backend form. */
export const BACKEND_FIELD_MAP: Readonly<Record<string, string>> = {
  timeout_server: 'timeout_server_ms',
  timeout_connect: 'timeout_connect_ms',
  timeout_tunnel: 'timeout_tunnel_ms',
  timeout_queue: 'timeout_queue_ms',
  'health_check.port': 'hc_port',
  'health_check.check_delay': 'hc_delay_ms',
  'health_check.check_timeout': 'hc_timeout_ms',
  'health_check.check_max_retries': 'hc_max_retries',
  'health_check.transient_check_delay': 'hc_transient_delay_ms',
  'health_check.http_config.uri': 'hc_uri',
  'health_check.https_config.uri': 'hc_uri',
  'health_check.http_config.method': 'hc_method',
  'health_check.https_config.method': 'hc_method',
  'health_check.http_config.code': 'hc_code',
  'health_check.https_config.code': 'hc_code',
  'health_check.http_config.host_header': 'hc_host_header',
  'health_check.https_config.host_header': 'hc_host_header',
  'health_check.mysql_config.user': 'hc_user',
  'health_check.pgsql_config.user': 'hc_user',
};

/** The health check endpoint names its fields without the prefix. */
export const HEALTH_CHECK_FIELD_MAP: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(BACKEND_FIELD_MAP).filter(([k]) => k.startsWith('health_check.')).map(([k, v]) => [k.slice('health_check.'.length), v]));
