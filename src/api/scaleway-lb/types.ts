import * as z from 'zod/mini';

/**
 * Wire format of the Scaleway Load Balancer API v1, regional paths
 * (`/lb/v1/regions/{region}/…`), as in @scaleway/sdk-lb's marshalling.gen.js:
 * snake_case, RFC 3339 dates, protobuf durations as strings ("5s", see
 * duration.ts). Enums fall back to an 'unknown' member so a value Scaleway
 * adds later does not break the pages; nested objects the API embeds
 * (backend.lb, frontend.backend, acl.frontend…) are kept as it sends them.
 */

/** Lists the API may omit or send as null read as empty. */
const list = <T extends z.ZodMiniType>(item: T) => z.pipe(z.nullish(z.array(item)), z.transform((v) => v ?? []));
const date = z.nullish(z.string());
/** Where a zonal resource lives: its zone, and the region when the API says it. */
const zonal = { region: z.nullish(z.string()), zone: z.string() };
const catchEnum = <const V extends readonly [string, ...string[]], F extends V[number]>(values: V, fallback: F) => z.catch(z.enum(values), fallback);

export const LB_STATUSES = ['unknown', 'ready', 'pending', 'stopped', 'error', 'locked', 'migrating', 'to_create', 'creating', 'to_delete', 'deleting'] as const;
export type LbStatus = (typeof LB_STATUSES)[number];
/** As the SDK's content.gen.js: a load balancer in these states is still changing. */
export const LB_TRANSIENT_STATUSES: readonly LbStatus[] = ['pending', 'migrating', 'to_create', 'creating', 'to_delete', 'deleting'];

/** A load balancer being created, migrated or deleted settles on its own: views follow it. */
export function isLbTransient(status: LbStatus | undefined): boolean {
  return status !== undefined && LB_TRANSIENT_STATUSES.includes(status);
}

export const INSTANCE_STATUSES = ['unknown', 'ready', 'pending', 'stopped', 'error', 'locked', 'migrating'] as const;

export const SSL_COMPATIBILITY_LEVELS = ['ssl_compatibility_level_intermediate', 'ssl_compatibility_level_modern', 'ssl_compatibility_level_old'] as const;
export type SslCompatibilityLevel = (typeof SSL_COMPATIBILITY_LEVELS)[number] | 'ssl_compatibility_level_unknown';

export const LB_ORDER_BY = ['created_at_asc', 'created_at_desc', 'name_asc', 'name_desc'] as const;
export type LbOrderBy = (typeof LB_ORDER_BY)[number];
/** Backends, frontends and ACLs sort the same way as load balancers. */
export const CHILD_ORDER_BY = LB_ORDER_BY;
export type ChildOrderBy = LbOrderBy;
/** Private networks sort by attachment date only. */
export const PRIVATE_NETWORK_ORDER_BY = ['created_at_asc', 'created_at_desc'] as const;
export type PrivateNetworkOrderBy = (typeof PRIVATE_NETWORK_ORDER_BY)[number];

export const PROTOCOLS = ['tcp', 'http'] as const;
export type Protocol = (typeof PROTOCOLS)[number];
export const FORWARD_PORT_ALGORITHMS = ['roundrobin', 'leastconn', 'first'] as const;
export type ForwardPortAlgorithm = (typeof FORWARD_PORT_ALGORITHMS)[number];
export const STICKY_SESSIONS_TYPES = ['none', 'cookie', 'table'] as const;
export type StickySessionsType = (typeof STICKY_SESSIONS_TYPES)[number];
export const ON_MARKED_DOWN_ACTIONS = ['on_marked_down_action_none', 'shutdown_sessions'] as const;
export type OnMarkedDownAction = (typeof ON_MARKED_DOWN_ACTIONS)[number];
export const PROXY_PROTOCOLS = ['proxy_protocol_none', 'proxy_protocol_v1', 'proxy_protocol_v2', 'proxy_protocol_v2_ssl', 'proxy_protocol_v2_ssl_cn'] as const;
export type ProxyProtocol = (typeof PROXY_PROTOCOLS)[number] | 'proxy_protocol_unknown';

export const ACL_ACTION_TYPES = ['allow', 'deny', 'redirect'] as const;
export type AclActionType = (typeof ACL_ACTION_TYPES)[number];
export const ACL_REDIRECT_TYPES = ['location', 'scheme'] as const;
export type AclRedirectType = (typeof ACL_REDIRECT_TYPES)[number];
/** Exactly the SDK's AclHttpFilter enum. Kept as a plain string on the wire: an unknown filter must not read as "no filter". */
export const ACL_HTTP_FILTERS = ['acl_http_filter_none', 'path_begin', 'path_end', 'regex', 'http_header_match'] as const;
export type AclHttpFilter = (typeof ACL_HTTP_FILTERS)[number];
export const ACL_REDIRECT_CODES = [301, 302, 303, 307, 308] as const;

export const CERTIFICATE_STATUSES = ['pending', 'ready', 'error'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number] | 'unknown';
/** "letsencryt" is how the API spells it. */
export const CERTIFICATE_TYPES = ['letsencryt', 'custom'] as const;
export type CertificateType = (typeof CERTIFICATE_TYPES)[number] | 'unknown';

export const PRIVATE_NETWORK_STATUSES = ['unknown', 'ready', 'pending', 'error'] as const;
export const LB_TYPE_STOCKS = ['unknown', 'low_stock', 'out_of_stock', 'available'] as const;
export type LbTypeStock = (typeof LB_TYPE_STOCKS)[number];
export const SERVER_STATES = ['unknown', 'stopped', 'starting', 'running', 'stopping'] as const;
export type ServerState = (typeof SERVER_STATES)[number];
export const HEALTH_CHECK_STATUSES = ['unknown', 'neutral', 'failed', 'passed', 'condpass'] as const;
export type HealthCheckStatus = (typeof HEALTH_CHECK_STATUSES)[number];
export const IP_TYPES = ['all', 'ipv4', 'ipv6'] as const;
export type IpType = (typeof IP_TYPES)[number];

export const ipSchema = z.object({
  id: z.string(),
  ip_address: z.string(),
  organization_id: z.string(),
  project_id: z.string(),
  lb_id: z.nullish(z.string()),
  reverse: z.catch(z.string(), ''),
  tags: list(z.string()),
  ...zonal,
});
export type Ip = z.infer<typeof ipSchema>;

export const instanceSchema = z.object({
  id: z.string(),
  status: catchEnum(INSTANCE_STATUSES, 'unknown'),
  ip_address: z.catch(z.string(), ''),
  created_at: date,
  updated_at: date,
  ...zonal,
});
export type Instance = z.infer<typeof instanceSchema>;

export const subscriberSchema = z.object({
  id: z.string(),
  name: z.string(),
  email_config: z.nullish(z.object({ email: z.string() })),
  webhook_config: z.nullish(z.object({ uri: z.string() })),
});
export type Subscriber = z.infer<typeof subscriberSchema>;

export const lbSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.catch(z.string(), ''),
  status: catchEnum(LB_STATUSES, 'unknown'),
  instances: list(instanceSchema),
  organization_id: z.string(),
  project_id: z.string(),
  ip: list(ipSchema),
  tags: list(z.string()),
  frontend_count: z.number(),
  backend_count: z.number(),
  type: z.string(),
  subscriber: z.nullish(subscriberSchema),
  ssl_compatibility_level: catchEnum([...SSL_COMPATIBILITY_LEVELS, 'ssl_compatibility_level_unknown'], 'ssl_compatibility_level_unknown'),
  created_at: date,
  updated_at: date,
  private_network_count: z.catch(z.number(), 0),
  route_count: z.catch(z.number(), 0),
  ...zonal,
});
export type Lb = z.infer<typeof lbSchema>;

const httpCheckFields = {
  uri: z.string(),
  method: z.string(),
  code: z.nullish(z.number()),
  host_header: z.catch(z.string(), ''),
};

export const healthCheckSchema = z.object({
  port: z.number(),
  check_delay: z.nullish(z.string()),
  check_timeout: z.nullish(z.string()),
  check_max_retries: z.number(),
  check_send_proxy: z.catch(z.boolean(), false),
  transient_check_delay: z.nullish(z.string()),
  tcp_config: z.nullish(z.object({})),
  mysql_config: z.nullish(z.object({ user: z.string() })),
  pgsql_config: z.nullish(z.object({ user: z.string() })),
  ldap_config: z.nullish(z.object({})),
  redis_config: z.nullish(z.object({})),
  http_config: z.nullish(z.object(httpCheckFields)),
  https_config: z.nullish(z.object({ ...httpCheckFields, sni: z.catch(z.string(), '') })),
});
export type HealthCheck = z.infer<typeof healthCheckSchema>;

export const HEALTH_CHECK_TYPES = ['tcp', 'http', 'https', 'mysql', 'pgsql', 'ldap', 'redis'] as const;
export type HealthCheckType = (typeof HEALTH_CHECK_TYPES)[number];

/** Which one-of config a health check carries (TCP when none is set, as the API defaults). */
export function healthCheckType(check: HealthCheck | null | undefined): HealthCheckType {
  if (!check) return 'tcp';
  for (const type of HEALTH_CHECK_TYPES) if (check[`${type}_config`]) return type;
  return 'tcp';
}

export const backendSchema = z.object({
  id: z.string(),
  name: z.string(),
  forward_protocol: catchEnum(PROTOCOLS, 'tcp'),
  forward_port: z.number(),
  forward_port_algorithm: catchEnum(FORWARD_PORT_ALGORITHMS, 'roundrobin'),
  sticky_sessions: catchEnum(STICKY_SESSIONS_TYPES, 'none'),
  sticky_sessions_cookie_name: z.catch(z.string(), ''),
  health_check: z.nullish(healthCheckSchema),
  pool: list(z.string()),
  lb: z.nullish(lbSchema),
  send_proxy_v2: z.nullish(z.boolean()),
  timeout_server: z.nullish(z.string()),
  timeout_connect: z.nullish(z.string()),
  timeout_tunnel: z.nullish(z.string()),
  on_marked_down_action: catchEnum(ON_MARKED_DOWN_ACTIONS, 'on_marked_down_action_none'),
  proxy_protocol: catchEnum([...PROXY_PROTOCOLS, 'proxy_protocol_unknown'], 'proxy_protocol_unknown'),
  created_at: date,
  updated_at: date,
  failover_host: z.nullish(z.string()),
  ssl_bridging: z.nullish(z.boolean()),
  ignore_ssl_server_verify: z.nullish(z.boolean()),
  redispatch_attempt_count: z.nullish(z.number()),
  max_retries: z.nullish(z.number()),
  max_connections: z.nullish(z.number()),
  timeout_queue: z.nullish(z.string()),
});
export type Backend = z.infer<typeof backendSchema>;

export const certificateSchema = z.object({
  type: catchEnum([...CERTIFICATE_TYPES, 'unknown'], 'unknown'),
  id: z.string(),
  common_name: z.catch(z.string(), ''),
  subject_alternative_name: list(z.string()),
  fingerprint: z.catch(z.string(), ''),
  not_valid_before: date,
  not_valid_after: date,
  status: catchEnum([...CERTIFICATE_STATUSES, 'unknown'], 'unknown'),
  lb: z.nullish(lbSchema),
  name: z.string(),
  created_at: date,
  updated_at: date,
  status_details: z.nullish(z.string()),
});
export type Certificate = z.infer<typeof certificateSchema>;

export const frontendSchema = z.object({
  id: z.string(),
  name: z.string(),
  inbound_port: z.number(),
  backend: z.nullish(backendSchema),
  lb: z.nullish(lbSchema),
  timeout_client: z.nullish(z.string()),
  certificate: z.nullish(certificateSchema),
  certificate_ids: list(z.string()),
  created_at: date,
  updated_at: date,
  enable_http3: z.catch(z.boolean(), false),
  connection_rate_limit: z.nullish(z.number()),
  enable_access_logs: z.catch(z.boolean(), false),
});
export type Frontend = z.infer<typeof frontendSchema>;

export const aclMatchSchema = z.object({
  ip_subnet: list(z.string()),
  ips_edge_services: z.catch(z.boolean(), false),
  http_filter: z.catch(z.string(), 'acl_http_filter_none'),
  http_filter_value: list(z.string()),
  http_filter_option: z.nullish(z.string()),
  invert: z.catch(z.boolean(), false),
});
export type AclMatch = z.infer<typeof aclMatchSchema>;

export const aclActionSchema = z.object({
  type: catchEnum([...ACL_ACTION_TYPES, 'unknown'], 'unknown'),
  redirect: z.nullish(
    z.object({
      type: catchEnum(ACL_REDIRECT_TYPES, 'location'),
      target: z.catch(z.string(), ''),
      code: z.nullish(z.number()),
    }),
  ),
});
export type AclAction = z.infer<typeof aclActionSchema>;

export const aclSchema = z.object({
  id: z.string(),
  name: z.string(),
  match: z.nullish(aclMatchSchema),
  action: z.nullish(aclActionSchema),
  frontend: z.nullish(frontendSchema),
  index: z.number(),
  created_at: date,
  updated_at: date,
  description: z.catch(z.string(), ''),
});
export type Acl = z.infer<typeof aclSchema>;

export const routeMatchSchema = z.object({
  sni: z.nullish(z.string()),
  host_header: z.nullish(z.string()),
  path_begin: z.nullish(z.string()),
  match_subdomains: z.catch(z.boolean(), false),
});
export type RouteMatch = z.infer<typeof routeMatchSchema>;

export const routeSchema = z.object({
  id: z.string(),
  frontend_id: z.string(),
  backend_id: z.string(),
  match: z.nullish(routeMatchSchema),
  created_at: date,
  updated_at: date,
});
export type Route = z.infer<typeof routeSchema>;

export const privateNetworkSchema = z.object({
  lb: z.nullish(lbSchema),
  ipam_ids: list(z.string()),
  static_config: z.nullish(z.object({ ip_address: z.nullish(z.array(z.string())) })),
  dhcp_config: z.nullish(z.object({ ip_id: z.nullish(z.string()) })),
  ipam_config: z.nullish(z.object({})),
  private_network_id: z.string(),
  status: catchEnum(PRIVATE_NETWORK_STATUSES, 'unknown'),
  created_at: date,
  updated_at: date,
});
export type PrivateNetwork = z.infer<typeof privateNetworkSchema>;

export const lbTypeSchema = z.object({
  name: z.string(),
  stock_status: catchEnum(LB_TYPE_STOCKS, 'unknown'),
  description: z.catch(z.string(), ''),
  ...zonal,
});
export type LbType = z.infer<typeof lbTypeSchema>;

export const backendServerStatsSchema = z.object({
  instance_id: z.string(),
  backend_id: z.string(),
  ip: z.string(),
  server_state: catchEnum(SERVER_STATES, 'unknown'),
  server_state_changed_at: date,
  last_health_check_status: catchEnum(HEALTH_CHECK_STATUSES, 'unknown'),
});
export type BackendServerStats = z.infer<typeof backendServerStatsSchema>;

export const listLbsResponseSchema = z.object({ lbs: list(lbSchema), total_count: z.number() });
export type ListLbsResponse = z.infer<typeof listLbsResponseSchema>;
export const listIpsResponseSchema = z.object({ ips: list(ipSchema), total_count: z.number() });
export type ListIpsResponse = z.infer<typeof listIpsResponseSchema>;
export const listBackendsResponseSchema = z.object({ backends: list(backendSchema), total_count: z.number() });
export type ListBackendsResponse = z.infer<typeof listBackendsResponseSchema>;
export const listFrontendsResponseSchema = z.object({ frontends: list(frontendSchema), total_count: z.number() });
export type ListFrontendsResponse = z.infer<typeof listFrontendsResponseSchema>;
export const listAclsResponseSchema = z.object({ acls: list(aclSchema), total_count: z.number() });
export type ListAclsResponse = z.infer<typeof listAclsResponseSchema>;
export const listCertificatesResponseSchema = z.object({ certificates: list(certificateSchema), total_count: z.number() });
export type ListCertificatesResponse = z.infer<typeof listCertificatesResponseSchema>;
export const listRoutesResponseSchema = z.object({ routes: list(routeSchema), total_count: z.number() });
export type ListRoutesResponse = z.infer<typeof listRoutesResponseSchema>;
export const listPrivateNetworksResponseSchema = z.object({ private_network: list(privateNetworkSchema), total_count: z.number() });
export type ListPrivateNetworksResponse = z.infer<typeof listPrivateNetworksResponseSchema>;
export const listLbTypesResponseSchema = z.object({ lb_types: list(lbTypeSchema), total_count: z.number() });
export type ListLbTypesResponse = z.infer<typeof listLbTypesResponseSchema>;
export const listSubscribersResponseSchema = z.object({ subscribers: list(subscriberSchema), total_count: z.number() });
export type ListSubscribersResponse = z.infer<typeof listSubscribersResponseSchema>;
export const listBackendStatsResponseSchema = z.object({ backend_servers_stats: list(backendServerStatsSchema), total_count: z.number() });
export type ListBackendStatsResponse = z.infer<typeof listBackendStatsResponseSchema>;
export const lbStatsSchema = z.object({ backend_servers_stats: list(backendServerStatsSchema) });
export type LbStats = z.infer<typeof lbStatsSchema>;

// Request bodies, as the SDK marshals them.

export interface ListParams {
  page?: number;
  page_size?: number;
}

export interface ListLbsParams extends ListParams {
  order_by?: LbOrderBy;
  name?: string;
  tags?: readonly string[];
  project_id?: string;
  organization_id?: string;
}

export interface ListIpsParams extends ListParams {
  ip_address?: string;
  ip_type?: IpType;
  tags?: readonly string[];
  project_id?: string;
  organization_id?: string;
}

export interface CreateLbRequest {
  project_id: string;
  name: string;
  description: string;
  type: string;
  tags?: string[];
  ssl_compatibility_level?: SslCompatibilityLevel;
  assign_flexible_ip?: boolean;
  assign_flexible_ipv6?: boolean;
  ip_ids?: string[];
}

export interface UpdateLbRequest {
  name: string;
  description: string;
  tags?: string[];
  ssl_compatibility_level?: SslCompatibilityLevel;
}

export interface MigrateLbRequest {
  type: string;
}

export interface CreateIpRequest {
  project_id: string;
  is_ipv6: boolean;
  reverse?: string;
  tags?: string[];
}

export interface UpdateIpRequest {
  reverse?: string;
  /** Attach to this load balancer; `null` detaches (an attached IP cannot be released). Absent: unchanged. */
  lb_id?: string | null;
  tags?: string[];
}

export interface HttpCheckConfigInput {
  uri: string;
  method: string;
  code?: number;
  host_header: string;
}

export interface HealthCheckInput {
  port: number;
  check_delay?: string;
  check_timeout?: string;
  check_max_retries: number;
  check_send_proxy: boolean;
  transient_check_delay?: string;
  tcp_config?: Record<string, never>;
  mysql_config?: { user: string };
  pgsql_config?: { user: string };
  ldap_config?: Record<string, never>;
  redis_config?: Record<string, never>;
  http_config?: HttpCheckConfigInput;
  https_config?: HttpCheckConfigInput & { sni: string };
}

export interface BackendSettings {
  name: string;
  forward_protocol: Protocol;
  forward_port: number;
  forward_port_algorithm: ForwardPortAlgorithm;
  sticky_sessions: StickySessionsType;
  sticky_sessions_cookie_name: string;
  timeout_server?: string;
  timeout_connect?: string;
  timeout_tunnel?: string;
  on_marked_down_action?: OnMarkedDownAction;
  proxy_protocol?: ProxyProtocol;
  failover_host?: string;
  ssl_bridging?: boolean;
  ignore_ssl_server_verify?: boolean;
  redispatch_attempt_count?: number;
  max_retries?: number;
  max_connections?: number;
  timeout_queue?: string;
}

export interface CreateBackendRequest extends BackendSettings {
  health_check: HealthCheckInput;
  server_ip: string[];
}

export type UpdateBackendRequest = BackendSettings;

export interface ServerIpsRequest {
  server_ip: string[];
}

export interface FrontendSettings {
  name: string;
  inbound_port: number;
  backend_id: string;
  timeout_client?: string;
  certificate_ids?: string[];
  enable_http3: boolean;
  connection_rate_limit?: number;
  enable_access_logs: boolean;
}

export type CreateFrontendRequest = FrontendSettings;
export type UpdateFrontendRequest = FrontendSettings;

export interface AclMatchInput {
  ip_subnet: string[];
  ips_edge_services: boolean;
  http_filter: AclHttpFilter;
  http_filter_value: string[];
  http_filter_option?: string;
  invert: boolean;
}

export interface AclActionInput {
  type: AclActionType;
  redirect?: { type: AclRedirectType; target: string; code?: number };
}

export interface AclInput {
  name: string;
  action: AclActionInput;
  match: AclMatchInput;
  index: number;
  description: string;
}

export interface CreateCertificateRequest {
  name: string;
  letsencrypt?: { common_name: string; subject_alternative_name: string[] };
  custom_certificate?: { certificate_chain: string };
}

export interface UpdateCertificateRequest {
  name: string;
}

export interface RouteMatchInput {
  sni?: string;
  host_header?: string;
  path_begin?: string;
  match_subdomains: boolean;
}

export interface CreateRouteRequest {
  frontend_id: string;
  backend_id: string;
  match: RouteMatchInput;
}

export interface UpdateRouteRequest {
  backend_id: string;
  match: RouteMatchInput;
}

export interface AttachPrivateNetworkRequest {
  ipam_ids?: string[];
}

export interface SubscriberInput {
  name: string;
  email_config?: { email: string };
  webhook_config?: { uri: string };
}

export interface CreateSubscriberRequest extends SubscriberInput {
  project_id: string;
}

export type UpdateSubscriberRequest = SubscriberInput;

/** The API's limits, mirrored so forms say it first. */
export const LB_PAGE_SIZE_MAX = 100;
export const LB_NAME_MAX = 255;
export const PORT_MIN = 1;
export const PORT_MAX = 65535;
export const DEFAULT_LB_TYPE = 'LB-S';
