import { http, HttpResponse, type HttpHandler } from 'msw';
import type { AttachPrivateNetworkRequest, ListPrivateNetworksResponse } from '../../src/api/scaleway-lb/types';
import { scalewayError, scalewayNotFound } from '../lib/envelopes';
import { withScenario } from '../lib/scenario';
import type { MockPrivateNetwork } from '../seed/scaleway-lb';
import { lbPrivateNetworksCollection } from '../store/scaleway-lb';
import { listUnder, Problems, readJson } from './scaleway-lb-kit';
import { lbIn, livePrivateNetworks, lockedOrTransient, privateNetworkWire } from './scaleway-lb-model';
import { SETTLE_MS } from './scaleway-lb-common';

/** Scaleway Load Balancer API v1 mock: private networks. The checks every endpoint shares are in scaleway-lb-kit.ts. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function privateNetworkHandlers(base: string): HttpHandler[] {
  const attachment = (region: string, key: string) => {
    const [lbId = '', pnId = ''] = key.split(':');
    const lb = lbIn(region, lbId);
    return lb ? { lb, pnId, attached: lbPrivateNetworksCollection.has(`${lb.id}:${pnId}`) } : undefined;
  };
  const pnPath = (action: string) => `${base}/lbs/:lbId/private-networks/:privateNetworkId/${action}`;
  return [
    listUnder(
      `${base}/lbs/:lbId/private-networks`,
      'lbId',
      'lb',
      lbIn,
      (lb) => livePrivateNetworks(lb.id),
      (page, total): ListPrivateNetworksResponse => ({ private_network: page.map(privateNetworkWire), total_count: total }),
      { order: ['created_at_asc', 'created_at_desc'] },
    ),
    http.post(
      pnPath('attach'),
      withScenario('scaleway', async ({ request, params }) => {
        const found = attachment(String(params.region), `${String(params.lbId)}:${String(params.privateNetworkId)}`);
        if (!found) return scalewayNotFound('lb', String(params.lbId));
        const body = (await readJson<AttachPrivateNetworkRequest>(request)) ?? {};
        const p = new Problems();
        if (!UUID.test(found.pnId)) p.add('private_network_id', 'must be a UUID', 'format');
        (body.ipam_ids ?? []).forEach((id, i) => {
          if (!UUID.test(String(id))) p.add(`ipam_ids.${i}`, 'must be a UUID', 'format');
        });
        if ((body.ipam_ids ?? []).length > 1) p.add('ipam_ids', 'only one IPAM IP (IPv4) is supported for now');
        if (p.any) return p.response();
        if (found.attached) return scalewayError(409, 'already_exists', `load balancer ${found.lb.name} is already attached to private network ${found.pnId}`, { resource: 'private_network', resource_id: found.pnId, help_message: `load balancer ${found.lb.name} is already attached to it` });
        const blocked = lockedOrTransient(found.lb);
        if (blocked) return blocked;
        const now = Date.now();
        const pn: MockPrivateNetwork = {
          lb_id: found.lb.id,
          private_network_id: found.pnId,
          ipam_ids: body.ipam_ids?.length ? body.ipam_ids : [crypto.randomUUID()],
          static_config: null,
          dhcp_config: null,
          ipam_config: {},
          status: 'pending',
          created_at: new Date(now).toISOString(),
          updated_at: new Date(now).toISOString(),
          settle: [{ at: now + SETTLE_MS, patch: { status: 'ready', updated_at: new Date(now + SETTLE_MS).toISOString() } }],
        };
        lbPrivateNetworksCollection.insert(pn);
        return HttpResponse.json(privateNetworkWire(pn));
      }),
    ),
    http.post(
      pnPath('detach'),
      withScenario('scaleway', ({ params }) => {
        const found = attachment(String(params.region), `${String(params.lbId)}:${String(params.privateNetworkId)}`);
        if (!found) return scalewayNotFound('lb', String(params.lbId));
        if (!found.attached) return scalewayNotFound('private_network', found.pnId);
        const blocked = lockedOrTransient(found.lb);
        if (blocked) return blocked;
        lbPrivateNetworksCollection.remove(`${found.lb.id}:${found.pnId}`);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}
