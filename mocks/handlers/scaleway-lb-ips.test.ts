// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { attachIp, detachIp, getLb, listIps, releaseIp, updateIp } from '../../src/api/scaleway-lb/client';
import { LB_IDS, LB_IP_ADDRESSES } from '../seed/scaleway-lb-ids';
import { failure, useSeededMockServer } from './scaleway-lb-test-kit';

/** Flexible IPs and load balancers: attach, detach, release, with the API's refusals. */
useSeededMockServer();

const region = 'fr-par';

async function ipByAddress(address: string, inRegion = region) {
  const { ips } = await listIps({ region: inRegion, ip_address: address });
  const ip = ips.find((i) => i.ip_address === address);
  if (!ip) throw new Error(`no seeded IP ${address}`);
  return ip;
}

describe('flexible IPs', () => {
  it('filters by ip_address', async () => {
    const { ips, total_count } = await listIps({ region, ip_address: LB_IP_ADDRESSES.spareParis });
    expect(total_count).toBe(1);
    expect(ips[0]).toMatchObject({ ip_address: LB_IP_ADDRESSES.spareParis, lb_id: null });
  });

  it('attaches, refuses to release while attached, detaches, then releases', async () => {
    const spare = await ipByAddress(LB_IP_ADDRESSES.spareParis);
    const attached = await attachIp({ region, ipId: spare.id, lbId: LB_IDS.mqttIngress });
    expect(attached.lb_id).toBe(LB_IDS.mqttIngress);
    expect((await getLb({ region, lbId: LB_IDS.mqttIngress })).ip.map((ip) => ip.ip_address)).toContain(LB_IP_ADDRESSES.spareParis);

    const refused = await failure(releaseIp({ region, ipId: spare.id }));
    expect(refused.status).toBe(412);
    expect(refused.message).toContain('attached to load balancer mqtt-ingress-par');

    const detached = await detachIp({ region, ipId: spare.id });
    expect(detached.lb_id ?? null).toBeNull();
    expect((await getLb({ region, lbId: LB_IDS.mqttIngress })).ip.map((ip) => ip.ip_address)).not.toContain(LB_IP_ADDRESSES.spareParis);

    await releaseIp({ region, ipId: spare.id });
    expect((await listIps({ region, ip_address: LB_IP_ADDRESSES.spareParis })).total_count).toBe(0);
  });

  it('sends lb_id null to detach, and leaves the attachment alone when lb_id is absent', async () => {
    const held = await ipByAddress(LB_IP_ADDRESSES.mqttIngress);
    const renamed = await updateIp({ region, ipId: held.id, body: { reverse: 'broker.example.com' } });
    expect(renamed.lb_id).toBe(LB_IDS.mqttIngress);
    expect((await updateIp({ region, ipId: held.id, body: { lb_id: null } })).lb_id ?? null).toBeNull();
  });

  it('refuses to attach an IP another load balancer holds, until it is detached', async () => {
    const held = await ipByAddress(LB_IP_ADDRESSES.mqttIngress);
    const error = await failure(attachIp({ region, ipId: held.id, lbId: LB_IDS.otaUpdates }));
    expect(error.status).toBe(412);
    expect(error.message).toContain('attached to load balancer mqtt-ingress-par: detach it first');
    await detachIp({ region, ipId: held.id });
    expect((await attachIp({ region, ipId: held.id, lbId: LB_IDS.otaUpdates })).lb_id).toBe(LB_IDS.otaUpdates);
  });

  it('refuses a load balancer of another zone or region, and a locked one', async () => {
    const spare = await ipByAddress(LB_IP_ADDRESSES.spareParis);
    const otherZone = await failure(attachIp({ region, ipId: spare.id, lbId: LB_IDS.deviceApi }));
    expect(otherZone.status).toBe(400);
    expect(otherZone.fields.lb_id?.[0]).toContain('attaches only in its own zone');
    const otherRegion = await failure(attachIp({ region, ipId: spare.id, lbId: LB_IDS.factoryEdge }));
    expect(otherRegion.fields.lb_id?.[0]).toContain('not found in fr-par');

    const warsaw = await ipByAddress(LB_IP_ADDRESSES.spareWarsaw, 'pl-waw');
    const locked = await failure(attachIp({ region: 'pl-waw', ipId: warsaw.id, lbId: LB_IDS.windScada }));
    expect(locked.details.precondition).toBe('resource_locked');
  });
});
