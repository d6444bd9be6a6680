import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../api/scaleway-lb/types';
import { backendToValues, HEALTH_CHECK_FIELD_MAP, parseServerList, validateServerList, valuesToHealthCheck, valuesToSettings } from './backend-form';

describe('server lists', () => {
  it('reads one address per line or comma-separated, IPv4 and IPv6', () => {
    expect(parseServerList('10.0.0.1\n10.0.0.2, 2001:db8::1\n\n')).toEqual({ addresses: ['10.0.0.1', '10.0.0.2', '2001:db8::1'], problems: [] });
  });

  it('names the exact bad entry by line and value', () => {
    const r = parseServerList('10.0.0.1\n10.0.0.300\nfe80::1%eth0\n10.0.0.1');
    expect(r.addresses).toEqual(['10.0.0.1']);
    expect(r.problems).toEqual([
      'Line 2 ("10.0.0.300"): Not a valid IPv4 address: number 4 (300) is out of range 0–255',
      'Line 3 ("fe80::1%eth0"): Not a valid IPv6 address: zone indexes ("%eth0") are not allowed',
      'Line 4 ("10.0.0.1"): same server as line 1',
    ]);
    expect(validateServerList('10.0.0.1\n10.0.0.300')).toBe('Line 2 ("10.0.0.300"): Not a valid IPv4 address: number 4 (300) is out of range 0–255');
    expect(validateServerList('2001:db8::1\n2001:DB8::0:1')).toContain('same server as line 1');
  });
});

describe('backend values', () => {
  it('round-trips a backend into the request bodies, durations in ms', () => {
    const backend = {
      id: 'b',
      name: 'api',
      forward_protocol: 'http',
      forward_port: 8080,
      forward_port_algorithm: 'leastconn',
      sticky_sessions: 'cookie',
      sticky_sessions_cookie_name: 'SRV',
      pool: ['10.0.0.1'],
      timeout_server: '2.5s',
      timeout_connect: '5s',
      timeout_tunnel: '900s',
      timeout_queue: null,
      on_marked_down_action: 'shutdown_sessions',
      proxy_protocol: 'proxy_protocol_v2',
      failover_host: null,
      ssl_bridging: false,
      ignore_ssl_server_verify: false,
      redispatch_attempt_count: 1,
      max_retries: 3,
      max_connections: null,
      health_check: { port: 8080, check_delay: '3s', check_timeout: '1s', check_max_retries: 2, check_send_proxy: false, transient_check_delay: '0.5s', https_config: { uri: '/health', method: 'GET', code: 200, host_header: 'api', sni: 'api.internal' } },
    } as unknown as Backend;
    const values = backendToValues(backend);
    expect(values.timeout_server_ms).toBe(2500);
    expect(values.hc_type).toBe('https');
    expect(valuesToSettings(values)).toMatchObject({ name: 'api', timeout_server: '2.5s', timeout_queue: undefined, max_connections: undefined, sticky_sessions_cookie_name: 'SRV', ignore_ssl_server_verify: false });
    expect(valuesToHealthCheck(values)).toEqual({ port: 8080, check_delay: '3s', check_timeout: '1s', check_max_retries: 2, check_send_proxy: false, transient_check_delay: '0.5s', https_config: { uri: '/health', method: 'GET', code: 200, host_header: 'api', sni: 'api.internal' } });
  });

  it('sends exactly one health check config, of the chosen type', () => {
    const values = { ...backendToValues(), forward_port: 5432, hc_type: 'pgsql' as const, hc_user: ' health ' };
    const hc = valuesToHealthCheck(values);
    expect(hc.pgsql_config).toEqual({ user: 'health' });
    expect(hc.port).toBe(5432);
    expect(Object.keys(hc).filter((k) => k.endsWith('_config'))).toEqual(['pgsql_config']);
    expect(valuesToHealthCheck({ ...values, hc_type: 'redis' }).redis_config).toEqual({});
  });

  it('maps the health check endpoint fields to the form', () => {
    expect(HEALTH_CHECK_FIELD_MAP.port).toBe('hc_port');
    expect(HEALTH_CHECK_FIELD_MAP['http_config.uri']).toBe('hc_uri');
  });
});
