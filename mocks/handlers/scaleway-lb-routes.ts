import { HttpResponse, type HttpHandler } from 'msw';
import type { CreateRouteRequest, ListRoutesResponse, RouteMatchInput, UpdateRouteRequest } from '../../src/api/scaleway-lb/types';
import type { MockFrontend, MockRoute } from '../seed/scaleway-lb';
import { lbBackendsCollection, lbRoutesCollection } from '../store/scaleway-lb';
import type { Problems } from './scaleway-lb-kit';
import { change, checkHostname, createIn, getOne, inRegion, listUnder } from './scaleway-lb-kit';
import { frontendIn, lockedOrTransient, routeWire } from './scaleway-lb-model';
import { guardLb } from './scaleway-lb-common';

/** Scaleway Load Balancer API v1 mock: routes. The checks every endpoint shares are in scaleway-lb-kit.ts. */

function checkRoute(p: Problems, match: Partial<RouteMatchInput> | undefined, frontend: MockFrontend, backendId: unknown): void {
  const backend = typeof backendId === 'string' ? lbBackendsCollection.get(backendId) : undefined;
  if (!backendId) p.required('backend_id');
  else if (!backend || backend.lb_id !== frontend.lb_id) p.add('backend_id', 'backend not found on the load balancer of this frontend');
  if (!match) {
    p.required('match');
    return;
  }
  const kinds = (['sni', 'host_header', 'path_begin'] as const).filter((k) => typeof match[k] === 'string' && match[k] !== '');
  if (kinds.length !== 1) p.add('match', 'exactly one of sni, host_header and path_begin is required', kinds.length ? 'constraint' : 'required');
  const frontendBackend = lbBackendsCollection.get(frontend.backend_id);
  const protocol = frontendBackend?.forward_protocol;
  if (match.sni) {
    checkHostname(p, 'match.sni', match.sni, { wildcard: true });
    if (protocol === 'http') p.add('match.sni', 'SNI routes are for TCP frontends; use host_header on an HTTP frontend');
  }
  if (match.host_header) {
    checkHostname(p, 'match.host_header', match.host_header, { wildcard: true });
    if (protocol === 'tcp') p.add('match.host_header', 'host header routes are for HTTP frontends; use sni on a TCP frontend');
  }
  if (match.path_begin) {
    if (!match.path_begin.startsWith('/')) p.add('match.path_begin', 'must start with "/"', 'format');
    if (protocol === 'tcp') p.add('match.path_begin', 'path routes are for HTTP frontends');
  }
}

function routeMatch(match: Partial<RouteMatchInput> | undefined): MockRoute['match'] {
  return { sni: match?.sni || null, host_header: match?.host_header || null, path_begin: match?.path_begin || null, match_subdomains: match?.match_subdomains ?? false };
}

const routeIn = (region: string, id: string) => {
  const route = lbRoutesCollection.get(id);
  const found = route && route.region === region ? frontendIn(region, route.frontend_id) : undefined;
  return route && found ? { route, ...found } : undefined;
};

export function routeHandlers(base: string): HttpHandler[] {
  return [
    listUnder(
      `${base}/routes`,
      'region',
      'region',
      inRegion,
      (region, url) => {
        const frontendId = url.searchParams.get('frontend_id');
        return lbRoutesCollection.all().filter((r) => r.region === region && (!frontendId || r.frontend_id === frontendId));
      },
      (page, total): ListRoutesResponse => ({ routes: page.map(routeWire), total_count: total }),
      { order: ['created_at_asc', 'created_at_desc'] },
    ),
    createIn<CreateRouteRequest>(`${base}/routes`, {
      check: (p, body, region) => {
        const found = body.frontend_id ? frontendIn(region, body.frontend_id) : undefined;
        if (!body.frontend_id) p.required('frontend_id');
        else if (!found) p.add('frontend_id', `frontend ${body.frontend_id} not found in ${region}`);
        if (found) checkRoute(p, body.match, found.frontend, body.backend_id);
      },
      apply: (region, body) => {
        // The load balancer is only known from the body here, so its state is checked now.
        const found = frontendIn(region, String(body.frontend_id));
        const blocked = found ? lockedOrTransient(found.lb) : undefined;
        if (blocked) return blocked;
        const now = new Date().toISOString();
        const route: MockRoute = { id: crypto.randomUUID(), frontend_id: String(body.frontend_id), backend_id: String(body.backend_id), match: routeMatch(body.match), created_at: now, updated_at: now, region };
        lbRoutesCollection.insert(route);
        return HttpResponse.json(routeWire(route));
      },
    }),
    getOne(`${base}/routes/:routeId`, 'routeId', 'route', routeIn, (found) => routeWire(found.route)),
    change<NonNullable<ReturnType<typeof routeIn>>, UpdateRouteRequest>('put', `${base}/routes/:routeId`, 'routeId', 'route', routeIn, {
      check: (p, body, { frontend }) => checkRoute(p, body.match, frontend, body.backend_id),
      guard: guardLb,
      apply: ({ route }, body) => {
        const updated = lbRoutesCollection.update(route.id, (r) => ({ ...r, backend_id: String(body.backend_id), match: routeMatch(body.match), updated_at: new Date().toISOString() }));
        return HttpResponse.json(routeWire(updated ?? route));
      },
    }),
    change<NonNullable<ReturnType<typeof routeIn>>>('delete', `${base}/routes/:routeId`, 'routeId', 'route', routeIn, {
      guard: guardLb,
      apply: ({ route }) => {
        lbRoutesCollection.remove(route.id);
        return new HttpResponse(null, { status: 204 });
      },
    }),
  ];
}
