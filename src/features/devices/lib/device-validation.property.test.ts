import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_VALIDITY_SECS, validityProblem, type ValidityUnit } from '../components/TokenValidity';
import { deviceNameProblem, NAME_MAX, propertyNameProblem } from './device-validation';
import { buildInput, formSpecOf, initialValues, localDateTimeToIso, type FormValues } from './json-schema-form';
import { compactJson, eventSummary, formatJson, parseJsonText, searchableJson } from './json-text';
import { decodeJwt, looksLikeJwt } from './jwt';

/** Text as users paste it: any code units, emoji, control characters, lone surrogates. */
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('', ' ', '\u0000', '\uD800', '{', '"', 'null', ' '.repeat(300)));
const isMessage = (m: unknown) => m === null || (typeof m === 'string' && m.length > 0);

describe('device form validators never throw, on any input (property)', () => {
  it('device and property names', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const device = deviceNameProblem(text);
        expect(isMessage(device)).toBe(true);
        expect(device === null).toBe(text.length <= NAME_MAX);
        const property = propertyNameProblem(text);
        expect(isMessage(property)).toBe(true);
        expect(property === null).toBe(text.trim() !== '' && text.trim().length <= NAME_MAX);
      }),
    );
  });

  it('JSON property values: valid JSON is accepted with its value, anything else gets a message', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseJsonText(text);
        let expected: { ok: boolean; value?: unknown } = { ok: false };
        try {
          if (text.trim() !== '') expected = { ok: true, value: JSON.parse(text) as unknown };
        } catch {
          expected = { ok: false };
        }
        expect(parsed.ok).toBe(expected.ok);
        if (parsed.ok) expect(parsed.value).toEqual(expected.value);
        else expect(parsed.error.length).toBeGreaterThan(0);
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseJsonText(formatJson(value));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.value).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('untrusted device values always become bounded text', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.constant(cyclic), fc.bigInt(), fc.constant(Symbol('s'))), fc.integer({ min: 2, max: 400 }), (value, max) => {
        expect(typeof formatJson(value)).toBe('string');
        expect(compactJson(value, max).length).toBeLessThanOrEqual(max);
        expect(typeof searchableJson(value)).toBe('string');
        expect(eventSummary(value).length).toBeLessThanOrEqual(160);
      }),
    );
  });

  it('token validity', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), anyText), fc.constantFrom<ValidityUnit>('minutes', 'hours', 'days'), (amount, unit) => {
        const problem = validityProblem(amount, unit);
        expect(isMessage(problem)).toBe(true);
        const secs = Math.round(Number(amount) * { minutes: 60, hours: 3600, days: 86_400 }[unit]);
        if (problem === null) expect(secs >= 1 && secs <= MAX_VALIDITY_SECS).toBe(true);
      }),
    );
  });

  it('JWTs pasted by the user are decoded or refused, never thrown on', () => {
    const b64 = (v: unknown) => btoa(JSON.stringify(v)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    const tokenLike = fc.oneof(
      anyText,
      fc.tuple(fc.string(), fc.string(), fc.string()).map((parts) => parts.join('.')),
      fc.tuple(fc.jsonValue(), fc.jsonValue()).map(([h, p]) => `${b64(h)}.${b64(p)}.sig`),
    );
    fc.assert(
      fc.property(tokenLike, (token) => {
        const decoded = decodeJwt(token);
        if (decoded) {
          expect(decoded.expiresAt === null || Number.isFinite(decoded.expiresAt)).toBe(true);
        }
        expect(typeof looksLikeJwt(token)).toBe('boolean');
      }),
    );
  });
});

/** Command input schemas come from devices: anything JSON, plus shapes that look almost right. */
const leafSchema = fc.record(
  {
    type: fc.oneof(fc.constantFrom('string', 'number', 'integer', 'boolean', 'array', 'object', 'null', 'bogus'), fc.array(fc.constantFrom('string', 'null', 'number'))),
    enum: fc.oneof(fc.array(fc.string(), { maxLength: 3 }), fc.array(fc.integer(), { maxLength: 3 }), fc.anything()),
    minimum: fc.oneof(fc.double(), fc.anything()),
    maximum: fc.double(),
    multipleOf: fc.oneof(fc.double(), fc.constant(0)),
    minLength: fc.integer({ min: -2, max: 10 }),
    maxLength: fc.integer({ min: -2, max: 10 }),
    pattern: fc.oneof(fc.string(), fc.constantFrom('(', '[a-', '^\\d+$')),
    format: fc.constantFrom('email', 'uri', 'hostname', 'ipv4', 'date-time', 'bogus'),
    items: fc.anything(),
    default: fc.anything(),
    title: fc.anything(),
  },
  { requiredKeys: [] },
);
const commandSchema = fc.oneof(
  fc.anything(),
  leafSchema,
  fc.record({ type: fc.constant('object'), properties: fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(leafSchema, fc.anything()), { maxKeys: 5 }), required: fc.anything() }, { requiredKeys: ['properties'] }),
);
const formValue: fc.Arbitrary<FormValues[string]> = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }));

describe('command forms built from untrusted JSON Schemas never throw (property)', () => {
  it('any schema and any values give a form and either an input or field errors', () => {
    fc.assert(
      fc.property(commandSchema, fc.dictionary(fc.string({ maxLength: 8 }), formValue, { maxKeys: 5 }), (schema, values) => {
        const spec = formSpecOf(schema);
        if (spec) expect(typeof initialValues(spec)).toBe('object');
        const built = buildInput(spec, { ...(spec ? initialValues(spec) : {}), ...values });
        for (const message of Object.values(built.errors)) expect(message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('date-time fields', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16))), (text) => {
        const iso = localDateTimeToIso(text);
        if (iso !== null) expect(Number.isNaN(Date.parse(iso))).toBe(false);
      }),
    );
  });
});
