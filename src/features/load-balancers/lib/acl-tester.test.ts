import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Acl, AclAction, AclMatch, Route } from '../../../api/scaleway-lb/types';
import { evaluateAcls, lintAcls, normalizeRequest, resolveRoute, sortAcls, type TestRequest } from './acl-tester';
import { compileAclRegex, validateAclRegex } from '../../../lib/haproxy-regex';

let counter = 0;
function acl(name: string, index: number, match: Partial<AclMatch> | null, action: Partial<AclAction> = { type: 'deny' }): Acl {
  counter++;
  return {
    id: `acl-${name}-${counter}`,
    name,
    index,
    description: '',
    created_at: `2026-01-01T00:00:${String(counter % 60).padStart(2, '0')}Z`,
    updated_at: null,
    frontend: null,
    action: { type: action.type ?? 'deny', redirect: action.redirect ?? null },
    match: match && {
      ip_subnet: match.ip_subnet ?? [],
      ips_edge_services: match.ips_edge_services ?? false,
      http_filter: match.http_filter ?? 'acl_http_filter_none',
      http_filter_value: match.http_filter_value ?? [],
      http_filter_option: match.http_filter_option ?? null,
      invert: match.invert ?? false,
    },
  };
}

const req = (overrides: Partial<TestRequest> = {}): TestRequest => ({
  clientIp: '198.51.100.7',
  host: 'api.fleet.example.com',
  path: '/',
  headers: [],
  scheme: 'https',
  viaEdgeServices: false,
  ...overrides,
});
const http = { protocol: 'http' } as const;
const tcp = { protocol: 'tcp' } as const;

/** The rules of the seeded device-api-par https frontend. */
const deviceApi = [
  acl('allow-office-admin', 0, { ip_subnet: ['203.0.113.0/24', '2001:db8:ace::/48'], http_filter: 'path_begin', http_filter_value: ['/admin'] }, { type: 'allow' }),
  acl('deny-admin', 10, { http_filter: 'path_begin', http_filter_value: ['/admin', '/internal'] }),
  acl('no-debug-header', 20, { http_filter: 'http_header_match', http_filter_option: 'X-Debug', http_filter_value: ['1', 'true'] }),
  acl('deny-probes', 30, { http_filter: 'path_end', http_filter_value: ['.php', '.env'] }),
  acl('docs-redirect', 40, { http_filter: 'path_begin', http_filter_value: ['/docs'] }, { type: 'redirect', redirect: { type: 'location', target: 'https://docs.fleet.example.com{{path}}?q={{query}}', code: 301 } }),
  acl('retired-v1', 50, { http_filter: 'regex', http_filter_value: ['^/v1/(devices|telemetry)'] }),
];

describe('evaluation order and verdicts', () => {
  it('fires the first matching rule and explains every rule before it', () => {
    const v = evaluateAcls(deviceApi, req({ path: '/admin/users' }), http);
    expect(v.fired?.acl.name).toBe('deny-admin');
    expect(v.outcome).toMatchObject({ kind: 'deny', description: 'Denied: the load balancer answers 403 Forbidden.' });
    expect(v.evaluations[0]).toMatchObject({ status: 'not-matched', position: 1 });
    expect(v.evaluations[0]?.reasons).toEqual(['Client IP 198.51.100.7 is not in 203.0.113.0/24 or 2001:db8:ace::/48.', 'Path "/admin/users" begins with "/admin".', 'Both conditions must hold.']);
    expect(v.evaluations[1]).toMatchObject({ status: 'fired', reasons: ['Path "/admin/users" begins with "/admin".'] });
    expect(v.evaluations.slice(2).every((e) => e.status === 'not-reached')).toBe(true);
    expect(v.evaluations[2]?.reasons).toEqual(['Not evaluated: "deny-admin" fired first.']);
  });

  it('lets office IPs (v4 and v6) through to the admin console', () => {
    expect(evaluateAcls(deviceApi, req({ clientIp: '203.0.113.10', path: '/admin' }), http).outcome.kind).toBe('allow');
    expect(evaluateAcls(deviceApi, req({ clientIp: '2001:db8:ace:1::5', path: '/admin/x' }), http).fired?.acl.name).toBe('allow-office-admin');
    // The office IP alone is not enough: the path must match too.
    expect(evaluateAcls(deviceApi, req({ clientIp: '203.0.113.10', path: '/status' }), http).outcome.kind).toBe('default-allow');
  });

  it('depends on order: the same request gets another verdict when rules are swapped', () => {
    const swapped = deviceApi.map((a) => (a.name === 'deny-admin' ? { ...a, index: -1 } : a));
    const v = evaluateAcls(swapped, req({ clientIp: '203.0.113.10', path: '/admin' }), http);
    expect(v.fired?.acl.name).toBe('deny-admin');
    expect(v.evaluations[1]?.status).toBe('not-reached');
  });

  it('allows by default when nothing fires, and says so', () => {
    const v = evaluateAcls(deviceApi, req({ path: '/v2/devices' }), http);
    expect(v.fired).toBeNull();
    expect(v.outcome).toEqual({ kind: 'default-allow', description: 'No rule fired: the request is allowed to the backend (the default).' });
    expect(v.evaluations.every((e) => e.status === 'not-matched')).toBe(true);
    expect(evaluateAcls([], req(), http).outcome.description).toBe('This frontend has no ACL: every request is allowed.');
  });

  it('sorts by index, then creation date', () => {
    const a = acl('a', 5, null);
    const b = acl('b', 1, null);
    const c = { ...acl('c', 5, null), created_at: '2020-01-01T00:00:00Z' };
    expect(sortAcls([a, b, c]).map((x) => x.name)).toEqual(['b', 'c', 'a']);
  });
});

describe('path filters', () => {
  it('compare the path without query string or fragment, case-sensitively', () => {
    expect(evaluateAcls(deviceApi, req({ path: '/index.php?x=1' }), http).fired?.acl.name).toBe('deny-probes');
    expect(evaluateAcls(deviceApi, req({ path: '/index?file=.php' }), http).fired).toBeNull();
    expect(evaluateAcls(deviceApi, req({ path: '/ADMIN' }), http).fired).toBeNull();
    expect(evaluateAcls(deviceApi, req({ path: '/x.env#frag' }), http).fired?.acl.name).toBe('deny-probes');
  });

  it('does not decode percent-encoding (HAProxy matches the raw path)', () => {
    expect(evaluateAcls(deviceApi, req({ path: '/%61dmin' }), http).fired).toBeNull();
  });

  it('accepts an absolute URL and takes scheme, host and path from it', () => {
    const v = evaluateAcls(deviceApi, req({ host: '', path: 'http://docs.example.org/docs/intro?lang=fr' }), http);
    expect(v.outcome).toEqual({ kind: 'redirect', status: 301, location: 'https://docs.fleet.example.com/docs/intro?q=lang=fr', description: 'Redirected with HTTP 301 to https://docs.fleet.example.com/docs/intro?q=lang=fr.' });
    expect(v.request.host).toBe('docs.example.org');
    expect(v.request.scheme).toBe('http');
  });
});

describe('regex filters', () => {
  it('search anywhere in the path (unanchored) unless the pattern anchors', () => {
    const rules = [acl('internal', 0, { http_filter: 'regex', http_filter_value: ['internal'] })];
    expect(evaluateAcls(rules, req({ path: '/api/internal/x' }), http).fired).not.toBeNull();
    expect(evaluateAcls(deviceApi, req({ path: '/v1/devices/42' }), http).fired?.acl.name).toBe('retired-v1');
    expect(evaluateAcls(deviceApi, req({ path: '/api/v1/devices' }), http).fired).toBeNull();
  });

  it('are case-sensitive', () => {
    expect(evaluateAcls(deviceApi, req({ path: '/V1/devices' }), http).fired).toBeNull();
  });

  it('shows an invalid regex as a problem, assumes it does not fire, and carries on', () => {
    const rules = [acl('broken', 0, { http_filter: 'regex', http_filter_value: ['^/(api|v[0-9]+/'] }), acl('deny-all', 1, { ip_subnet: ['0.0.0.0/0'] })];
    const v = evaluateAcls(rules, req({ path: '/api' }), http);
    expect(v.evaluations[0]?.status).toBe('undetermined');
    expect(v.evaluations[0]?.reasons.join(' ')).toMatch(/Regex "\^\/\(api\|v\[0-9\]\+\/" cannot be evaluated: Not a valid regular expression/);
    expect(v.fired?.acl.name).toBe('deny-all');
    expect(v.caveats).toEqual(['"broken" could not be evaluated in the browser. If it fires on the load balancer, the verdict is its action instead.']);
    expect(lintAcls(rules, http)).toContainEqual({ aclId: rules[0]?.id, severity: 'error', message: expect.stringContaining('Not a valid regular expression') });
  });

  it('treats PCRE-only syntax as undetermined, not as a wrong answer', () => {
    const rules = [acl('possessive', 0, { http_filter: 'regex', http_filter_value: ['^/internal/\\d++'] })];
    const v = evaluateAcls(rules, req({ path: '/internal/42' }), http);
    expect(v.evaluations[0]?.status).toBe('undetermined');
    expect(v.outcome.kind).toBe('default-allow');
    expect(v.caveats).toHaveLength(1);
    expect(lintAcls(rules, http)[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('possessive quantifier') });
  });

  it('settles the verdict when another part of the condition is false (three-valued logic)', () => {
    const rules = [acl('office-regex', 0, { ip_subnet: ['203.0.113.0/24'], http_filter: 'regex', http_filter_value: ['(?i)^/admin'] })];
    const v = evaluateAcls(rules, req({ clientIp: '198.51.100.7', path: '/admin' }), http);
    expect(v.evaluations[0]?.status).toBe('not-matched');
    expect(v.caveats).toEqual([]);
  });

  it('one matching value among several is enough, even next to a broken one', () => {
    const rules = [acl('mixed', 0, { http_filter: 'regex', http_filter_value: ['([', '^/ok'] })];
    expect(evaluateAcls(rules, req({ path: '/ok' }), http).fired?.acl.name).toBe('mixed');
  });
});

describe('compileAclRegex', () => {
  it.each([
    ['^/api/v[0-9]+/', true],
    ['\\.(php|asp)$', true],
    ['^/(?:a|b)/(?=x)', true],
    ['^/files/.*?\\.bin$', true],
  ])('compiles %s', (pattern, ok) => {
    expect(compileAclRegex(pattern).ok).toBe(ok);
  });

  it.each([
    ['a++', 'possessive'],
    ['a*+', 'possessive'],
    ['a{2,3}+', 'possessive'],
    ['(?>abc)', 'atomic group'],
    ['(?i)admin', 'inline flags'],
    ['(?i:admin)', 'inline flags'],
    ['\\Aadmin\\z', '\\A'],
    ['[[:alpha:]]+', 'POSIX class'],
    ['(?P<id>\\d+)', 'Python-style'],
    ['\\Q.php\\E', '\\Q'],
    ['\\p{L}+', 'Unicode property'],
    ['(?(1)a|b)', 'conditional'],
    ['(?R)', 'recursion'],
  ])('flags PCRE-only %s', (pattern, what) => {
    const r = compileAclRegex(pattern);
    expect(r).toMatchObject({ ok: false, kind: 'pcre-only' });
    expect(!r.ok && r.message).toContain(what);
  });

  it('does not mistake escaped or lazy quantifiers for possessive ones', () => {
    expect(compileAclRegex('\\++').ok).toBe(true);
    expect(compileAclRegex('a+?').ok).toBe(true);
    expect(compileAclRegex('[+]+').ok).toBe(true);
  });

  it('refuses to run nested quantifiers that could freeze the tab', () => {
    expect(compileAclRegex('^(a+)+$')).toMatchObject({ ok: false, kind: 'unsafe' });
    expect(compileAclRegex('^(\\w+\\s?)*$')).toMatchObject({ ok: false, kind: 'unsafe' });
    expect(compileAclRegex('^(ab)+$').ok).toBe(true);
    expect(compileAclRegex('^(a+)?$').ok).toBe(true);
  });

  it('reports invalid patterns with the engine message, and validates forms', () => {
    expect(compileAclRegex('(')).toMatchObject({ ok: false, kind: 'invalid', message: expect.stringContaining('Not a valid regular expression') });
    expect(validateAclRegex('(')).toContain('Not a valid regular expression');
    expect(validateAclRegex('a++')).toBeNull();
    expect(validateAclRegex('')).toBe('Enter a pattern');
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'()[]{}?*+\\^$|.:<>=!PpQEAz0-9ai,') })), (pattern) => {
        const r = compileAclRegex(pattern);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });
});

describe('header filters', () => {
  it('match the header name case-insensitively and the value exactly', () => {
    expect(evaluateAcls(deviceApi, req({ headers: [{ name: 'x-debug', value: 'true' }] }), http).fired?.acl.name).toBe('no-debug-header');
    expect(evaluateAcls(deviceApi, req({ headers: [{ name: 'X-Debug', value: 'TRUE' }] }), http).fired).toBeNull();
  });

  it('consider every occurrence and comma-separated element, like HAProxy hdr()', () => {
    expect(evaluateAcls(deviceApi, req({ headers: [{ name: 'X-Debug', value: '0' }, { name: 'X-Debug', value: 'yes, 1' }] }), http).fired?.acl.name).toBe('no-debug-header');
  });

  it('say when the header is absent or different', () => {
    const absent = evaluateAcls(deviceApi, req(), http).evaluations[2];
    expect(absent?.reasons).toEqual(['Header X-Debug is absent.']);
    const other = evaluateAcls(deviceApi, req({ headers: [{ name: 'X-Debug', value: '0' }] }), http).evaluations[2];
    expect(other?.reasons).toEqual(['Header X-Debug is "0", not "1" or "true".']);
  });

  it('match the Host header from the host field', () => {
    const rules = [acl('host', 0, { http_filter: 'http_header_match', http_filter_option: 'Host', http_filter_value: ['admin.fleet.example.com'] })];
    expect(evaluateAcls(rules, req({ host: 'admin.fleet.example.com' }), http).fired).not.toBeNull();
    const v = evaluateAcls(rules, req({ host: 'api.fleet.example.com', headers: [{ name: 'Host', value: 'admin.fleet.example.com' }] }), http);
    expect(v.fired).toBeNull();
    expect(v.requestProblems).toContain('The Host header comes from the Host field; the extra Host header is ignored.');
  });

  it('treat a header rule without a header name as undetermined', () => {
    const rules = [acl('nameless', 0, { http_filter: 'http_header_match', http_filter_value: ['x'] })];
    expect(evaluateAcls(rules, req(), http).evaluations[0]?.status).toBe('undetermined');
    expect(lintAcls(rules, http)[0]?.message).toBe('Matches a header but does not name it.');
  });
});

describe('IP subnets', () => {
  it('match IPv6 CIDRs and IPv4-mapped clients', () => {
    const rules = [acl('v6', 0, { ip_subnet: ['2001:db8:1200::/40'] }), acl('v4', 1, { ip_subnet: ['192.0.2.0/24'] })];
    expect(evaluateAcls(rules, req({ clientIp: '2001:db8:12ff:1::9' }), http).fired?.acl.name).toBe('v6');
    expect(evaluateAcls(rules, req({ clientIp: '2001:db8:1300::1' }), http).fired).toBeNull();
    expect(evaluateAcls(rules, req({ clientIp: '::ffff:192.0.2.9' }), http).fired?.acl.name).toBe('v4');
  });

  it('work on TCP frontends, where HTTP filters never match', () => {
    const rules = [acl('path', 0, { http_filter: 'path_begin', http_filter_value: ['/'] }), acl('ip', 1, { ip_subnet: ['198.51.100.0/24'] })];
    const v = evaluateAcls(rules, req(), tcp);
    expect(v.evaluations[0]?.reasons).toEqual(['HTTP filters only apply to HTTP frontends; this frontend forwards TCP, so the filter never matches.']);
    expect(v.fired?.acl.name).toBe('ip');
    expect(v.outcome.description).toBe('Denied: the load balancer closes the connection.');
  });

  it('invert: fires when the client is NOT in the subnets', () => {
    const rules = [acl('plant-only', 0, { ip_subnet: ['10.60.0.0/16'], invert: true })];
    const outside = evaluateAcls(rules, req({ clientIp: '198.51.100.7' }), tcp);
    expect(outside.fired).not.toBeNull();
    expect(outside.evaluations[0]?.reasons).toEqual(['Client IP 198.51.100.7 is not in 10.60.0.0/16.', 'Inverted: the condition does not hold, so the rule fires.']);
    const inside = evaluateAcls(rules, req({ clientIp: '10.60.3.4' }), tcp);
    expect(inside.fired).toBeNull();
    expect(inside.evaluations[0]?.reasons.at(-1)).toBe('Inverted: the condition holds, so the rule does not fire.');
  });

  it('ignores invalid subnet entries and reports them', () => {
    const rules = [acl('typo', 0, { ip_subnet: ['10.0.0.0/33', '198.51.100.0/24'] })];
    const v = evaluateAcls(rules, req(), http);
    expect(v.fired).not.toBeNull();
    expect(v.evaluations[0]?.reasons[0]).toContain('ignored, not a valid subnet: "10.0.0.0/33"');
    expect(lintAcls(rules, http)[0]?.message).toContain('"10.0.0.0/33" is not a valid IP address or subnet');
  });

  it('reports an unreadable client IP, and leaves IP rules undetermined', () => {
    const v = evaluateAcls([acl('ip', 0, { ip_subnet: ['10.0.0.0/8'] })], req({ clientIp: '10.0.0.256' }), http);
    expect(v.requestProblems[0]).toContain('Client IP: Not a valid IPv4 address');
    expect(v.evaluations[0]?.status).toBe('undetermined');
  });

  it('ORs subnets with Edge Services', () => {
    const rules = [acl('edge-or-office', 0, { ip_subnet: ['203.0.113.0/24'], ips_edge_services: true }, { type: 'allow' })];
    expect(evaluateAcls(rules, req({ viaEdgeServices: true }), http).fired).not.toBeNull();
    expect(evaluateAcls(rules, req({ viaEdgeServices: false }), http).fired).toBeNull();
    expect(evaluateAcls(rules, req({ clientIp: '203.0.113.1' }), http).fired).not.toBeNull();
  });
});

describe('redirects', () => {
  it('substitute placeholders and default to 302', () => {
    const rules = [acl('r', 0, { ip_subnet: ['0.0.0.0/0'] }, { type: 'redirect', redirect: { type: 'location', target: '{{scheme}}://status.example.com/?from={{host}}{{path}}', code: null } })];
    const v = evaluateAcls(rules, req({ path: '/maintenance?x=1' }), http);
    expect(v.outcome).toMatchObject({ kind: 'redirect', status: 302, location: 'https://status.example.com/?from=api.fleet.example.com/maintenance' });
  });

  it('rewrite the scheme and keep host, path and query', () => {
    const rules = [acl('https-only', 0, { ip_subnet: ['0.0.0.0/0', '::/0'] }, { type: 'redirect', redirect: { type: 'scheme', target: 'https', code: 301 } })];
    const v = evaluateAcls(rules, req({ scheme: 'http', path: '/a/b?c=d' }), http);
    expect(v.outcome).toMatchObject({ kind: 'redirect', status: 301, location: 'https://api.fleet.example.com/a/b?c=d' });
  });
});

describe('rules without conditions and unknown values', () => {
  it('a rule with no condition matches everything (and invert makes it never fire)', () => {
    expect(evaluateAcls([acl('all', 0, {})], req(), http).fired).not.toBeNull();
    expect(evaluateAcls([acl('none', 0, { invert: true })], req(), http).fired).toBeNull();
    expect(evaluateAcls([acl('null', 0, null)], req(), http).fired).not.toBeNull();
  });

  it('an unknown filter or action is reported, never crashes', () => {
    const weird = acl('future', 0, { http_filter: 'http_header_match_regex', http_filter_value: ['x'] });
    expect(evaluateAcls([weird], req(), http).evaluations[0]?.status).toBe('undetermined');
    expect(lintAcls([weird], http)[0]?.message).toBe('Unknown HTTP filter "http_header_match_regex".');
    const odd = { ...acl('odd', 0, {}), action: { type: 'unknown' as const, redirect: null } };
    expect(evaluateAcls([odd], req(), http).outcome.kind).toBe('unknown-action');
  });
});

describe('lintAcls', () => {
  it('finds rules hidden behind a catch-all and shared indexes', () => {
    const rules = [acl('deny-all', 0, { ip_subnet: ['0.0.0.0/0', '::/0'] }), acl('late', 10, { http_filter: 'path_begin', http_filter_value: ['/x'] }), acl('twin-a', 10, { ip_subnet: ['10.0.0.0/8'] })];
    const lint = lintAcls(rules, http);
    expect(lint.filter((l) => l.message.startsWith('Never reached'))).toHaveLength(2);
    expect(lint.some((l) => l.message.includes('Shares index 10'))).toBe(true);
  });

  it('flags HTTP filters and redirects on TCP frontends', () => {
    const rules = [acl('p', 0, { http_filter: 'path_begin', http_filter_value: ['/'] }), acl('r', 1, { ip_subnet: ['10.0.0.0/8'] }, { type: 'redirect', redirect: { type: 'scheme', target: 'https', code: 301 } })];
    const messages = lintAcls(rules, tcp).map((l) => l.message);
    expect(messages).toContain('Uses an HTTP filter on a TCP frontend: it can never match.');
    expect(messages).toContain('Redirects on a TCP frontend, which cannot redirect.');
  });
});

describe('routes', () => {
  const route = (id: string, match: Partial<NonNullable<Route['match']>>, created: string): Route => ({
    id,
    frontend_id: 'f',
    backend_id: `backend-${id}`,
    created_at: created,
    updated_at: null,
    match: { sni: match.sni ?? null, host_header: match.host_header ?? null, path_begin: match.path_begin ?? null, match_subdomains: match.match_subdomains ?? false },
  });
  const routes = [route('grafana', { host_header: 'grafana.fleet.example.com' }, '2026-01-02'), route('ota', { host_header: 'ota.fleet.example.com', match_subdomains: true }, '2026-01-01')];

  it('picks the route whose host matches, subdomains included when asked', () => {
    const n = (host: string) => normalizeRequest(req({ host })).request;
    expect(resolveRoute(routes, n('grafana.fleet.example.com'), http).route?.id).toBe('grafana');
    expect(resolveRoute(routes, n('eu.ota.fleet.example.com:443'), http).route?.id).toBe('ota');
    expect(resolveRoute(routes, n('x.grafana.fleet.example.com'), http).route).toBeNull();
    expect(resolveRoute(routes, n('GRAFANA.fleet.example.com'), http).route?.id).toBe('grafana');
  });

  it('uses SNI on TCP frontends', () => {
    const sni = [route('mqtt', { sni: 'mqtt-eu.fleet.example.com' }, '2026-01-01')];
    expect(resolveRoute(sni, normalizeRequest(req({ host: 'mqtt-eu.fleet.example.com' })).request, tcp).route?.id).toBe('mqtt');
    expect(resolveRoute(sni, normalizeRequest(req({ host: 'mqtt-eu.fleet.example.com' })).request, http).route).toBeNull();
  });
});

describe('robustness', () => {
  it('never throws, whatever the request and rules', () => {
    const text = fc.string({ maxLength: 40 });
    fc.assert(
      fc.property(
        fc.record({ clientIp: text, host: text, path: text, scheme: fc.constantFrom('http' as const, 'https' as const), viaEdgeServices: fc.boolean(), headers: fc.array(fc.record({ name: text, value: text }), { maxLength: 3 }) }),
        fc.array(
          fc.record({
            index: fc.integer({ min: -5, max: 5 }),
            ip_subnet: fc.array(text, { maxLength: 2 }),
            http_filter: fc.constantFrom('acl_http_filter_none', 'path_begin', 'path_end', 'regex', 'http_header_match', 'bogus'),
            http_filter_value: fc.array(text, { maxLength: 2 }),
            http_filter_option: fc.option(text),
            invert: fc.boolean(),
          }),
          { maxLength: 4 },
        ),
        (request, specs) => {
          const rules = specs.map((s, i) => acl(`r${i}`, s.index, s));
          const v = evaluateAcls(rules, request, http);
          expect(v.evaluations).toHaveLength(rules.length);
          lintAcls(rules, tcp);
        },
      ),
      { numRuns: 300 },
    );
  });
});
