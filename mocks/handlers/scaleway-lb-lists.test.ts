// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  listAcls,
  listAllBackends,
  listAllFrontends,
  listBackendStats,
  listBackends,
  listFrontends,
  listIps,
  listLbPrivateNetworks,
  listLbs,
  listSubscribers,
} from '../../src/api/scaleway-lb/client';
import { LB_IDS, LB_ORGANIZATIONS } from '../seed/scaleway-lb-ids';
import { failure, useSeededMockServer } from './scaleway-lb-test-kit';

/** The list parameters of the Load Balancer API, sent by the client and honoured by the mock. */
useSeededMockServer();

const region = 'fr-par';
const names = (items: Array<{ name: string }>) => items.map((i) => i.name);

describe('organization_id', () => {
  it('narrows load balancers, flexible IPs and subscribers to one organization', async () => {
    expect(names((await listLbs({ region, organization_id: LB_ORGANIZATIONS.contractor })).lbs)).toEqual(['staging-gateway']);
    const fleet = names((await listLbs({ region, organization_id: LB_ORGANIZATIONS.fleet })).lbs);
    expect(fleet).toContain('mqtt-ingress-par');
    expect(fleet).not.toContain('staging-gateway');

    expect((await listIps({ region, organization_id: LB_ORGANIZATIONS.contractor })).ips.map((ip) => ip.ip_address)).toEqual(['51.159.40.3']);
    expect((await listSubscribers({ region, organization_id: LB_ORGANIZATIONS.fleet })).total_count).toBeGreaterThan(0);
    expect((await listSubscribers({ region, organization_id: LB_ORGANIZATIONS.contractor })).total_count).toBe(0);
  });
});

describe('order_by', () => {
  it('orders backends and frontends by name either way', async () => {
    const all = names(await listAllBackends({ region, lbId: LB_IDS.deviceApi }));
    const desc = names((await listBackends({ region, lbId: LB_IDS.deviceApi, order_by: 'name_desc' })).backends);
    expect(desc).toEqual([...all].sort((a, b) => b.localeCompare(a)));
    const frontends = names(await listAllFrontends({ region, lbId: LB_IDS.deviceApi, order_by: 'name_asc' }));
    expect(frontends).toEqual([...frontends].sort((a, b) => a.localeCompare(b)));
    expect(names((await listFrontends({ region, lbId: LB_IDS.deviceApi, order_by: 'name_desc' })).frontends)).toEqual([...frontends].reverse());
  });

  it('orders private networks by attachment date, and refuses a name order for them', async () => {
    const asc = (await listLbPrivateNetworks({ region: 'nl-ams', lbId: LB_IDS.factoryEdge, order_by: 'created_at_asc' })).private_network;
    const desc = (await listLbPrivateNetworks({ region: 'nl-ams', lbId: LB_IDS.factoryEdge, order_by: 'created_at_desc' })).private_network;
    expect(asc.length).toBeGreaterThan(1);
    expect(desc.map((p) => p.private_network_id)).toEqual(asc.map((p) => p.private_network_id).reverse());
    // Not in the API's enum for private networks.
    const refused = await failure(listLbPrivateNetworks({ region, lbId: LB_IDS.mqttIngress, order_by: 'name_asc' as 'created_at_asc' }));
    expect(refused.fields.order_by?.[0]).toContain('created_at_asc, created_at_desc');
  });
});

describe('name and backend_id', () => {
  it('filters the ACLs of a frontend by name', async () => {
    const [frontend] = await listAllFrontends({ region, lbId: LB_IDS.deviceApi });
    const all = (await listAcls({ region, frontendId: frontend?.id ?? '', page_size: 100 })).acls;
    const first = all[0]?.name ?? '';
    const some = (await listAcls({ region, frontendId: frontend?.id ?? '', name: first })).acls;
    expect(some.length).toBeGreaterThan(0);
    expect(some.length).toBeLessThanOrEqual(all.length);
    expect(some.every((a) => a.name.toLowerCase().includes(first.toLowerCase()))).toBe(true);
  });

  it('narrows backend statistics to one backend', async () => {
    const backends = await listAllBackends({ region, lbId: LB_IDS.deviceApi });
    const backend = backends[1];
    const stats = (await listBackendStats({ region, lbId: LB_IDS.deviceApi, backend_id: backend?.id, page_size: 100 })).backend_servers_stats;
    expect(stats.length).toBe((backend?.pool.length ?? 0) * 2);
    expect(stats.every((s) => s.backend_id === backend?.id)).toBe(true);
  });
});
