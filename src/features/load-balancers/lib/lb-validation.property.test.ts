import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationToMs, formatWireDuration } from '../../../api/scaleway-lb/duration';
import { ACL_HTTP_FILTERS, type Acl, type Protocol } from '../../../api/scaleway-lb/types';
import { inspectCertificateChain } from '../../../lib/x509/certificate-chain';
import { aclToValues, aclValidation, describeAction, describeMatch, valuesToAclInput, type AclValues } from './acl-form';
import { evaluateAcls, lintAcls } from './acl-tester';
import { backendToValues, backendValidation, parseServerList, validateServerList, type BackendValues } from './backend-form';
import { compileAclRegex, validateAclRegex } from '../../../lib/haproxy-regex';
import { validateLbName, validateOptionalMs, validateTags } from './lb-validation';
import { validateHostname, validatePort } from '../../../lib/validators';

/** Text as hostile as a paste can be: any code points, lone surrogates, control characters, huge lines. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef:./%[]-* \n,\t') }),
  fc.constantFrom('', ' ', '\u0000', '\uD800', '\r\n\r\n', '*.', '.', '-', '..', 'a'.repeat(300), '10.0.0.0/8\n::/0\n0.0.0.0/0'),
);
/** What a NumberInput can hand over: '' or any number, including NaN and infinities. */
const numberish = fc.oneof(fc.constant(''), fc.double(), fc.integer({ min: -1e6, max: 1e6 }), fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 65536, 0, 1, 65535), anyText);
const isMessage = (v: unknown) => v === null || (typeof v === 'string' && v.length > 0);

describe('load balancer validators never throw, on any input (property)', () => {
  it('names, tags, ports, durations and domains', () => {
    fc.assert(
      fc.property(anyText, fc.array(anyText, { maxLength: 5 }), fc.anything(), numberish, fc.boolean(), (text, tags, port, ms, wildcard) => {
        const name = validateLbName(text);
        expect(isMessage(name)).toBe(true);
        if (text.trim() !== '' && text.length <= 255) expect(name).toBeNull();
        expect(isMessage(validateTags(tags))).toBe(true);
        const p = validatePort(port);
        expect(isMessage(p)).toBe(true);
        if (p === null) expect(Number.isInteger(port) && (port as number) >= 1 && (port as number) <= 65535).toBe(true);
        expect(isMessage(validateOptionalMs(ms as number | string))).toBe(true);
        const domain = validateHostname(text, { wildcard, required: !wildcard });
        expect(isMessage(domain)).toBe(true);
        // Nothing that validates as a domain carries spaces or a scheme into a request.
        if (domain === null && text.trim() !== '') expect(/\s|:\/\//.test(text.trim())).toBe(false);
        expect(() => durationToMs(text)).not.toThrow();
        expect(typeof formatWireDuration(text)).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('ACL regexes: any pattern compiles or is explained', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: fc.constantFrom(...'()[]{}?*+\\^$|.:<>=!PpQEAz09,-#') })), fc.anything(), (pattern, junk) => {
        expect(isMessage(validateAclRegex(pattern))).toBe(true);
        expect(() => compileAclRegex(pattern)).not.toThrow();
        expect(() => compileAclRegex(junk)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('ACL form: every field validator, on any values', () => {
    const values = fc.record({
      name: anyText,
      description: anyText,
      index: numberish,
      action: fc.constantFrom('allow', 'deny', 'redirect'),
      redirect_type: fc.constantFrom('location', 'scheme'),
      redirect_target: anyText,
      redirect_code: fc.constantFrom('301', '302', '307', '308', '', 'x'),
      ip_subnet: anyText,
      ips_edge_services: fc.boolean(),
      http_filter: fc.constantFrom(...ACL_HTTP_FILTERS),
      http_filter_option: anyText,
      http_filter_value: anyText,
      invert: fc.boolean(),
    }) as fc.Arbitrary<AclValues>;
    fc.assert(
      fc.property(values, fc.constantFrom<Protocol>('http', 'tcp'), (v, protocol) => {
        const rules = aclValidation(protocol);
        for (const [field, validate] of Object.entries(rules) as Array<[keyof typeof rules, (value: unknown, all: AclValues) => string | null]>) {
          expect(isMessage(validate(v[field], v)), field).toBe(true);
        }
        expect(() => valuesToAclInput(v)).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });

  it('ACL tester, lint and labels: any ACL objects the API could send', () => {
    const text = fc.string({ maxLength: 30 });
    const acl = fc.record(
      {
        id: fc.uuid(),
        name: text,
        index: fc.oneof(fc.integer({ min: -5, max: 50 }), fc.constant(Number.NaN)),
        created_at: fc.oneof(fc.constant(null), text),
        action: fc.oneof(fc.constant(null), fc.record({ type: fc.oneof(fc.constantFrom('allow', 'deny', 'redirect'), text), redirect: fc.oneof(fc.constant(null), fc.record({ type: text, target: text, code: fc.oneof(fc.constant(null), fc.integer()) })) })),
        match: fc.oneof(
          fc.constant(null),
          fc.record({
            ip_subnet: fc.array(fc.oneof(text, fc.constantFrom('10.0.0.0/8', '::/0', '192.168.1.7/24', '300.1.1.1')), { maxLength: 3 }),
            ips_edge_services: fc.boolean(),
            http_filter: fc.oneof(fc.constantFrom(...ACL_HTTP_FILTERS), text),
            http_filter_value: fc.array(fc.oneof(text, fc.constantFrom('(?i)admin', '[', '^/a.*$', '\\')), { maxLength: 3 }),
            http_filter_option: fc.oneof(fc.constant(null), text),
            invert: fc.boolean(),
          }),
        ),
      },
      { requiredKeys: ['id', 'name', 'index'] },
    ) as unknown as fc.Arbitrary<Acl>;
    const request = fc.record({ clientIp: text, host: text, path: text, scheme: fc.constantFrom('http' as const, 'https' as const), viaEdgeServices: fc.boolean(), headers: fc.array(fc.record({ name: text, value: text }), { maxLength: 2 }) });
    fc.assert(
      fc.property(fc.array(acl, { maxLength: 5 }), request, fc.constantFrom<Protocol>('http', 'tcp'), (acls, req, protocol) => {
        expect(() => evaluateAcls(acls, req, { protocol })).not.toThrow();
        expect(() => lintAcls(acls, { protocol })).not.toThrow();
        for (const a of acls) {
          expect(typeof describeMatch(a.match)).toBe('string');
          expect(typeof describeAction(a.action)).toBe('string');
          expect(() => aclToValues(a, 0)).not.toThrow();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('backend form: server lists and every field validator', () => {
    const base = backendToValues();
    const values = fc.record({
      name: anyText,
      forward_port: numberish,
      forward_protocol: fc.constantFrom('http', 'tcp'),
      sticky_sessions: fc.constantFrom('none', 'cookie', 'table'),
      sticky_sessions_cookie_name: anyText,
      servers: anyText,
      timeout_server_ms: numberish,
      timeout_connect_ms: numberish,
      timeout_tunnel_ms: numberish,
      timeout_queue_ms: numberish,
      failover_host: anyText,
      redispatch_attempt_count: numberish,
      max_retries: numberish,
      max_connections: numberish,
      ignore_ssl_server_verify: fc.boolean(),
      ssl_bridging: fc.boolean(),
      hc_type: fc.constantFrom('tcp', 'http', 'https', 'mysql', 'pgsql', 'redis', 'ldap'),
      hc_port: numberish,
      hc_delay_ms: numberish,
      hc_timeout_ms: numberish,
      hc_transient_delay_ms: numberish,
      hc_max_retries: numberish,
      hc_uri: anyText,
      hc_method: anyText,
      hc_code: numberish,
      hc_host_header: anyText,
      hc_user: anyText,
    });
    fc.assert(
      fc.property(values, (partial) => {
        const v = { ...base, ...partial } as unknown as BackendValues;
        for (const [field, validate] of Object.entries(backendValidation) as Array<[string, (value: unknown, all: BackendValues) => string | null]>) {
          expect(isMessage(validate(v[field as keyof BackendValues], v)), field).toBe(true);
        }
        const parsed = parseServerList(v.servers, { required: true });
        expect(parsed.addresses.length + parsed.problems.length).toBeGreaterThan(0);
        expect(validateServerList(v.servers) === null).toBe(parseServerList(v.servers).problems.length === 0);
      }),
      { numRuns: 300 },
    );
  });

  it('PEM for LB certificates: any pasted text is inspected, never thrown on', async () => {
    const pemish = fc
      .tuple(fc.constantFrom('CERTIFICATE', 'PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'X'), fc.base64String({ maxLength: 400 }), anyText)
      .map(([label, body, noise]) => `${noise}-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n${noise}`);
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyText, pemish, fc.array(pemish, { minLength: 2, maxLength: 3 }).map((a) => a.join('\n'))), async (text) => {
        const result = await inspectCertificateChain(text);
        expect(Array.isArray(result.problems)).toBe(true);
        for (const p of result.problems) expect(typeof p).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});
