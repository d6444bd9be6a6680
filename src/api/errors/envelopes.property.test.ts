import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { parseAkamaiError } from './akamai-envelope';
import { parseNexigonError } from './nexigon-envelope';
import { parseScalewayError } from './scaleway-envelope';

const parsers = { scaleway: parseScalewayError, akamai: parseAkamaiError, nexigon: parseNexigonError };

/** Bodies as hostile as a broken proxy or a fuzzer could send. */
/** Keys a lookup table must not mistake for its own entries. */
const prototypeKeys = fc.constantFrom('toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf');

const anyBody = fc.oneof(
  fc.anything(),
  fc.record({ type: prototypeKeys, reason: prototypeKeys, details: fc.array(fc.record({ argument_name: fc.string(), reason: prototypeKeys })) }, { requiredKeys: ['type'] }),
  fc.jsonValue(),
  fc.record({ type: fc.anything(), message: fc.anything(), fields: fc.anything(), details: fc.anything() }, { requiredKeys: [] }),
  fc.record({ type: fc.anything(), title: fc.anything(), errorCode: fc.anything(), errors: fc.array(fc.anything()) }, { requiredKeys: [] }),
  fc.record({ kind: fc.anything(), message: fc.anything(), result: fc.anything() }, { requiredKeys: [] }),
);

describe('error envelope parsers never throw (property)', () => {
  for (const [name, parse] of Object.entries(parsers)) {
    it(`${name}: every status, body and raw text become one ApiError`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 999 }), anyBody, fc.string(), (status, body, raw) => {
          const error = parse(status, body, raw);
          expect(error).toBeInstanceOf(ApiError);
          expect(error.status).toBe(status);
          expect(typeof error.message).toBe('string');
          expect(error.message.length).toBeGreaterThan(0);
          expect(error.message.length).toBeLessThanOrEqual(520);
          expect(typeof error.code).toBe('string');
          for (const messages of Object.values(error.fields)) for (const m of messages) expect(typeof m).toBe('string');
        }),
        { numRuns: 400 },
      );
    });
  }

  it('keeps every string field message of a well-formed Scaleway envelope', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty')), fc.array(fc.string({ maxLength: 100 }), { minLength: 1, maxLength: 3 })), (fields) => {
        const error = parseScalewayError(400, { type: 'invalid_request_error', message: 'Validation Error', fields });
        for (const [name, messages] of Object.entries(fields)) expect(Object.hasOwn(error.fields, name) ? error.fields[name] : undefined).toEqual(messages);
        expect(Object.keys(error.fields).sort()).toEqual(Object.keys(fields).sort());
      }),
    );
  });

  it('Scaleway: the same refused arguments read the same in both families (fields and message)', () => {
    const name = fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.constantFrom('__proto__', 'constructor', 'server_ip.1', 'health_check.port'));
    fc.assert(
      fc.property(fc.array(fc.record({ name, help: fc.string({ minLength: 1, maxLength: 80 }) }), { minLength: 1, maxLength: 6 }), (problems) => {
        const fields: Record<string, string[]> = {};
        for (const p of problems) Object.defineProperty(fields, p.name, { value: [...(Object.hasOwn(fields, p.name) ? (fields[p.name] ?? []) : []), p.help], enumerable: true, writable: true, configurable: true });
        const documented = parseScalewayError(400, { type: 'invalid_request_error', message: 'Validation Error', fields });
        const sdk = parseScalewayError(400, { type: 'invalid_arguments', message: 'invalid argument(s)', details: problems.map((p) => ({ argument_name: p.name, reason: 'constraint', help_message: p.help })) });
        expect(Object.entries(sdk.fields)).toEqual(Object.entries(documented.fields));
        expect(sdk.message).toBe(documented.message);
        const names = Object.keys(fields);
        expect(documented.message.startsWith(names.length === 1 ? `Scaleway refused ${names[0]}: ` : `Scaleway refused ${names.length} values: `)).toBe(true);
      }),
    );
  });

  it('Scaleway: every typed envelope, whatever its members hold, reads to words (no "undefined", no "[object Object]")', () => {
    const types = fc.constantFrom(
      'invalid_request_error', 'invalid_auth', 'unknown_resource', 'authorization_required', 'api_error',
      'invalid_arguments', 'not_found', 'denied_authentication', 'permissions_denied', 'transient_state', 'precondition_failed',
      'quotas_exceeded', 'out_of_stock', 'locked', 'expired', 'already_exists', 'too_many_requests',
    );
    const member = fc.oneof(fc.string({ maxLength: 30 }), fc.anything(), fc.double(), fc.constantFrom(null, undefined, NaN, Infinity, -1, 0, '', '   ', {}, [], 'api_key', 'expired', 'enabling'));
    const detail = fc.record({ argument_name: member, reason: member, help_message: member, resource: member, action: member, quota: member, current: member, project_id: member }, { requiredKeys: [] });
    const members = fc.record(
      { message: member, fields: fc.oneof(member, fc.dictionary(fc.string({ maxLength: 8 }), fc.array(member))), details: fc.oneof(member, fc.array(detail)), resource: member, resource_id: member, current_state: member, precondition: member, help_message: member, method: member, reason: member, expired_since: member, limit: fc.oneof(member, fc.record({ quota: member, window_seconds: member })), reset_seconds: member, reset_at: member },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.integer({ min: 400, max: 599 }), types, members, (status, type, body) => {
        const error = parseScalewayError(status, { ...body, type });
        expect(error.code).toBe(type);
        expect(error.message.trim().length).toBeGreaterThan(0);
        expect(error.message).not.toMatch(/\bundefined\b|\bnull\b|\[object |\bNaN\b|Infinity/);
        for (const value of Object.values(error.details)) expect(typeof value === 'string' && value.length <= 201).toBe(true);
      }),
      { numRuns: 600 },
    );
  });
});
