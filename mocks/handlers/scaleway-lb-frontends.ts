import { HttpResponse, type HttpHandler } from 'msw';
import type { FrontendSettings, ListFrontendsResponse } from '../../src/api/scaleway-lb/types';
import type { MockFrontend, MockLb } from '../seed/scaleway-lb';
import { lbAclsCollection, lbBackendsCollection, lbFrontendsCollection, lbRoutesCollection } from '../store/scaleway-lb';
import type {
  Problems} from './scaleway-lb-kit';
import {
  change,
  checkCount,
  checkDuration,
  checkName,
  checkPort,
  getOne,
  listUnder,
  withoutUndefined,
} from './scaleway-lb-kit';
import { frontendIn, frontendWire, lbIn, liveCertificate, lockedOrTransient } from './scaleway-lb-model';
import { frontendHasHttpAcls } from './scaleway-lb-backends';
import { guardLb } from './scaleway-lb-common';

/** Scaleway Load Balancer API v1 mock: frontends. The checks every endpoint shares are in scaleway-lb-kit.ts. */

function checkFrontend(p: Problems, body: Partial<FrontendSettings>, lb: MockLb, selfId?: string): void {
  checkName(p, 'name', body.name);
  checkPort(p, 'inbound_port', body.inbound_port);
  const clash = lbFrontendsCollection.all().find((f) => f.lb_id === lb.id && f.id !== selfId && f.inbound_port === body.inbound_port);
  if (clash) p.add('inbound_port', `port ${String(body.inbound_port)} is already used by frontend ${clash.name}`);
  if (typeof body.name === 'string' && lbFrontendsCollection.all().some((f) => f.lb_id === lb.id && f.id !== selfId && f.name === body.name)) p.add('name', `a frontend named "${body.name}" already exists on this load balancer`);
  const backend = body.backend_id ? lbBackendsCollection.get(body.backend_id) : undefined;
  if (!body.backend_id) p.required('backend_id');
  else if (!backend || backend.lb_id !== lb.id) p.add('backend_id', 'backend not found on this load balancer');
  checkDuration(p, 'timeout_client', body.timeout_client);
  checkCount(p, 'connection_rate_limit', body.connection_rate_limit, 100_000);
  const certificateIds = body.certificate_ids ?? [];
  certificateIds.forEach((id, i) => {
    const cert = liveCertificate(id);
    if (!cert || cert.lb_id !== lb.id) p.add(`certificate_ids.${i}`, `certificate ${id} not found on this load balancer`);
    else if (cert.status === 'error') p.add(`certificate_ids.${i}`, `certificate ${cert.name} failed to generate and cannot be used`);
  });
  if (body.enable_http3 && certificateIds.length === 0) p.add('enable_http3', 'HTTP/3 needs TLS: add a certificate to the frontend');
  if (body.enable_http3 && backend && backend.forward_protocol !== 'http') p.add('enable_http3', 'HTTP/3 needs an HTTP backend');
}

function frontendFields(body: Partial<FrontendSettings>): Partial<MockFrontend> {
  return withoutUndefined({
    name: body.name,
    inbound_port: body.inbound_port,
    backend_id: body.backend_id,
    timeout_client: body.timeout_client,
    certificate_ids: body.certificate_ids,
    enable_http3: body.enable_http3,
    connection_rate_limit: body.connection_rate_limit,
    enable_access_logs: body.enable_access_logs,
  });
}

export function frontendHandlers(base: string): HttpHandler[] {
  return [
    listUnder(
      `${base}/lbs/:lbId/frontends`,
      'lbId',
      'lb',
      lbIn,
      (lb) => lbFrontendsCollection.all().filter((f) => f.lb_id === lb.id),
      (page, total): ListFrontendsResponse => ({ frontends: page.map(frontendWire), total_count: total }),
      { name: (f) => f.name },
    ),
    change<MockLb, FrontendSettings>('post', `${base}/lbs/:lbId/frontends`, 'lbId', 'lb', lbIn, {
      check: (p, body, lb) => checkFrontend(p, body, lb),
      guard: lockedOrTransient,
      apply: (lb, body) => {
        const now = new Date().toISOString();
        const frontend: MockFrontend = {
          id: crypto.randomUUID(),
          name: String(body.name),
          inbound_port: Number(body.inbound_port),
          lb_id: lb.id,
          backend_id: String(body.backend_id),
          timeout_client: body.timeout_client ?? '30s',
          certificate_ids: body.certificate_ids ?? [],
          enable_http3: body.enable_http3 ?? false,
          connection_rate_limit: body.connection_rate_limit ?? 0,
          enable_access_logs: body.enable_access_logs ?? false,
          created_at: now,
          updated_at: now,
        };
        lbFrontendsCollection.insert(frontend);
        return HttpResponse.json(frontendWire(frontend));
      },
    }),
    getOne(`${base}/frontends/:frontendId`, 'frontendId', 'frontend', frontendIn, (found) => frontendWire(found.frontend)),
    change<{ frontend: MockFrontend; lb: MockLb }, FrontendSettings>('put', `${base}/frontends/:frontendId`, 'frontendId', 'frontend', frontendIn, {
      check: (p, body, { frontend, lb }) => {
        checkFrontend(p, body, lb, frontend.id);
        const backend = body.backend_id ? lbBackendsCollection.get(body.backend_id) : undefined;
        if (backend && backend.forward_protocol !== 'http' && frontendHasHttpAcls(frontend.id)) p.add('backend_id', 'this frontend has ACLs with HTTP filters, which need an HTTP backend');
      },
      guard: guardLb,
      apply: ({ frontend }, body) => {
        const updated = lbFrontendsCollection.update(frontend.id, (f) => ({ ...f, ...frontendFields(body), updated_at: new Date().toISOString() }));
        return HttpResponse.json(frontendWire(updated ?? frontend));
      },
    }),
    change<{ frontend: MockFrontend; lb: MockLb }>('delete', `${base}/frontends/:frontendId`, 'frontendId', 'frontend', frontendIn, {
      guard: guardLb,
      apply: ({ frontend }) => {
        for (const a of lbAclsCollection.all()) if (a.frontend_id === frontend.id) lbAclsCollection.remove(a.id);
        for (const r of lbRoutesCollection.all()) if (r.frontend_id === frontend.id) lbRoutesCollection.remove(r.id);
        lbFrontendsCollection.remove(frontend.id);
        return new HttpResponse(null, { status: 204 });
      },
    }),
  ];
}
