import { HttpResponse, type HttpHandler } from 'msw';
import {
  LB_TRANSIENT_STATUSES,
  SSL_COMPATIBILITY_LEVELS,
  type CreateLbRequest,
  type ListLbTypesResponse,
  type ListLbsResponse,
  type MigrateLbRequest,
  type UpdateLbRequest,
} from '../../src/api/scaleway-lb/types';
import { createRng } from '../lib/random';
import { instancesFor, lbTypesFor, REGION_ZONES, type MockLb } from '../seed/scaleway-lb';
import {
  lbAclsCollection,
  lbBackendsCollection,
  lbCertificatesCollection,
  lbFrontendsCollection,
  lbIpsCollection,
  lbPrivateNetworksCollection,
  lbRoutesCollection,
  lbsCollection,
} from '../store/scaleway-lb';
import { change, checkEnum, checkName, checkTags, createIn, getOne, inRegion, listUnder, transient } from './scaleway-lb-kit';
import { ipsFor, lbIn, lbWire, liveLb, lockedOrTransient, newIp, pnKey } from './scaleway-lb-model';
import { SETTLE_MS, ownedBy } from './scaleway-lb-common';

/** Scaleway Load Balancer API v1 mock: load balancers. The checks every endpoint shares are in scaleway-lb-kit.ts. */

export function lbHandlers(base: string): HttpHandler[] {
  return [
    listUnder(
      `${base}/lbs`,
      'region',
      'region',
      inRegion,
      (region, url) => {
        const tags = url.searchParams.getAll('tags').filter(Boolean);
        return lbsCollection
          .all()
          .map((lb) => liveLb(lb.id) ?? lb)
          .filter((lb) => lb.region === region && ownedBy(lb, url) && (tags.length === 0 || tags.some((t) => lb.tags.includes(t))));
      },
      (page, total): ListLbsResponse => ({ lbs: page.map(lbWire), total_count: total }),
      { name: (lb) => lb.name.toLowerCase() },
    ),
    createIn<CreateLbRequest>(`${base}/lbs`, {
      check: (p, body, region) => {
        checkName(p, 'name', body.name);
        if (typeof body.project_id !== 'string' || body.project_id === '') p.required('project_id');
        if (body.description !== undefined && typeof body.description !== 'string') p.add('description', 'must be a string', 'format');
        checkTags(p, 'tags', body.tags);
        checkEnum(p, 'ssl_compatibility_level', body.ssl_compatibility_level, SSL_COMPATIBILITY_LEVELS);
        const types = lbTypesFor(region);
        const type = types.find((t) => t.name.toLowerCase() === String(body.type ?? '').toLowerCase());
        if (!body.type) p.required('type');
        else if (!type) p.add('type', `unknown type "${String(body.type)}", expected one of ${types.map((t) => t.name).join(', ')}`);
        else if (type.stock_status === 'out_of_stock') p.add('type', `${type.name} is out of stock in ${type.zone}: choose another type`);
        (Array.isArray(body.ip_ids) ? body.ip_ids : []).forEach((id, i) => {
          const ip = lbIpsCollection.get(String(id));
          if (!ip || ip.region !== region) p.add(`ip_ids.${i}`, `flexible IP ${String(id)} not found in ${region}`);
          else if (ip.lb_id) p.add(`ip_ids.${i}`, `flexible IP ${ip.ip_address} is already attached to another load balancer`);
        });
      },
      apply: (region, body) => {
        const ipIds = (body.ip_ids ?? []).map(String);
        const type = lbTypesFor(region).find((t) => t.name.toLowerCase() === String(body.type).toLowerCase());
        const now = Date.now();
        const zone = ipIds.length ? (lbIpsCollection.get(ipIds[0] ?? '')?.zone ?? `${region}-1`) : (REGION_ZONES[region]?.[0] ?? `${region}-1`);
        const id = crypto.randomUUID();
        const created = new Date(now).toISOString();
        const lb: MockLb = {
          id,
          name: String(body.name),
          description: body.description ?? '',
          status: 'to_create',
          instances: instancesFor(createRng(id), zone, created),
          organization_id: String(body.project_id),
          project_id: String(body.project_id),
          tags: body.tags ?? [],
          type: type?.name ?? String(body.type),
          ssl_compatibility_level: body.ssl_compatibility_level ?? 'ssl_compatibility_level_intermediate',
          created_at: created,
          updated_at: created,
          region,
          zone,
          subscriber_id: null,
          settle: [
            { at: now + 600, patch: { status: 'creating' } },
            { at: now + SETTLE_MS, patch: { status: 'ready', updated_at: new Date(now + SETTLE_MS).toISOString() } },
          ],
        };
        lbsCollection.insert(lb);
        for (const ipId of ipIds) lbIpsCollection.update(ipId, (ip) => ({ ...ip, lb_id: id }));
        if (ipIds.length === 0 && body.assign_flexible_ip !== false) lbIpsCollection.insert(newIp(region, zone, lb.project_id, lb.organization_id, false, { lb_id: id }));
        if (body.assign_flexible_ipv6 === true) lbIpsCollection.insert(newIp(region, zone, lb.project_id, lb.organization_id, true, { lb_id: id }));
        return HttpResponse.json(lbWire(lb));
      },
    }),
    getOne(`${base}/lbs/:lbId`, 'lbId', 'lb', lbIn, lbWire),
    change<MockLb, UpdateLbRequest>('put', `${base}/lbs/:lbId`, 'lbId', 'lb', lbIn, {
      check: (p, body) => {
        checkName(p, 'name', body.name);
        if (typeof body.description !== 'string') p.required('description');
        checkTags(p, 'tags', body.tags);
        checkEnum(p, 'ssl_compatibility_level', body.ssl_compatibility_level, SSL_COMPATIBILITY_LEVELS);
      },
      guard: lockedOrTransient,
      apply: (lb, body) => {
        const updated = lbsCollection.update(lb.id, (l) => ({
          ...l,
          name: String(body.name),
          description: String(body.description),
          tags: body.tags ?? l.tags,
          ssl_compatibility_level: body.ssl_compatibility_level ?? l.ssl_compatibility_level,
          updated_at: new Date().toISOString(),
        }));
        return HttpResponse.json(lbWire(updated ?? lb));
      },
    }),
    change<MockLb>('delete', `${base}/lbs/:lbId`, 'lbId', 'lb', lbIn, {
      guard: (lb) => (LB_TRANSIENT_STATUSES.includes(lb.status) ? transient('lb', lb.id, lb.status) : undefined),
      apply: (lb, _body, request) => {
        const releaseIp = new URL(request.url).searchParams.get('release_ip') === 'true';
        for (const ip of ipsFor(lb.region, lb.id)) {
          if (releaseIp) lbIpsCollection.remove(ip.id);
          else lbIpsCollection.update(ip.id, (i) => ({ ...i, lb_id: null }));
        }
        const frontendIds = new Set(lbFrontendsCollection.all().filter((f) => f.lb_id === lb.id).map((f) => f.id));
        for (const a of lbAclsCollection.all()) if (frontendIds.has(a.frontend_id)) lbAclsCollection.remove(a.id);
        for (const r of lbRoutesCollection.all()) if (frontendIds.has(r.frontend_id)) lbRoutesCollection.remove(r.id);
        for (const id of frontendIds) lbFrontendsCollection.remove(id);
        for (const b of lbBackendsCollection.all()) if (b.lb_id === lb.id) lbBackendsCollection.remove(b.id);
        for (const c of lbCertificatesCollection.all()) if (c.lb_id === lb.id) lbCertificatesCollection.remove(c.id);
        for (const pn of lbPrivateNetworksCollection.all()) if (pn.lb_id === lb.id) lbPrivateNetworksCollection.remove(pnKey(pn));
        lbsCollection.remove(lb.id);
        return new HttpResponse(null, { status: 204 });
      },
    }),
    change<MockLb, MigrateLbRequest>('post', `${base}/lbs/:lbId/migrate`, 'lbId', 'lb', lbIn, {
      check: (p, body, lb) => {
        const type = lbTypesFor(lb.region).find((t) => t.name.toLowerCase() === String(body.type ?? '').toLowerCase());
        if (!body.type) p.required('type');
        else if (!type) p.add('type', `unknown type "${String(body.type)}"`);
        else if (type.name === lb.type) p.add('type', `the load balancer is already of type ${lb.type}`);
        else if (type.stock_status === 'out_of_stock') p.add('type', `${type.name} is out of stock in ${type.zone}`);
      },
      guard: lockedOrTransient,
      apply: (lb, body) => {
        const type = lbTypesFor(lb.region).find((t) => t.name.toLowerCase() === String(body.type).toLowerCase());
        const now = Date.now();
        const updated = lbsCollection.update(lb.id, (l) => ({
          ...l,
          status: 'migrating',
          type: type?.name ?? l.type,
          updated_at: new Date(now).toISOString(),
          settle: [{ at: now + SETTLE_MS * 1.5, patch: { status: 'ready', updated_at: new Date(now + SETTLE_MS * 1.5).toISOString() } }],
        }));
        return HttpResponse.json(lbWire(updated ?? lb));
      },
    }),
    listUnder(
      `${base}/lb-types`,
      'region',
      'region',
      inRegion,
      (region) => lbTypesFor(region).map((t) => ({ ...t, created_at: null })),
      (page, total): ListLbTypesResponse => ({ lb_types: page.map(({ created_at: _c, ...t }) => t), total_count: total }),
      { order: ['created_at_asc'] },
    ),
  ];
}
