// @vitest-environment jsdom
import type { API as LbApi } from '@scaleway/sdk-lb/v1';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SCALEWAY_ERROR_FAMILIES } from '../../../mocks/lib/envelopes';
import { createMockServer } from '../../../mocks/node';
import { LB_IDS } from '../../../mocks/seed/scaleway-lb-ids';
import { LB_CHAIN_PEM } from '../../../e2e/fixtures/lb-certificates.gen';
import { setScenarios } from '../../lib/mock-scenario';
import { isApiError } from '../errors/api-error';
import { createMockSdkClient } from '../scaleway/mock-sdk-client';
import { createBackend, getLb, listAllAcls, listAllCertificates, listAllFrontends, listLbs } from './client';

/**
 * The official SDK defines the wire format. Running it against the mock
 * handlers proves the mock speaks that format (paths, snake_case, one-ofs,
 * durations), and comparing with our client proves both read it the same way.
 */
const server = createMockServer();
let sdk: LbApi;
const region = 'fr-par';

beforeAll(async () => {
  server.listen({ onUnhandledFrame: 'error' });
  // Imported after msw patches fetch, as the SDK client is.
  const { API } = await import('@scaleway/sdk-lb/v1');
  sdk = new API(await createMockSdkClient(region));
});
afterEach(() => setScenarios([]));
afterAll(() => server.close());

describe('Scaleway Load Balancer wire format', () => {
  it('lists load balancers identically through the SDK and our client', async () => {
    const viaSdk = await sdk.listLbs({ region, orderBy: 'name_asc', pageSize: 50 });
    const ours = await listLbs({ region, order_by: 'name_asc', page_size: 50 });
    expect(viaSdk.totalCount).toBe(ours.total_count);
    expect(viaSdk.totalCount).toBeGreaterThanOrEqual(5);
    expect(viaSdk.lbs.map((l) => l.id)).toEqual(ours.lbs.map((l) => l.id));
    const a = viaSdk.lbs.find((l) => l.id === LB_IDS.mqttIngress);
    const b = ours.lbs.find((l) => l.id === LB_IDS.mqttIngress);
    expect(a?.frontendCount).toBe(b?.frontend_count);
    expect(a?.sslCompatibilityLevel).toBe(b?.ssl_compatibility_level);
    expect(a?.ip.map((ip) => ip.ipAddress)).toEqual(b?.ip.map((ip) => ip.ip_address));
    expect(a?.subscriber?.emailConfig?.email).toBe('ops-oncall@fleet.example.com');
    expect(a?.createdAt?.toISOString()).toBe(new Date(b?.created_at ?? '').toISOString());
    // Filter by tag, as the list page does.
    const tagged = await sdk.listLbs({ region, tags: ['firmware'] });
    expect(tagged.lbs.map((l) => l.name)).toEqual(['ota-updates']);
  });

  it('reads frontends, backends, ACLs and certificates with their nested objects', async () => {
    const frontends = await sdk.listFrontends({ region, lbId: LB_IDS.deviceApi });
    const ours = await listAllFrontends({ region, lbId: LB_IDS.deviceApi });
    const https = frontends.frontends.find((f) => f.name === 'https-443');
    const mine = ours.find((f) => f.name === 'https-443');
    expect(https?.backend?.name).toBe('api-v2');
    expect(https?.backend?.healthCheck?.httpConfig?.uri).toBe(mine?.backend?.health_check?.http_config?.uri);
    expect(https?.backend?.timeoutServer).toBe('5s');
    expect(https?.certificateIds).toEqual(mine?.certificate_ids);
    expect(https?.lb?.id).toBe(LB_IDS.deviceApi);
    const acls = await sdk.listAcls({ region, frontendId: https?.id ?? '' });
    const myAcls = await listAllAcls({ region, frontendId: mine?.id ?? '' });
    expect(acls.acls.map((a) => a.match?.httpFilter)).toEqual(myAcls.map((a) => a.match?.http_filter));
    expect(acls.acls.find((a) => a.name === 'docs-redirect')?.action?.redirect?.code).toBe(301);
    const certs = await sdk.listCertificates({ region, lbId: LB_IDS.deviceApi });
    const myCerts = await listAllCertificates({ region, lbId: LB_IDS.deviceApi });
    expect(certs.certificates.map((c) => c.notValidAfter?.toISOString())).toEqual(myCerts.map((c) => new Date(c.not_valid_after ?? '').toISOString()));
  });

  it('round-trips create, servers, health check, ACL, certificate and delete through the SDK', async () => {
    const lb = await sdk.createLb({ region, name: 'sdk-made', description: 'made by the SDK', type: 'LB-S', assignFlexibleIpv6: true, tags: ['sdk'] });
    expect(lb.status).toBe('to_create');
    expect(lb.ip.map((ip) => ip.ipAddress.includes(':'))).toEqual([false, true]);
    const ready = await sdk.waitForLb({ region, lbId: lb.id }, { timeout: 10, minDelay: 1, maxDelay: 1 });
    expect(ready.status).toBe('ready');

    const backend = await sdk.createBackend({
      region,
      lbId: lb.id,
      name: 'web',
      forwardProtocol: 'http',
      forwardPort: 8080,
      forwardPortAlgorithm: 'roundrobin',
      stickySessions: 'cookie',
      stickySessionsCookieName: 'LB',
      serverIp: ['10.0.0.1', '2001:db8::1'],
      timeoutServer: '2.5s',
      healthCheck: { port: 8080, checkMaxRetries: 3, checkSendProxy: false, checkDelay: '3s', httpConfig: { uri: '/health', method: 'GET', code: 200, hostHeader: 'web.local' } },
    });
    expect(backend.timeoutServer).toBe('2.5s');
    expect(backend.healthCheck?.httpConfig?.hostHeader).toBe('web.local');
    expect((await sdk.addBackendServers({ region, backendId: backend.id, serverIp: ['10.0.0.2'] })).pool).toEqual(['10.0.0.1', '2001:db8::1', '10.0.0.2']);
    expect((await sdk.removeBackendServers({ region, backendId: backend.id, serverIp: ['10.0.0.1'] })).pool).toEqual(['2001:db8::1', '10.0.0.2']);
    const check = await sdk.updateHealthCheck({ region, backendId: backend.id, port: 5432, checkMaxRetries: 2, checkSendProxy: false, pgsqlConfig: { user: 'health' } });
    expect(check.pgsqlConfig?.user).toBe('health');
    expect(check.httpConfig).toBeUndefined();

    const cert = await sdk.createCertificate({ region, lbId: lb.id, name: 'imported', customCertificate: { certificateChain: LB_CHAIN_PEM } });
    expect(cert.commonName).toBe('devices.fleet.example.com');
    expect(cert.subjectAlternativeName).toEqual(['mqtt.fleet.example.com']);
    expect(cert.fingerprint).toMatch(/^[0-9a-f]{40}$/);

    const frontend = await sdk.createFrontend({ region, lbId: lb.id, name: 'https', inboundPort: 443, backendId: backend.id, certificateIds: [cert.id], enableHttp3: true, enableAccessLogs: false, timeoutClient: '30s' });
    const acl = await sdk.createAcl({ region, frontendId: frontend.id, name: 'deny-admin', index: 0, description: '', action: { type: 'deny' }, match: { ipSubnet: [], ipsEdgeServices: false, httpFilter: 'path_begin', httpFilterValue: ['/admin'], invert: false } });
    expect(acl.frontend?.backend?.name).toBe('web');
    const route = await sdk.createRoute({ region, frontendId: frontend.id, backendId: backend.id, match: { hostHeader: 'web.example.com', matchSubdomains: true } });
    expect(route.match?.hostHeader).toBe('web.example.com');

    expect((await getLb({ region, lbId: lb.id })).frontend_count).toBe(1);
    await sdk.deleteLb({ region, lbId: lb.id, releaseIp: true });
    await expect(sdk.getLb({ region, lbId: lb.id })).rejects.toMatchObject({ status: 404 });
    await expect(sdk.getBackend({ region, backendId: backend.id })).rejects.toMatchObject({ status: 404 });
  });

  for (const [family, scenarios] of SCALEWAY_ERROR_FAMILIES) {
    it(`answers invalid input in the ${family} family, which both the SDK and our client read per argument`, async () => {
      setScenarios(scenarios);
      const viaSdk = sdk.createBackend({ region, lbId: LB_IDS.otaUpdates, name: 'bad', forwardProtocol: 'http', forwardPort: 80, forwardPortAlgorithm: 'roundrobin', stickySessions: 'none', stickySessionsCookieName: '', serverIp: ['10.0.0.1', '10.0.0.300'], healthCheck: { port: 80, checkMaxRetries: 2, checkSendProxy: false, tcpConfig: {} } });
      await expect(viaSdk).rejects.toMatchObject({ name: 'InvalidArgumentsError', status: 400, details: [{ argumentName: 'server_ip.1' }] });
      const error = await createBackend({
        region,
        lbId: LB_IDS.otaUpdates,
        body: { name: 'bad', forward_protocol: 'http', forward_port: 80, forward_port_algorithm: 'roundrobin', sticky_sessions: 'none', sticky_sessions_cookie_name: '', server_ip: ['10.0.0.1', '10.0.0.300'], health_check: { port: 80, check_max_retries: 2, check_send_proxy: false, tcp_config: {} } },
      }).catch((e: unknown) => e);
      expect(isApiError(error) && error.fields['server_ip.1']?.[0]).toContain('"10.0.0.300"');
      expect(isApiError(error) && Object.keys(error.fields)).toEqual(['server_ip.1']);
    });
  }
});
