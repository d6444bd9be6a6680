import type {
  AclHttpFilter,
  CertificateStatus,
  CertificateType,
  ForwardPortAlgorithm,
  HealthCheckStatus,
  HealthCheckType,
  LbStatus,
  LbTypeStock,
  OnMarkedDownAction,
  ProxyProtocol,
  ServerState,
  SslCompatibilityLevel,
  StickySessionsType,
} from '../../../api/scaleway-lb/types';
import { isLbTransient } from '../../../api/scaleway-lb/types';
import type { CertificateHealth } from '../../../api/scaleway-lb/certificate-validity';

export const LB_STATUS_LABELS: Record<LbStatus, string> = {
  unknown: 'Unknown',
  ready: 'Ready',
  pending: 'Pending',
  stopped: 'Stopped',
  error: 'Error',
  locked: 'Locked',
  migrating: 'Migrating',
  to_create: 'Queued for creation',
  creating: 'Creating',
  to_delete: 'Queued for deletion',
  deleting: 'Deleting',
};

export const LB_STATUS_COLORS: Record<LbStatus, string> = {
  unknown: 'gray',
  ready: 'teal',
  pending: 'blue',
  stopped: 'gray',
  error: 'red',
  locked: 'orange',
  migrating: 'blue',
  to_create: 'blue',
  creating: 'blue',
  to_delete: 'orange',
  deleting: 'orange',
};


/** Configuration can only change on a settled, unlocked load balancer. */
export function lbChangeBlocker(status: LbStatus | undefined): string | null {
  if (status === undefined) return null;
  if (isLbTransient(status)) return `The load balancer is ${LB_STATUS_LABELS[status].toLowerCase()}: changes are possible once it is ready.`;
  if (status === 'locked') return 'The load balancer is locked by Scaleway: contact support to unlock it before changing it.';
  return null;
}

export const SSL_LEVELS: ReadonlyArray<{ value: Exclude<SslCompatibilityLevel, 'ssl_compatibility_level_unknown'>; label: string; description: string }> = [
  {
    value: 'ssl_compatibility_level_intermediate',
    label: 'Intermediate (recommended)',
    description: 'TLS 1.2 and 1.3. Works with nearly every client of the last ten years, including most device SDKs.',
  },
  {
    value: 'ssl_compatibility_level_modern',
    label: 'Modern',
    description: 'TLS 1.3 only. For fleets whose clients all support TLS 1.3; older firmware will fail to connect.',
  },
  {
    value: 'ssl_compatibility_level_old',
    label: 'Old',
    description: 'TLS 1.0 and later, with weak ciphers. Only as a last resort for very old devices you cannot update.',
  },
];

export const SSL_LEVEL_LABELS: Record<SslCompatibilityLevel, string> = {
  ssl_compatibility_level_intermediate: 'Intermediate (TLS 1.2+)',
  ssl_compatibility_level_modern: 'Modern (TLS 1.3)',
  ssl_compatibility_level_old: 'Old (TLS 1.0+)',
  ssl_compatibility_level_unknown: 'Unknown',
};

export const STOCK_LABELS: Record<LbTypeStock, string> = { available: 'Available', low_stock: 'Low stock', out_of_stock: 'Out of stock', unknown: 'Stock unknown' };

export const ALGORITHMS: ReadonlyArray<{ value: ForwardPortAlgorithm; label: string; description: string }> = [
  { value: 'roundrobin', label: 'Round robin', description: 'Each new connection goes to the next server in turn.' },
  { value: 'leastconn', label: 'Least connections', description: 'New connections go to the server with the fewest open ones: best for long-lived MQTT or WebSocket sessions.' },
  { value: 'first', label: 'First available', description: 'Fill the first server up to its connection limit before using the next.' },
];

export const STICKY_LABELS: Record<StickySessionsType, string> = { none: 'None', cookie: 'Cookie (HTTP)', table: 'Source IP table' };

export const PROXY_PROTOCOL_OPTIONS: ReadonlyArray<{ value: Exclude<ProxyProtocol, 'proxy_protocol_unknown'>; label: string }> = [
  { value: 'proxy_protocol_none', label: 'None' },
  { value: 'proxy_protocol_v1', label: 'PROXY protocol v1 (text)' },
  { value: 'proxy_protocol_v2', label: 'PROXY protocol v2 (binary)' },
  { value: 'proxy_protocol_v2_ssl', label: 'v2 with TLS information' },
  { value: 'proxy_protocol_v2_ssl_cn', label: 'v2 with TLS information and client certificate CN' },
];

export const PROXY_PROTOCOL_LABELS: Record<ProxyProtocol, string> = {
  proxy_protocol_unknown: 'Unknown',
  proxy_protocol_none: 'None',
  proxy_protocol_v1: 'v1',
  proxy_protocol_v2: 'v2',
  proxy_protocol_v2_ssl: 'v2 + TLS',
  proxy_protocol_v2_ssl_cn: 'v2 + TLS + CN',
};

export const ON_MARKED_DOWN_LABELS: Record<OnMarkedDownAction, string> = {
  on_marked_down_action_none: 'Keep open sessions',
  shutdown_sessions: 'Close open sessions',
};

export const HEALTH_CHECK_LABELS: Record<HealthCheckType, string> = {
  tcp: 'TCP',
  http: 'HTTP',
  https: 'HTTPS',
  mysql: 'MySQL',
  pgsql: 'PostgreSQL',
  ldap: 'LDAP',
  redis: 'Redis',
};

export const HEALTH_CHECK_DESCRIPTIONS: Record<HealthCheckType, string> = {
  tcp: 'The server accepts a TCP connection on the port.',
  http: 'An HTTP request returns the expected status.',
  https: 'An HTTPS request returns the expected status.',
  mysql: 'The server answers a MySQL handshake (MySQL 3.22 to 8.x) for the user.',
  pgsql: 'The server answers a PostgreSQL startup for the user.',
  ldap: 'The server answers an LDAPv3 bind.',
  redis: 'The server answers PING with +PONG.',
};

export const HTTP_FILTER_LABELS: Record<AclHttpFilter, string> = {
  acl_http_filter_none: 'No HTTP filter',
  path_begin: 'Path begins with',
  path_end: 'Path ends with',
  regex: 'Path matches regex',
  http_header_match: 'Header equals',
};

export const CERT_TYPE_LABELS: Record<CertificateType, string> = { letsencryt: "Let's Encrypt", custom: 'Imported', unknown: 'Unknown' };

export const CERT_STATUS_LABELS: Record<CertificateStatus, string> = { pending: 'Pending', ready: 'Ready', error: 'Error', unknown: 'Unknown' };

export const CERT_HEALTH: Record<CertificateHealth, { label: string; color: string }> = {
  pending: { label: 'Being issued', color: 'blue' },
  error: { label: 'Failed', color: 'red' },
  not_yet_valid: { label: 'Not yet valid', color: 'orange' },
  expired: { label: 'Expired', color: 'red' },
  expiring: { label: 'Expiring soon', color: 'orange' },
  valid: { label: 'Valid', color: 'teal' },
  unknown: { label: 'Unknown', color: 'gray' },
};

export const SERVER_STATE_LABELS: Record<ServerState, string> = { unknown: 'Unknown', stopped: 'Down', starting: 'Starting', running: 'Up', stopping: 'Stopping' };
export const CHECK_STATUS_LABELS: Record<HealthCheckStatus, string> = { unknown: 'Unknown', neutral: 'Not checked yet', failed: 'Failed', passed: 'Passed', condpass: 'Passed (conditional)' };
