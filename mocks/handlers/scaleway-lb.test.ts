// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  createAcl,
  createFrontend,
  createLb,
  deleteBackend,
  deleteCertificate,
  getLb,
  listAllBackendStats,
  listAllBackends,
  listAllCertificates,
  listAllFrontends,
  listIps,
  listLbs,
  migrateLb,
  releaseIp,
  setBackendServers,
  updateFrontend,
} from '../../src/api/scaleway-lb/client';
import { LB_IDS, LB_PROBLEMS } from '../seed/scaleway-lb-ids';
import { failure, useSeededMockServer } from './scaleway-lb-test-kit';

/**
 * The rules of the mock that pages rely on: what the API refuses and how,
 * so the console's error paths are exercised against realistic answers.
 */
useSeededMockServer();

const region = 'fr-par';

describe('seed', () => {
  it('has at least 8 load balancers, each with frontends, backends, ACLs, certificates and routes', async () => {
    const all = (await Promise.all(['fr-par', 'nl-ams', 'pl-waw'].map((r) => listLbs({ region: r, page_size: 100 })))).flatMap((r) => r.lbs);
    expect(all.length).toBeGreaterThanOrEqual(8);
    for (const lb of all) {
      expect(lb.frontend_count, lb.name).toBeGreaterThan(0);
      expect(lb.backend_count, lb.name).toBeGreaterThan(0);
      expect(lb.route_count, lb.name).toBeGreaterThan(0);
    }
  });
});

describe('refusals', () => {
  it('answers bad server IPs with one detail per entry', async () => {
    const [backend] = await listAllBackends({ region, lbId: LB_IDS.otaUpdates });
    const error = await failure(setBackendServers({ region, backendId: backend?.id ?? '', body: { server_ip: ['10.0.0.1', 'not-an-ip', '2001:db8::1%eth0'] } }));
    expect(error.status).toBe(400);
    expect(Object.keys(error.fields)).toEqual(['server_ip.1', 'server_ip.2']);
  });

  it('refuses a frontend port already in use, and HTTP/3 without a certificate', async () => {
    const [frontend] = await listAllFrontends({ region, lbId: LB_IDS.otaUpdates });
    const [backend] = await listAllBackends({ region, lbId: LB_IDS.otaUpdates });
    const error = await failure(createFrontend({ region, lbId: LB_IDS.otaUpdates, body: { name: 'dup', inbound_port: frontend?.inbound_port ?? 443, backend_id: backend?.id ?? '', enable_http3: true, enable_access_logs: false } }));
    expect(error.fields.inbound_port?.[0]).toContain('already used by frontend https-443');
    expect(error.fields.enable_http3?.[0]).toContain('HTTP/3 needs TLS');
  });

  it('refuses HTTP filters on a TCP frontend', async () => {
    const frontends = await listAllFrontends({ region, lbId: LB_IDS.legacyCoap });
    const tcp = frontends.find((f) => f.name === 'coap-tcp-5683');
    const error = await failure(
      createAcl({ region, frontendId: tcp?.id ?? '', body: { name: 'x', index: 5, description: '', action: { type: 'deny' }, match: { ip_subnet: [], ips_edge_services: false, http_filter: 'path_begin', http_filter_value: ['/'], invert: false } } }),
    );
    expect(error.fields['match.http_filter']).toEqual(['HTTP filters are only supported for HTTP backends']);
  });

  it('refuses invalid regexes but accepts PCRE-only syntax', async () => {
    const [frontend] = await listAllFrontends({ region, lbId: LB_IDS.otaUpdates });
    const acl = (value: string) => ({ name: `r-${value.length}`, index: 50, description: '', action: { type: 'deny' as const }, match: { ip_subnet: [], ips_edge_services: false, http_filter: 'regex' as const, http_filter_value: [value], invert: false } });
    const error = await failure(createAcl({ region, frontendId: frontend?.id ?? '', body: acl('^/(a') }));
    expect(error.fields['match.http_filter_value.0']?.[0]).toContain('Not a valid regular expression');
    expect((await createAcl({ region, frontendId: frontend?.id ?? '', body: acl('^/x\\d++') })).match?.http_filter_value).toEqual(['^/x\\d++']);
  });

  it('refuses to delete a backend or certificate still in use, naming the user', async () => {
    const backends = await listAllBackends({ region, lbId: LB_IDS.deviceApi });
    const api = backends.find((b) => b.name === 'api-v2');
    const error = await failure(deleteBackend({ region, backendId: api?.id ?? '' }));
    expect(error.status).toBe(412);
    expect(error.message).toContain('used by frontend https-443, http-80');
    const [frontend] = await listAllFrontends({ region, lbId: LB_IDS.deviceApi });
    const certError = await failure(deleteCertificate({ region, certificateId: frontend?.certificate_ids[0] ?? '' }));
    expect(certError.details.precondition).toBe('resource_still_in_use');
  });

  it('refuses to release an attached IP', async () => {
    const ips = await listIps({ region, page_size: 100 });
    const attached = ips.ips.find((ip) => ip.lb_id === LB_IDS.otaUpdates);
    const error = await failure(releaseIp({ region, ipId: attached?.id ?? '' }));
    expect(error.message).toContain('attached to load balancer ota-updates');
  });

  it('refuses changes while a load balancer is migrating or locked', async () => {
    const migrated = await migrateLb({ region, lbId: LB_IDS.otaUpdates, body: { type: 'LB-GP-M' } });
    expect(migrated.status).toBe('migrating');
    const [frontend] = await listAllFrontends({ region, lbId: LB_IDS.otaUpdates });
    const [backend] = await listAllBackends({ region, lbId: LB_IDS.otaUpdates });
    const busy = await failure(updateFrontend({ region, frontendId: frontend?.id ?? '', body: { name: 'x', inbound_port: 443, backend_id: backend?.id ?? '', enable_http3: false, enable_access_logs: false, certificate_ids: frontend?.certificate_ids } }));
    expect(busy.status).toBe(409);
    expect(busy.code).toBe('transient_state');
    const locked = await failure(migrateLb({ region: 'pl-waw', lbId: LB_IDS.windScada, body: { type: 'LB-GP-M' } }));
    expect(locked.details.precondition).toBe('resource_locked');
  });

  it('refuses an out-of-stock type and unknown regions', async () => {
    const error = await failure(createLb({ region: 'pl-waw', body: { project_id: 'p', name: 'x', description: '', type: 'LB-GP-XL' } }));
    expect(error.fields.type?.[0]).toContain('out of stock');
    expect((await failure(listLbs({ region: 'us-east' }))).fields.region?.[0]).toContain('unknown region "us-east"');
    expect((await failure(getLb({ region: 'nl-ams', lbId: LB_IDS.otaUpdates }))).status).toBe(404);
  });
});

describe('problems (LB_PROBLEMS)', () => {
  const regionOf: Record<string, string> = { [LB_IDS.telemetryAms]: 'nl-ams', [LB_IDS.windScada]: 'pl-waw', [LB_IDS.hvacApi]: 'pl-waw' };
  const regional = (lbId: string) => ({ region: regionOf[lbId] ?? region, lbId });

  it('has a load balancer in error, whose servers all report stopped, and a locked one', async () => {
    expect(await getLb(regional(LB_PROBLEMS.inError))).toMatchObject({ name: 'telemetry-ams', status: 'error' });
    const stats = await listAllBackendStats(regional(LB_PROBLEMS.inError));
    expect(stats.length).toBeGreaterThan(0);
    expect(stats.every((s) => s.server_state === 'stopped' && s.last_health_check_status === 'unknown')).toBe(true);
    expect(await getLb(regional(LB_PROBLEMS.locked))).toMatchObject({ status: 'locked' });
  });

  it('reports the seeded servers down on every instance, since the seeded time', async () => {
    const now = Date.now();
    for (const down of LB_PROBLEMS.serversDown) {
      const backend = (await listAllBackends(regional(down.lbId))).find((b) => b.name === down.backend);
      const stats = (await listAllBackendStats(regional(down.lbId))).filter((s) => s.backend_id === backend?.id && s.ip === down.ip);
      expect(stats).toHaveLength(2);
      for (const s of stats) {
        expect(s).toMatchObject({ server_state: 'stopped', last_health_check_status: 'failed' });
        expect((now - Date.parse(s.server_state_changed_at ?? '')) / 3_600_000).toBeCloseTo(down.downForHours, 1);
      }
    }
  });

  it('has certificates expiring within 30 days, expired and failed, as seeded', async () => {
    for (const problem of Object.values(LB_PROBLEMS.certificates)) {
      const certificate = (await listAllCertificates(regional(problem.lbId))).find((c) => c.name === problem.name);
      if ('status' in problem) {
        expect(certificate).toMatchObject({ status: problem.status, not_valid_after: null });
        continue;
      }
      const daysLeft = (Date.parse(certificate?.not_valid_after ?? '') - Date.now()) / 86_400_000;
      expect(daysLeft, problem.name).toBeCloseTo(problem.daysLeft, 1);
      expect(daysLeft, problem.name).toBeLessThan(30);
    }
  });
});

describe('statistics', () => {
  it('reports every server once per instance, from the stats endpoint', async () => {
    const backends = await listAllBackends({ region, lbId: LB_IDS.deviceApi });
    const stats = await listAllBackendStats({ region, lbId: LB_IDS.deviceApi });
    const servers = backends.reduce((n, b) => n + b.pool.length, 0);
    expect(stats).toHaveLength(servers * 2);
    expect(new Set(stats.map((s) => s.instance_id)).size).toBe(2);
  });
});
