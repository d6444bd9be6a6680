import type {
  Acl,
  AclAction,
  AclMatch,
  Backend,
  Certificate,
  Frontend,
  HealthCheck,
  Instance,
  Ip,
  Lb,
  LbType,
  PrivateNetwork,
  Protocol,
  Route,
  RouteMatch,
  Subscriber,
} from '../../src/api/scaleway-lb/types';
import { createRng } from '../lib/random';
import { ORGANIZATION_ID, PROJECT_PRODUCTION, PROJECT_STAGING } from './scaleway-iot-ids';
import { LB_IDS, LB_IP_ADDRESSES, LB_ORGANIZATIONS, LB_PROBLEMS } from './scaleway-lb-ids';

const PROBLEM_CERTIFICATES = LB_PROBLEMS.certificates;

/**
 * The mock keeps records flat (foreign keys) and assembles the nested wire
 * objects (backend.lb, frontend.backend…) on the way out, so a change to a
 * load balancer shows everywhere it is embedded.
 */

/** A change that happens on its own later, like the real API's transient states settling. */
export interface Settle<T> {
  at: number;
  patch: Partial<T>;
}

export type MockLb = Omit<Lb, 'ip' | 'frontend_count' | 'backend_count' | 'private_network_count' | 'route_count' | 'subscriber'> & {
  region: string;
  subscriber_id: string | null;
  settle: Array<Settle<MockLb>>;
};
export type MockIp = Ip & { region: string };
export type MockBackend = Omit<Backend, 'lb'> & { lb_id: string };
export type MockFrontend = Omit<Frontend, 'lb' | 'backend' | 'certificate'> & { lb_id: string; backend_id: string };
export type MockAcl = Omit<Acl, 'frontend'> & { frontend_id: string };
export type MockCertificate = Omit<Certificate, 'lb'> & { lb_id: string; settle: Array<Settle<MockCertificate>> };
export type MockRoute = Route & { region: string };
export type MockPrivateNetwork = Omit<PrivateNetwork, 'lb'> & { lb_id: string; settle: Array<Settle<MockPrivateNetwork>> };
export type MockSubscriber = Subscriber & { region: string; project_id: string; organization_id: string };

export interface LbSeed {
  lbs: MockLb[];
  ips: MockIp[];
  backends: MockBackend[];
  frontends: MockFrontend[];
  acls: MockAcl[];
  certificates: MockCertificate[];
  routes: MockRoute[];
  privateNetworks: MockPrivateNetwork[];
  subscribers: MockSubscriber[];
}

export const REGION_ZONES: Record<string, readonly string[]> = {
  'fr-par': ['fr-par-1', 'fr-par-2'],
  'nl-ams': ['nl-ams-1'],
  'pl-waw': ['pl-waw-1'],
};

/** The commercial offers, as the lb-types endpoint describes them. */
export const LB_TYPES: ReadonlyArray<Omit<LbType, 'zone' | 'region'> & { outOfStockIn?: readonly string[]; lowStockIn?: readonly string[] }> = [
  { name: 'LB-S', stock_status: 'available', description: 'Small: 200 Mbit/s bandwidth, 2 000 connections per second, for staging and small fleets' },
  { name: 'LB-GP-M', stock_status: 'available', description: 'General purpose medium: 500 Mbit/s bandwidth, 4 000 connections per second' },
  { name: 'LB-GP-L', stock_status: 'available', description: 'General purpose large: 1 Gbit/s bandwidth, 8 000 connections per second', lowStockIn: ['fr-par'] },
  { name: 'LB-GP-XL', stock_status: 'available', description: 'General purpose extra large: 4 Gbit/s bandwidth, 12 000 connections per second', outOfStockIn: ['pl-waw'] },
];

export function lbTypesFor(region: string): LbType[] {
  const zone = REGION_ZONES[region]?.[0] ?? `${region}-1`;
  return LB_TYPES.map(({ outOfStockIn, lowStockIn, ...t }) => ({
    ...t,
    stock_status: outOfStockIn?.includes(region) ? 'out_of_stock' : lowStockIn?.includes(region) ? 'low_stock' : t.stock_status,
    zone,
    region,
  }));
}

const DAY = 86_400_000;

export function defaultReverse(address: string, region: string): string {
  return address.includes(':') ? '' : `${address.replace(/\./g, '-')}.lb.${region}.scw.cloud`;
}

// Health checks

const checkTiming = { check_delay: '3s', check_timeout: '1s', check_max_retries: 3, check_send_proxy: false, transient_check_delay: '0.5s' };
const noConfigs = { tcp_config: null, mysql_config: null, pgsql_config: null, ldap_config: null, redis_config: null, http_config: null, https_config: null };
export const checks = {
  tcp: (port: number): HealthCheck => ({ ...checkTiming, ...noConfigs, port, tcp_config: {} }),
  http: (port: number, uri: string, code = 200, method = 'GET', hostHeader = ''): HealthCheck => ({ ...checkTiming, ...noConfigs, port, http_config: { uri, method, code, host_header: hostHeader } }),
  https: (port: number, uri: string, sni: string): HealthCheck => ({ ...checkTiming, ...noConfigs, port, https_config: { uri, method: 'GET', code: 200, host_header: '', sni } }),
  mysql: (port: number, user: string): HealthCheck => ({ ...checkTiming, ...noConfigs, port, mysql_config: { user } }),
  pgsql: (port: number, user: string): HealthCheck => ({ ...checkTiming, ...noConfigs, port, pgsql_config: { user } }),
  ldap: (port: number): HealthCheck => ({ ...checkTiming, ...noConfigs, port, ldap_config: {} }),
  redis: (port: number): HealthCheck => ({ ...checkTiming, ...noConfigs, port, redis_config: {} }),
};

// Declarative specs of the seeded load balancers

interface BackendSpec {
  name: string;
  protocol: Protocol;
  port: number;
  pool: string[];
  check: HealthCheck;
  extra?: Partial<MockBackend>;
}

interface AclSpec {
  name: string;
  index: number;
  action: AclAction;
  match: Partial<AclMatch>;
  description?: string;
}

interface FrontendSpec {
  name: string;
  port: number;
  backend: string;
  certificates?: string[];
  acls?: AclSpec[];
  extra?: Partial<MockFrontend>;
}

interface CertificateSpec {
  name: string;
  type: 'letsencryt' | 'custom';
  commonName: string;
  alternativeNames?: string[];
  /** Days from now; omitted for certificates that never became ready. */
  validForDays?: number;
  lifetimeDays?: number;
  status?: 'ready' | 'error' | 'pending';
  statusDetails?: string;
}

interface RouteSpec {
  frontend: string;
  backend: string;
  match: Partial<RouteMatch>;
}

interface LbSpec {
  id: string;
  name: string;
  region: string;
  zone: string;
  type: string;
  status: Lb['status'];
  description: string;
  tags: string[];
  ssl: Lb['ssl_compatibility_level'];
  project: string;
  /** The owning organization, when it is not the fleet's own. */
  organization?: string;
  ageDays: number;
  ips: Array<{ address: string; reverse?: string; tags?: string[] }>;
  subscriber?: string;
  backends: BackendSpec[];
  frontends: FrontendSpec[];
  certificates: CertificateSpec[];
  routes: RouteSpec[];
  privateNetworks?: number;
}

const allow: AclAction = { type: 'allow', redirect: null };
const deny: AclAction = { type: 'deny', redirect: null };
const redirect = (type: 'location' | 'scheme', target: string, code: number): AclAction => ({ type: 'redirect', redirect: { type, target, code } });
const everyone = ['0.0.0.0/0', '::/0'];

const SPECS: LbSpec[] = [
  {
    id: LB_IDS.mqttIngress,
    name: 'mqtt-ingress-par',
    region: 'fr-par',
    zone: 'fr-par-1',
    type: 'LB-GP-M',
    status: 'ready',
    description: 'MQTT over TLS and MQTT over WebSocket ingress for the device fleet.',
    tags: ['production', 'mqtt', 'fleet'],
    ssl: 'ssl_compatibility_level_intermediate',
    project: PROJECT_PRODUCTION,
    ageDays: 412,
    ips: [{ address: '51.159.24.17', reverse: 'mqtt.fleet.example.com', tags: ['mqtt'] }, { address: '2001:bc8:710:4a2::17' }],
    subscriber: 'ops-oncall',
    backends: [
      {
        name: 'mqtt-brokers',
        protocol: 'tcp',
        port: 1883,
        pool: ['10.12.0.11', '10.12.0.12', '10.12.0.13'],
        check: checks.tcp(1883),
        extra: { forward_port_algorithm: 'leastconn', proxy_protocol: 'proxy_protocol_v2', timeout_server: '300s', timeout_tunnel: '3600s', on_marked_down_action: 'shutdown_sessions' },
      },
      {
        name: 'ws-gateway',
        protocol: 'http',
        port: 8083,
        pool: ['10.12.0.21', '10.12.0.22'],
        check: checks.http(8083, '/healthz'),
        extra: { sticky_sessions: 'table', timeout_tunnel: '3600s' },
      },
    ],
    frontends: [
      {
        name: 'mqtts-8883',
        port: 8883,
        backend: 'mqtt-brokers',
        certificates: ['mqtt-fleet-le'],
        extra: { timeout_client: '300s', connection_rate_limit: 200, enable_access_logs: true },
        acls: [
          { name: 'block-abuse-ranges', index: 0, action: deny, match: { ip_subnet: ['192.0.2.0/24', '198.18.0.0/15'] }, description: 'Ranges seen brute-forcing device credentials.' },
          { name: 'block-retired-ipv6', index: 10, action: deny, match: { ip_subnet: ['2001:db8:dead::/48'] }, description: 'Prefix of the decommissioned cellular gateway.' },
        ],
      },
      {
        name: 'wss-443',
        port: 443,
        backend: 'ws-gateway',
        certificates: ['mqtt-fleet-le'],
        extra: { enable_http3: true, timeout_client: '60s' },
        acls: [
          { name: 'mqtt-path-only', index: 0, action: deny, match: { http_filter: 'path_begin', http_filter_value: ['/mqtt'], invert: true }, description: 'Only the /mqtt WebSocket endpoint is exposed.' },
          { name: 'block-mqtt-3-1', index: 10, action: deny, match: { http_filter: 'http_header_match', http_filter_option: 'Sec-WebSocket-Protocol', http_filter_value: ['mqttv3.1'] }, description: 'MQTT 3.1 clients are no longer supported.' },
        ],
      },
    ],
    certificates: [
      { name: 'mqtt-fleet-le', type: 'letsencryt', commonName: 'mqtt.fleet.example.com', alternativeNames: ['ws.fleet.example.com'], validForDays: 61.4 },
      // Left behind when the frontends moved to Let's Encrypt: expired, attached to nothing.
      { name: PROBLEM_CERTIFICATES.mqttFleet2025.name, type: 'custom', commonName: 'mqtt.fleet.example.com', validForDays: PROBLEM_CERTIFICATES.mqttFleet2025.daysLeft, lifetimeDays: 365 },
    ],
    routes: [
      { frontend: 'mqtts-8883', backend: 'mqtt-brokers', match: { sni: 'mqtt-eu.fleet.example.com' } },
      { frontend: 'wss-443', backend: 'ws-gateway', match: { host_header: 'ws.fleet.example.com' } },
    ],
    privateNetworks: 1,
  },
  {
    id: LB_IDS.deviceApi,
    name: 'device-api-par',
    region: 'fr-par',
    zone: 'fr-par-2',
    type: 'LB-GP-L',
    status: 'ready',
    description: 'Public device API, firmware downloads and operator dashboards.',
    tags: ['production', 'api', 'fleet'],
    ssl: 'ssl_compatibility_level_modern',
    project: PROJECT_PRODUCTION,
    ageDays: 380,
    ips: [{ address: '51.159.31.202', reverse: 'api.fleet.example.com' }],
    subscriber: 'ops-oncall',
    backends: [
      {
        name: 'api-v2',
        protocol: 'http',
        port: 8080,
        pool: ['10.20.1.11', '10.20.1.12', '10.20.1.13', '10.20.1.14'],
        check: checks.http(8080, '/health', 200, 'GET', 'api.fleet.example.com'),
        extra: { sticky_sessions: 'cookie', sticky_sessions_cookie_name: 'SRVID', max_connections: 500, timeout_queue: '5s', max_retries: 3, redispatch_attempt_count: 1 },
      },
      {
        name: 'firmware-cdn',
        protocol: 'http',
        port: 8081,
        pool: ['10.20.2.31', '10.20.2.32'],
        check: checks.http(8081, '/ready', 204, 'HEAD'),
        extra: { forward_port_algorithm: 'leastconn', failover_host: 'firmware-fallback.s3-website.fr-par.scw.cloud' },
      },
      {
        name: 'grafana',
        protocol: 'http',
        port: 3000,
        pool: ['10.20.3.5'],
        check: checks.https(3000, '/api/health', 'grafana.internal'),
        extra: { forward_port_algorithm: 'first', ssl_bridging: true, ignore_ssl_server_verify: true },
      },
    ],
    frontends: [
      {
        name: 'https-443',
        port: 443,
        backend: 'api-v2',
        certificates: ['api-fleet-le', 'fleet-wildcard'],
        extra: { enable_http3: true, connection_rate_limit: 1000, enable_access_logs: true, timeout_client: '30s' },
        acls: [
          { name: 'allow-office-admin', index: 0, action: allow, match: { ip_subnet: ['203.0.113.0/24', '2001:db8:ace::/48'], http_filter: 'path_begin', http_filter_value: ['/admin'] }, description: 'Operators on the office network reach the admin console.' },
          { name: 'deny-admin', index: 10, action: deny, match: { http_filter: 'path_begin', http_filter_value: ['/admin', '/internal'] }, description: 'Nobody else does.' },
          { name: 'no-debug-header', index: 20, action: deny, match: { http_filter: 'http_header_match', http_filter_option: 'X-Debug', http_filter_value: ['1', 'true'] }, description: 'Debug mode is for staging only.' },
          { name: 'deny-probes', index: 30, action: deny, match: { http_filter: 'path_end', http_filter_value: ['.php', '.env', '.git'] }, description: 'Vulnerability scanners.' },
          { name: 'docs-redirect', index: 40, action: redirect('location', 'https://docs.fleet.example.com{{path}}', 301), match: { http_filter: 'path_begin', http_filter_value: ['/docs'] } },
          { name: 'retired-v1', index: 50, action: deny, match: { http_filter: 'regex', http_filter_value: ['^/v1/(devices|telemetry)'] }, description: 'API v1 was retired in March.' },
        ],
      },
      {
        name: 'http-80',
        port: 80,
        backend: 'api-v2',
        acls: [{ name: 'https-only', index: 0, action: redirect('scheme', 'https', 301), match: { ip_subnet: everyone }, description: 'Plain HTTP is redirected to HTTPS.' }],
      },
    ],
    certificates: [
      { name: 'api-fleet-le', type: 'letsencryt', commonName: 'api.fleet.example.com', alternativeNames: ['ota.fleet.example.com', 'grafana.fleet.example.com'], validForDays: 47.3 },
      { name: PROBLEM_CERTIFICATES.fleetWildcard.name, type: 'custom', commonName: '*.fleet.example.com', alternativeNames: ['fleet.example.com'], validForDays: PROBLEM_CERTIFICATES.fleetWildcard.daysLeft, lifetimeDays: 365 },
    ],
    routes: [
      { frontend: 'https-443', backend: 'grafana', match: { host_header: 'grafana.fleet.example.com' } },
      { frontend: 'https-443', backend: 'firmware-cdn', match: { host_header: 'ota.fleet.example.com', match_subdomains: true } },
    ],
  },
  {
    id: LB_IDS.otaUpdates,
    name: 'ota-updates',
    region: 'fr-par',
    zone: 'fr-par-1',
    type: 'LB-S',
    status: 'ready',
    description: 'Firmware images for over-the-air updates.',
    tags: ['production', 'firmware'],
    ssl: 'ssl_compatibility_level_intermediate',
    project: PROJECT_PRODUCTION,
    ageDays: 290,
    ips: [{ address: LB_IP_ADDRESSES.otaUpdates, tags: ['ota'] }],
    backends: [
      { name: 'ota-storage', protocol: 'http', port: 80, pool: ['10.30.0.10', '10.30.0.11'], check: checks.http(80, '/status'), extra: { failover_host: 'ota-fallback.s3-website.fr-par.scw.cloud' } },
      { name: 'ota-metadata', protocol: 'http', port: 8080, pool: ['10.30.0.20'], check: checks.http(8080, '/') },
    ],
    frontends: [
      {
        name: 'https-443',
        port: 443,
        backend: 'ota-storage',
        certificates: ['ota-le'],
        acls: [
          { name: 'allow-signed-agents', index: 0, action: allow, match: { http_filter: 'http_header_match', http_filter_option: 'X-Fleet-Agent', http_filter_value: ['ota-agent/3', 'ota-agent/4'] } },
          { name: 'deny-others', index: 10, action: deny, match: { ip_subnet: everyone } },
        ],
      },
    ],
    certificates: [{ name: 'ota-le', type: 'letsencryt', commonName: 'ota.fleet.example.com', alternativeNames: ['meta.ota.fleet.example.com'], validForDays: 70.2 }],
    routes: [{ frontend: 'https-443', backend: 'ota-metadata', match: { host_header: 'meta.ota.fleet.example.com' } }],
  },
  {
    id: LB_IDS.stagingGateway,
    name: 'staging-gateway',
    region: 'fr-par',
    zone: 'fr-par-2',
    type: 'LB-S',
    status: 'ready',
    description: 'Staging API and broker, for firmware teams.',
    tags: ['staging', 'api'],
    ssl: 'ssl_compatibility_level_old',
    project: PROJECT_STAGING,
    organization: LB_ORGANIZATIONS.contractor,
    ageDays: 120,
    ips: [{ address: '51.159.40.3' }],
    backends: [
      { name: 'staging-api', protocol: 'http', port: 8080, pool: ['10.40.0.10'], check: checks.http(8080, '/health') },
      { name: 'staging-web', protocol: 'http', port: 3000, pool: ['10.40.0.30'], check: checks.http(3000, '/') },
      { name: 'staging-mqtt', protocol: 'tcp', port: 1883, pool: ['10.40.0.20'], check: checks.tcp(1883) },
    ],
    frontends: [
      {
        name: 'https-443',
        port: 443,
        backend: 'staging-api',
        certificates: ['staging-le'],
        acls: [
          { name: 'team-only', index: 0, action: allow, match: { ip_subnet: ['198.51.100.0/24'] }, description: 'Firmware team VPN.' },
          { name: 'api-version-check', index: 10, action: deny, match: { http_filter: 'regex', http_filter_value: ['^/(api|v[0-9]+/'] }, description: 'Copied from the old HAProxy config.' },
          { name: 'internal-ids', index: 20, action: deny, match: { http_filter: 'regex', http_filter_value: ['^/internal/\\d++'] }, description: 'PCRE possessive quantifier.' },
          { name: 'deny-rest', index: 30, action: deny, match: { ip_subnet: everyone } },
        ],
      },
      { name: 'mqtt-1883', port: 1883, backend: 'staging-mqtt' },
    ],
    certificates: [
      {
        name: PROBLEM_CERTIFICATES.stagingLe.name,
        type: 'letsencryt',
        commonName: 'staging-api.fleet.example.com',
        status: PROBLEM_CERTIFICATES.stagingLe.status,
        statusDetails:
          'acme: error: 400 :: urn:ietf:params:acme:error:dns :: DNS problem: NXDOMAIN looking up A for staging-api.fleet.example.com - check that a DNS record exists for this domain',
      },
    ],
    routes: [{ frontend: 'https-443', backend: 'staging-web', match: { host_header: 'web.staging.fleet.example.com' } }],
  },
  {
    id: LB_IDS.legacyCoap,
    name: 'legacy-coap-bridge',
    region: 'fr-par',
    zone: 'fr-par-1',
    type: 'LB-S',
    status: 'ready',
    description: 'CoAP over TCP bridge for first-generation meters.',
    tags: ['legacy', 'coap'],
    ssl: 'ssl_compatibility_level_old',
    project: PROJECT_PRODUCTION,
    ageDays: 720,
    ips: [{ address: LB_IP_ADDRESSES.legacyCoap, tags: ['legacy'] }],
    backends: [
      { name: 'coap-bridge', protocol: 'tcp', port: 5683, pool: ['10.50.0.5', '10.50.0.6'], check: checks.tcp(5683) },
      { name: 'coap-tls-proxy', protocol: 'tcp', port: 5684, pool: ['10.50.0.7'], check: checks.tcp(5684) },
    ],
    frontends: [
      {
        name: 'coap-tcp-5683',
        port: 5683,
        backend: 'coap-bridge',
        acls: [
          { name: 'meters-only', index: 0, action: allow, match: { ip_subnet: ['100.64.0.0/10'] }, description: 'Carrier-grade NAT range of the meter SIMs.' },
          { name: 'deny-all', index: 10, action: deny, match: { ip_subnet: ['0.0.0.0/0'] } },
        ],
      },
      { name: 'coaps-5684', port: 5684, backend: 'coap-tls-proxy', certificates: ['legacy-meters'] },
    ],
    certificates: [{ name: PROBLEM_CERTIFICATES.legacyMeters.name, type: 'custom', commonName: 'coap.legacy.fleet.example.com', validForDays: PROBLEM_CERTIFICATES.legacyMeters.daysLeft, lifetimeDays: 730 }],
    routes: [{ frontend: 'coaps-5684', backend: 'coap-bridge', match: { sni: 'coap.legacy.fleet.example.com' } }],
  },
  {
    id: LB_IDS.factoryEdge,
    name: 'factory-edge-ams',
    region: 'nl-ams',
    zone: 'nl-ams-1',
    type: 'LB-GP-M',
    status: 'ready',
    description: 'Plant historian, cache and MES behind the Amsterdam factory VPN.',
    tags: ['production', 'factory'],
    ssl: 'ssl_compatibility_level_intermediate',
    project: PROJECT_PRODUCTION,
    ageDays: 300,
    ips: [{ address: '51.15.201.44' }],
    subscriber: 'factory-ops',
    backends: [
      { name: 'historian-pg', protocol: 'tcp', port: 5432, pool: ['10.60.0.10', '10.60.0.11'], check: checks.pgsql(5432, 'lb_health'), extra: { forward_port_algorithm: 'first' } },
      { name: 'cache-redis', protocol: 'tcp', port: 6379, pool: ['10.60.0.20', '10.60.0.21', '10.60.0.22'], check: checks.redis(6379) },
      { name: 'mes-api', protocol: 'http', port: 8443, pool: ['10.60.1.5', '10.60.1.6'], check: checks.https(8443, '/health', 'mes.factory.internal'), extra: { ssl_bridging: true } },
      { name: 'mes-reports', protocol: 'http', port: 8080, pool: ['10.60.1.7'], check: checks.http(8080, '/') },
    ],
    frontends: [
      { name: 'pg-5432', port: 5432, backend: 'historian-pg', acls: [{ name: 'plant-networks-only', index: 0, action: deny, match: { ip_subnet: ['10.60.0.0/16', '172.16.8.0/22'], invert: true } }] },
      { name: 'redis-6379', port: 6379, backend: 'cache-redis', acls: [{ name: 'vpn-only', index: 0, action: deny, match: { ip_subnet: ['172.16.8.0/22'], invert: true } }] },
      {
        name: 'https-443',
        port: 443,
        backend: 'mes-api',
        certificates: ['mes-factory'],
        acls: [
          { name: 'line-terminals', index: 0, action: allow, match: { http_filter: 'http_header_match', http_filter_option: 'X-Plant', http_filter_value: ['ams-3'] } },
          { name: 'deny-admin-outside', index: 10, action: deny, match: { http_filter: 'path_begin', http_filter_value: ['/admin'] } },
        ],
      },
    ],
    certificates: [{ name: 'mes-factory', type: 'custom', commonName: 'mes.factory.example.com', alternativeNames: ['reports.factory.example.com'], validForDays: 200.7, lifetimeDays: 397 }],
    routes: [{ frontend: 'https-443', backend: 'mes-reports', match: { host_header: 'reports.factory.example.com' } }],
    privateNetworks: 2,
  },
  {
    id: LB_IDS.telemetryAms,
    name: 'telemetry-ams',
    region: 'nl-ams',
    zone: 'nl-ams-1',
    type: 'LB-S',
    status: 'error',
    description: 'Telemetry ingest over IPv6 from cellular gateways. Down since the hypervisor incident of this morning; Scaleway is recovering its instances.',
    tags: ['production', 'telemetry', 'ipv6'],
    ssl: 'ssl_compatibility_level_modern',
    project: PROJECT_PRODUCTION,
    ageDays: 150,
    ips: [{ address: '51.15.230.8' }, { address: '2001:bc8:1200:5e::8' }],
    backends: [
      { name: 'ingest', protocol: 'http', port: 9000, pool: ['fd00:10:70::11', 'fd00:10:70::12', '10.70.0.13'], check: checks.http(9000, '/ping') },
      { name: 'ingest-v2', protocol: 'http', port: 9001, pool: ['fd00:10:70::21'], check: checks.http(9001, '/ping') },
    ],
    frontends: [
      {
        name: 'https-443',
        port: 443,
        backend: 'ingest',
        certificates: ['telemetry-le'],
        acls: [
          { name: 'allow-gateways-v6', index: 0, action: allow, match: { ip_subnet: ['2001:db8:1200::/40'] } },
          { name: 'deny-unknown-v6', index: 10, action: deny, match: { ip_subnet: ['::/0'] }, description: 'IPv4 stays open for older gateways.' },
          { name: 'no-pprof', index: 20, action: deny, match: { http_filter: 'path_end', http_filter_value: ['/debug/pprof'] } },
        ],
      },
    ],
    certificates: [{ name: 'telemetry-le', type: 'letsencryt', commonName: 'telemetry.fleet.example.com', alternativeNames: ['ingest-v2.telemetry.fleet.example.com'], validForDays: 33.6 }],
    routes: [{ frontend: 'https-443', backend: 'ingest-v2', match: { host_header: 'ingest-v2.telemetry.fleet.example.com' } }],
  },
  {
    id: LB_IDS.hvacApi,
    name: 'hvac-api-waw',
    region: 'pl-waw',
    zone: 'pl-waw-1',
    type: 'LB-GP-M',
    status: 'ready',
    description: 'Building management API and its database and directory.',
    tags: ['production', 'hvac', 'api'],
    ssl: 'ssl_compatibility_level_intermediate',
    project: PROJECT_PRODUCTION,
    ageDays: 260,
    ips: [{ address: '151.115.34.56' }],
    subscriber: 'pagerduty-hvac',
    backends: [
      { name: 'bms-api', protocol: 'http', port: 8080, pool: ['10.80.0.10', '10.80.0.11'], check: checks.http(8080, '/status') },
      { name: 'bms-db', protocol: 'tcp', port: 3306, pool: ['10.80.0.20'], check: checks.mysql(3306, 'haproxy_check') },
      { name: 'directory', protocol: 'tcp', port: 389, pool: ['10.80.0.30'], check: checks.ldap(389) },
    ],
    frontends: [
      {
        name: 'https-443',
        port: 443,
        backend: 'bms-api',
        certificates: ['hvac-le'],
        acls: [
          { name: 'partners-read-only', index: 0, action: deny, match: { ip_subnet: ['198.51.100.64/26'], http_filter: 'path_begin', http_filter_value: ['/api/setpoints'] }, description: 'Partners may read but not change setpoints.' },
          { name: 'maintenance-page', index: 10, action: redirect('location', 'https://status.fleet.example.com/?from={{host}}{{path}}', 302), match: { http_filter: 'path_begin', http_filter_value: ['/maintenance'] } },
        ],
      },
      {
        name: 'mysql-3306',
        port: 3306,
        backend: 'bms-db',
        acls: [
          { name: 'db-admins', index: 0, action: allow, match: { ip_subnet: ['10.80.5.0/24'] } },
          { name: 'deny-all', index: 10, action: deny, match: { ip_subnet: everyone } },
        ],
      },
      { name: 'ldap-389', port: 389, backend: 'directory' },
    ],
    certificates: [
      { name: 'hvac-le', type: 'letsencryt', commonName: 'bms.hvac.fleet.example.com', validForDays: 80.1 },
      { name: PROBLEM_CERTIFICATES.hvac2024.name, type: 'custom', commonName: 'bms.hvac.fleet.example.com', validForDays: PROBLEM_CERTIFICATES.hvac2024.daysLeft, lifetimeDays: 365 },
    ],
    routes: [{ frontend: 'https-443', backend: 'bms-api', match: { host_header: 'bms.hvac.fleet.example.com' } }],
  },
  {
    id: LB_IDS.windScada,
    name: 'wind-scada-waw',
    region: 'pl-waw',
    zone: 'pl-waw-1',
    type: 'LB-S',
    status: 'locked',
    description: 'Modbus gateway of the wind farm; locked by Scaleway support during a billing review.',
    tags: ['production', 'scada'],
    ssl: 'ssl_compatibility_level_intermediate',
    project: PROJECT_PRODUCTION,
    ageDays: 540,
    ips: [{ address: '151.115.40.9' }],
    backends: [
      { name: 'scada-gw', protocol: 'tcp', port: 502, pool: ['10.90.0.5', '10.90.0.6'], check: checks.tcp(502) },
      { name: 'historian', protocol: 'http', port: 8080, pool: ['10.90.1.5'], check: checks.http(8080, '/') },
    ],
    frontends: [
      {
        name: 'modbus-502',
        port: 502,
        backend: 'scada-gw',
        acls: [
          { name: 'control-room', index: 0, action: allow, match: { ip_subnet: ['10.90.100.0/24'] } },
          { name: 'deny-all', index: 10, action: deny, match: { ip_subnet: ['0.0.0.0/0'] } },
        ],
      },
      { name: 'https-443', port: 443, backend: 'historian', certificates: ['wind-le'] },
    ],
    certificates: [{ name: 'wind-le', type: 'letsencryt', commonName: 'historian.wind.fleet.example.com', validForDays: 25.8 }],
    routes: [{ frontend: 'https-443', backend: 'historian', match: { host_header: 'historian.wind.fleet.example.com' } }],
  },
];

const SUBSCRIBERS: Array<{ key: string; region: string; name: string; email?: string; uri?: string }> = [
  { key: 'ops-oncall', region: 'fr-par', name: 'ops-oncall', email: 'ops-oncall@fleet.example.com' },
  { key: 'slack-fleet', region: 'fr-par', name: 'slack-fleet-alerts', uri: 'https://hooks.slack.com/services/T024F/B07QX/fleet-alerts' },
  { key: 'factory-ops', region: 'nl-ams', name: 'factory-ops', email: 'factory-ops@fleet.example.com' },
  { key: 'pagerduty-hvac', region: 'pl-waw', name: 'pagerduty-hvac', uri: 'https://events.pagerduty.com/integration/8f3c1e/enqueue' },
];

/** Flexible IPs not attached to any load balancer: spares to pick when creating one. */
const SPARE_IPS: Array<{ address: string; region: string; zone: string; tags: string[]; reverse?: string }> = [
  { address: '51.159.112.40', region: 'fr-par', zone: 'fr-par-1', tags: ['spare', 'dr'], reverse: 'dr.fleet.example.com' },
  { address: '51.159.112.41', region: 'fr-par', zone: 'fr-par-1', tags: ['spare'] },
  { address: '2001:bc8:710:7a1::1', region: 'fr-par', zone: 'fr-par-1', tags: ['spare', 'ipv6'] },
  { address: '51.15.220.9', region: 'nl-ams', zone: 'nl-ams-1', tags: ['spare'] },
  { address: '151.115.90.12', region: 'pl-waw', zone: 'pl-waw-1', tags: ['spare'] },
];

function fullMatch(partial: Partial<AclMatch>): AclMatch {
  return {
    ip_subnet: partial.ip_subnet ?? [],
    ips_edge_services: partial.ips_edge_services ?? false,
    http_filter: partial.http_filter ?? 'acl_http_filter_none',
    http_filter_value: partial.http_filter_value ?? [],
    http_filter_option: partial.http_filter_option ?? null,
    invert: partial.invert ?? false,
  };
}

export function backendDefaults(): Omit<MockBackend, 'id' | 'name' | 'lb_id' | 'forward_protocol' | 'forward_port' | 'pool' | 'health_check' | 'created_at' | 'updated_at'> {
  return {
    forward_port_algorithm: 'roundrobin',
    sticky_sessions: 'none',
    sticky_sessions_cookie_name: '',
    send_proxy_v2: false,
    timeout_server: '5s',
    timeout_connect: '5s',
    timeout_tunnel: '900s',
    on_marked_down_action: 'on_marked_down_action_none',
    proxy_protocol: 'proxy_protocol_none',
    failover_host: null,
    ssl_bridging: false,
    ignore_ssl_server_verify: false,
    redispatch_attempt_count: 0,
    max_retries: 3,
    max_connections: null,
    timeout_queue: null,
  };
}

export function instancesFor(rng: { uuid(): string; int(min: number, max: number): number }, zone: string, created: string): Instance[] {
  return [0, 1].map(() => ({ id: rng.uuid(), status: 'ready', ip_address: `10.64.${rng.int(0, 255)}.${rng.int(2, 254)}`, created_at: created, updated_at: created, region: null, zone }));
}

/** The whole seed, built at once so ids line up across collections. Dates are relative to `now` so validity reads the same every day. */
export function buildLbSeed(now: number = Date.now()): LbSeed {
  const rng = createRng('scaleway-lb');
  const iso = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
  const seed: LbSeed = { lbs: [], ips: [], backends: [], frontends: [], acls: [], certificates: [], routes: [], privateNetworks: [], subscribers: [] };

  const subscriberIds = new Map<string, string>();
  for (const s of SUBSCRIBERS) {
    const id = rng.uuid();
    subscriberIds.set(s.key, id);
    seed.subscribers.push({
      id,
      name: s.name,
      email_config: s.email ? { email: s.email } : null,
      webhook_config: s.uri ? { uri: s.uri } : null,
      region: s.region,
      project_id: PROJECT_PRODUCTION,
      organization_id: ORGANIZATION_ID,
    });
  }

  for (const spec of SPECS) {
    const created = iso(spec.ageDays);
    const updated = iso(Math.max(1, Math.floor(spec.ageDays / 7)));
    seed.lbs.push({
      id: spec.id,
      name: spec.name,
      description: spec.description,
      status: spec.status,
      instances: instancesFor(rng, spec.zone, created),
      organization_id: spec.organization ?? ORGANIZATION_ID,
      project_id: spec.project,
      tags: spec.tags,
      type: spec.type,
      ssl_compatibility_level: spec.ssl,
      created_at: created,
      updated_at: updated,
      region: spec.region,
      zone: spec.zone,
      subscriber_id: spec.subscriber ? (subscriberIds.get(spec.subscriber) ?? null) : null,
      settle: [],
    });
    for (const ip of spec.ips) {
      seed.ips.push({
        id: rng.uuid(),
        ip_address: ip.address,
        organization_id: spec.organization ?? ORGANIZATION_ID,
        project_id: spec.project,
        lb_id: spec.id,
        reverse: ip.reverse ?? defaultReverse(ip.address, spec.region),
        tags: ip.tags ?? [],
        region: spec.region,
        zone: spec.zone,
      });
    }

    const certificateIds = new Map<string, string>();
    for (const c of spec.certificates) {
      const id = rng.uuid();
      certificateIds.set(c.name, id);
      const status = c.status ?? 'ready';
      const lifetime = c.lifetimeDays ?? 90;
      const hasDates = status === 'ready' && c.validForDays !== undefined;
      const notAfter = hasDates ? now + (c.validForDays ?? 0) * DAY : null;
      seed.certificates.push({
        id,
        name: c.name,
        type: c.type,
        common_name: c.commonName,
        subject_alternative_name: c.alternativeNames ?? [],
        fingerprint: status === 'ready' ? rng.hex(20) : '',
        not_valid_before: notAfter === null ? null : new Date(notAfter - lifetime * DAY).toISOString(),
        not_valid_after: notAfter === null ? null : new Date(notAfter).toISOString(),
        status,
        status_details: c.statusDetails ?? null,
        created_at: iso(Math.min(spec.ageDays, notAfter === null ? 2 : Math.max(1, Math.round((now - (notAfter - lifetime * DAY)) / DAY)))),
        updated_at: iso(1),
        lb_id: spec.id,
        settle: [],
      });
    }

    const backendIds = new Map<string, string>();
    for (const b of spec.backends) {
      const id = rng.uuid();
      backendIds.set(b.name, id);
      seed.backends.push({
        ...backendDefaults(),
        id,
        name: b.name,
        lb_id: spec.id,
        forward_protocol: b.protocol,
        forward_port: b.port,
        pool: b.pool,
        health_check: b.check,
        created_at: created,
        updated_at: updated,
        ...b.extra,
      });
    }

    const frontendIds = new Map<string, string>();
    for (const f of spec.frontends) {
      const id = rng.uuid();
      frontendIds.set(f.name, id);
      seed.frontends.push({
        id,
        name: f.name,
        inbound_port: f.port,
        lb_id: spec.id,
        backend_id: backendIds.get(f.backend) ?? '',
        timeout_client: '30s',
        certificate_ids: (f.certificates ?? []).map((n) => certificateIds.get(n) ?? ''),
        created_at: created,
        updated_at: updated,
        enable_http3: false,
        connection_rate_limit: 0,
        enable_access_logs: false,
        ...f.extra,
      });
      for (const a of f.acls ?? []) {
        seed.acls.push({
          id: rng.uuid(),
          name: a.name,
          index: a.index,
          action: a.action,
          match: fullMatch(a.match),
          description: a.description ?? '',
          frontend_id: id,
          created_at: iso(Math.max(1, spec.ageDays - a.index)),
          updated_at: iso(Math.max(1, Math.floor(spec.ageDays / 10))),
        });
      }
    }

    for (const r of spec.routes) {
      seed.routes.push({
        id: rng.uuid(),
        frontend_id: frontendIds.get(r.frontend) ?? '',
        backend_id: backendIds.get(r.backend) ?? '',
        match: { sni: r.match.sni ?? null, host_header: r.match.host_header ?? null, path_begin: r.match.path_begin ?? null, match_subdomains: r.match.match_subdomains ?? false },
        created_at: iso(Math.max(1, spec.ageDays - 30)),
        updated_at: iso(Math.max(1, spec.ageDays - 30)),
        region: spec.region,
      });
    }

    for (let i = 0; i < (spec.privateNetworks ?? 0); i++) {
      seed.privateNetworks.push({
        lb_id: spec.id,
        private_network_id: rng.uuid(),
        ipam_ids: [rng.uuid()],
        static_config: null,
        dhcp_config: null,
        ipam_config: {},
        status: 'ready',
        created_at: iso(Math.max(1, spec.ageDays - 10 * (i + 1))),
        updated_at: iso(Math.max(1, spec.ageDays - 10 * (i + 1))),
        settle: [],
      });
    }
  }

  for (const spare of SPARE_IPS) {
    seed.ips.push({
      id: rng.uuid(),
      ip_address: spare.address,
      organization_id: ORGANIZATION_ID,
      project_id: PROJECT_PRODUCTION,
      lb_id: null,
      reverse: spare.reverse ?? defaultReverse(spare.address, spare.region),
      tags: spare.tags,
      region: spare.region,
      zone: spare.zone,
    });
  }
  return seed;
}
