import { HttpResponse, type HttpHandler } from 'msw';
import type { CreateIpRequest, ListIpsResponse, UpdateIpRequest } from '../../src/api/scaleway-lb/types';
import { defaultReverse, REGION_ZONES } from '../seed/scaleway-lb';
import { lbIpsCollection, lbsCollection } from '../store/scaleway-lb';
import {
  change,
  checkHostname,
  checkTags,
  createIn,
  getOne,
  inRegion,
  listUnder,
  precondition,
  withoutUndefined,
} from './scaleway-lb-kit';
import { ipWire, lbIn, liveLb, lockedOrTransient, newIp } from './scaleway-lb-model';
import { ownedBy } from './scaleway-lb-common';

/** Scaleway Load Balancer API v1 mock: flexible ips. The checks every endpoint shares are in scaleway-lb-kit.ts. */

const ipIn = (region: string, id: string) => {
  const ip = lbIpsCollection.get(id);
  return ip && ip.region === region ? ip : undefined;
};

/** The state of the load balancer an IP is attached to or detached from. */
function guardAttachment(lbId: string): Response | undefined {
  const lb = liveLb(lbId);
  return lb ? lockedOrTransient(lb) : undefined;
}

export function ipHandlers(base: string): HttpHandler[] {
  return [
    listUnder(
      `${base}/ips`,
      'region',
      'region',
      inRegion,
      (region, url) => {
        const type = url.searchParams.get('ip_type') ?? 'all';
        const address = url.searchParams.get('ip_address');
        const tags = url.searchParams.getAll('tags').filter(Boolean);
        return lbIpsCollection
          .all()
          .filter(
            (ip) =>
              ip.region === region &&
              (type === 'all' || (type === 'ipv6') === ip.ip_address.includes(':')) &&
              (!address || ip.ip_address.includes(address)) &&
              ownedBy(ip, url) &&
              (tags.length === 0 || tags.some((t) => ip.tags.includes(t))),
          )
          .map((ip) => ({ ip, created_at: null }));
      },
      (page, total): ListIpsResponse => ({ ips: page.map((row) => ipWire(row.ip)), total_count: total }),
      { order: ['created_at_asc'] },
    ),
    createIn<CreateIpRequest>(`${base}/ips`, {
      check: (p, body) => {
        if (typeof body.project_id !== 'string' || body.project_id === '') p.required('project_id');
        if (typeof body.is_ipv6 !== 'boolean') p.required('is_ipv6');
        if (body.reverse) checkHostname(p, 'reverse', body.reverse);
        checkTags(p, 'tags', body.tags);
      },
      apply: (region, body) => {
        const ip = newIp(region, REGION_ZONES[region]?.[0] ?? `${region}-1`, String(body.project_id), String(body.project_id), body.is_ipv6 === true, { reverse: body.reverse || undefined, tags: body.tags });
        lbIpsCollection.insert(ip);
        return HttpResponse.json(ipWire(ip));
      },
    }),
    getOne(`${base}/ips/:ipId`, 'ipId', 'ip', ipIn, ipWire),
    change<ReturnType<typeof ipIn> & object, UpdateIpRequest>('patch', `${base}/ips/:ipId`, 'ipId', 'ip', ipIn, {
      check: (p, body, ip) => {
        if (body.reverse !== undefined && body.reverse !== '') checkHostname(p, 'reverse', body.reverse);
        checkTags(p, 'tags', body.tags);
        if (body.lb_id === undefined || body.lb_id === null) return;
        const lb = typeof body.lb_id === 'string' ? lbIn(ip.region, body.lb_id) : undefined;
        if (!lb) p.add('lb_id', `load balancer ${String(body.lb_id)} not found in ${ip.region}`);
        else if (lb.zone !== ip.zone) p.add('lb_id', `flexible IP ${ip.ip_address} is in ${ip.zone}, load balancer ${lb.name} in ${lb.zone}: a flexible IP attaches only in its own zone`);
      },
      refuse: (ip, body) => {
        if (body.lb_id === undefined || body.lb_id === ip.lb_id) return undefined;
        // Attaching an IP that another load balancer holds must go through a detach first.
        if (body.lb_id !== null && ip.lb_id) {
          const holder = lbsCollection.get(ip.lb_id);
          return precondition(`IP ${ip.ip_address} is attached to load balancer ${holder?.name ?? ip.lb_id}: detach it first`, 'resource_still_in_use');
        }
        // The load balancer that gains or loses the address is reconfigured: it must be free to change.
        return guardAttachment(body.lb_id ?? ip.lb_id ?? '');
      },
      apply: (ip, body) => {
        const lbId = body.lb_id === undefined ? ip.lb_id : body.lb_id;
        const updated = lbIpsCollection.update(ip.id, (i) =>
          withoutUndefined({ ...i, reverse: body.reverse === undefined ? i.reverse : body.reverse || defaultReverse(i.ip_address, i.region), tags: body.tags ?? i.tags, lb_id: lbId ?? null }),
        );
        return HttpResponse.json(ipWire(updated ?? ip));
      },
    }),
    change<ReturnType<typeof ipIn> & object>('delete', `${base}/ips/:ipId`, 'ipId', 'ip', ipIn, {
      refuse: (ip) => {
        if (!ip.lb_id) return undefined;
        const lb = lbsCollection.get(ip.lb_id);
        return precondition(`IP ${ip.ip_address} is attached to load balancer ${lb?.name ?? ip.lb_id}: delete the load balancer (releasing its IP) or detach the IP first`, 'resource_still_in_use');
      },
      apply: (ip) => {
        lbIpsCollection.remove(ip.id);
        return new HttpResponse(null, { status: 204 });
      },
    }),
  ];
}
