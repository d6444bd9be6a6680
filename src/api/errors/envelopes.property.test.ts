import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { parseAkamaiError } from './akamai-envelope';
import { parseNexigonError } from './nexigon-envelope';
import { parseScalewayError } from './scaleway-envelope';

const parsers = { scaleway: parseScalewayError, akamai: parseAkamaiError, nexigon: parseNexigonError };

/** Bodies as hostile as a broken proxy or a fuzzer could send. */
const anyBody = fc.oneof(
  fc.anything(),
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
});
