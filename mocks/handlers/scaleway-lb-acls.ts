import { HttpResponse, type HttpHandler } from 'msw';
import {
  ACL_ACTION_TYPES,
  ACL_HTTP_FILTERS,
  ACL_REDIRECT_CODES,
  ACL_REDIRECT_TYPES,
  type AclInput,
  type ListAclsResponse,
} from '../../src/api/scaleway-lb/types';
import { validateAclRegex } from '../../src/lib/haproxy-regex';
import { parseIpOrCidr } from '../../src/lib/ip';
import { hasScenario } from '../../src/lib/mock-scenario';
import { scalewayError } from '../lib/envelopes';
import type { MockAcl, MockFrontend, MockLb } from '../seed/scaleway-lb';
import { lbAclsCollection, lbBackendsCollection } from '../store/scaleway-lb';
import type { Problems } from './scaleway-lb-kit';
import { change, checkEnum, checkName, getOne, listUnder } from './scaleway-lb-kit';
import { aclWire, frontendIn } from './scaleway-lb-model';
import { guardLb } from './scaleway-lb-common';

/** Scaleway Load Balancer API v1 mock: acls. The checks every endpoint shares are in scaleway-lb-kit.ts. */

function checkAcl(p: Problems, body: Partial<AclInput>, frontend: MockFrontend): void {
  checkName(p, 'name', body.name);
  if (typeof body.index !== 'number' || !Number.isInteger(body.index) || body.index < 0) p.add('index', 'must be an integer of 0 or more', body.index === undefined ? 'required' : 'constraint');
  if (body.description !== undefined && typeof body.description !== 'string') p.add('description', 'must be a string', 'format');
  const action = body.action;
  if (!action) p.required('action');
  else {
    checkEnum(p, 'action.type', action.type, ACL_ACTION_TYPES, true);
    if (action.type === 'redirect') {
      const r = action.redirect;
      if (!r) p.required('action.redirect');
      else {
        checkEnum(p, 'action.redirect.type', r.type, ACL_REDIRECT_TYPES, true);
        if (typeof r.target !== 'string' || r.target === '') p.required('action.redirect.target');
        else if (r.type === 'scheme' && !/^[a-z][a-z0-9+.-]*$/i.test(r.target)) p.add('action.redirect.target', 'must be a scheme name such as "https"', 'format');
        else if (r.type === 'location' && !/^(https?:\/\/|\/|\{\{scheme\}\}:\/\/)/.test(r.target)) p.add('action.redirect.target', 'must be a URL (https://…) or an absolute path', 'format');
        if (r.code !== undefined && r.code !== null && !(ACL_REDIRECT_CODES as readonly number[]).includes(r.code)) p.add('action.redirect.code', `must be one of ${ACL_REDIRECT_CODES.join(', ')}`);
      }
    }
  }
  const match = body.match;
  if (!match) {
    p.required('match');
    return;
  }
  const subnets = Array.isArray(match.ip_subnet) ? match.ip_subnet : [];
  subnets.forEach((s, i) => {
    const parsed = parseIpOrCidr(s);
    if (!parsed.ok) p.add(`match.ip_subnet.${i}`, `"${s}": ${parsed.error}`, 'format');
  });
  const filter = match.http_filter ?? 'acl_http_filter_none';
  checkEnum(p, 'match.http_filter', filter, ACL_HTTP_FILTERS);
  const values = Array.isArray(match.http_filter_value) ? match.http_filter_value : [];
  const hasHttp = filter !== 'acl_http_filter_none';
  if (!hasHttp && subnets.length === 0 && !match.ips_edge_services) p.add('match', 'one of ip_subnet, ips_edge_services or http_filter and http_filter_value is required', 'required');
  if (hasHttp && values.length === 0) p.required('match.http_filter_value');
  if (hasHttp) {
    const backend = lbBackendsCollection.get(frontend.backend_id);
    if (backend && backend.forward_protocol !== 'http') p.add('match.http_filter', 'HTTP filters are only supported for HTTP backends');
  }
  if (filter === 'http_header_match' && !match.http_filter_option) p.add('match.http_filter_option', 'the header name is required with http_header_match', 'required');
  if (filter === 'regex') {
    values.forEach((v, i) => {
      const problem = validateAclRegex(v);
      if (problem) p.add(`match.http_filter_value.${i}`, problem, 'format');
    });
  }
  if (action?.type === 'redirect') {
    const backend = lbBackendsCollection.get(frontend.backend_id);
    if (backend && backend.forward_protocol !== 'http') p.add('action.type', 'redirects need an HTTP frontend');
  }
}

function aclFields(body: Partial<AclInput>): Pick<MockAcl, 'name' | 'index' | 'description' | 'action' | 'match'> {
  const match = body.match;
  return {
    name: String(body.name),
    index: Number(body.index),
    description: body.description ?? '',
    action: { type: body.action?.type ?? 'deny', redirect: body.action?.type === 'redirect' && body.action.redirect ? { type: body.action.redirect.type, target: body.action.redirect.target, code: body.action.redirect.code ?? 302 } : null },
    match: {
      ip_subnet: match?.ip_subnet ?? [],
      ips_edge_services: match?.ips_edge_services ?? false,
      http_filter: match?.http_filter ?? 'acl_http_filter_none',
      http_filter_value: match?.http_filter_value ?? [],
      http_filter_option: match?.http_filter_option || null,
      invert: match?.invert ?? false,
    },
  };
}

const aclIn = (region: string, id: string) => {
  const acl = lbAclsCollection.get(id);
  const found = acl ? frontendIn(region, acl.frontend_id) : undefined;
  return acl && found ? { acl, ...found } : undefined;
};

export function aclHandlers(base: string): HttpHandler[] {
  return [
    listUnder(
      `${base}/frontends/:frontendId/acls`,
      'frontendId',
      'frontend',
      frontendIn,
      ({ frontend }) => lbAclsCollection.all().filter((a) => a.frontend_id === frontend.id),
      (page, total): ListAclsResponse => ({ acls: page.map(aclWire), total_count: total }),
      { name: (a) => a.name },
    ),
    change<{ frontend: MockFrontend; lb: MockLb }, AclInput>('post', `${base}/frontends/:frontendId/acls`, 'frontendId', 'frontend', frontendIn, {
      check: (p, body, { frontend }) => checkAcl(p, body, frontend),
      guard: guardLb,
      apply: ({ frontend }, body) => {
        const now = new Date().toISOString();
        const acl: MockAcl = { id: crypto.randomUUID(), ...aclFields(body), frontend_id: frontend.id, created_at: now, updated_at: now };
        lbAclsCollection.insert(acl);
        return HttpResponse.json(aclWire(acl));
      },
    }),
    getOne(`${base}/acls/:aclId`, 'aclId', 'acl', aclIn, (found) => aclWire(found.acl)),
    change<NonNullable<ReturnType<typeof aclIn>>, AclInput>('put', `${base}/acls/:aclId`, 'aclId', 'acl', aclIn, {
      // Lets the e2e tests and demos watch an optimistic reorder roll back.
      refuse: () => (hasScenario('lb-acl-update-error') ? scalewayError(500, 'api_error', 'could not update the ACL: internal error') : undefined),
      check: (p, body, { frontend }) => checkAcl(p, body, frontend),
      guard: guardLb,
      apply: ({ acl }, body) => {
        const updated = lbAclsCollection.update(acl.id, (a) => ({ ...a, ...aclFields(body), updated_at: new Date().toISOString() }));
        return HttpResponse.json(aclWire(updated ?? acl));
      },
    }),
    change<NonNullable<ReturnType<typeof aclIn>>>('delete', `${base}/acls/:aclId`, 'aclId', 'acl', aclIn, {
      guard: guardLb,
      apply: ({ acl }) => {
        lbAclsCollection.remove(acl.id);
        return new HttpResponse(null, { status: 204 });
      },
    }),
  ];
}
