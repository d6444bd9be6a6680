import { describe, expect, it } from 'vitest';
import { buildInput, formSpecOf, initialValues, type FieldSpec } from './json-schema-form';

const wifi = {
  type: 'object',
  properties: {
    ssid: { type: 'string', title: 'SSID', minLength: 1, maxLength: 32 },
    passphrase: { type: 'string', minLength: 8, writeOnly: true },
    hidden: { type: 'boolean', default: false },
    channel: { type: 'integer', minimum: 1, maximum: 13 },
    ipv4: { type: 'object', properties: { method: { type: 'string', enum: ['dhcp', 'static'], default: 'dhcp' }, address: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+$' } }, required: ['method'] },
    units: { type: 'array', items: { type: 'string', enum: ['a', 'b'] }, minItems: 1 },
    extra: { type: 'array', items: { type: 'object' } },
  },
  required: ['ssid', 'passphrase'],
};

describe('JSON Schema form', () => {
  it('derives fields, kinds, titles and defaults', () => {
    const spec = formSpecOf(wifi);
    expect(spec?.kind).toBe('object');
    const fields = (spec as Extract<FieldSpec, { kind: 'object' }>).fields;
    expect(fields.map((f) => [f.key, f.kind, f.required])).toEqual([
      ['ssid', 'string', true],
      ['passphrase', 'string', true],
      ['hidden', 'boolean', false],
      ['channel', 'number', false],
      ['ipv4', 'object', false],
      ['units', 'multi-enum', false],
      ['extra', 'json', false],
    ]);
    expect(fields[1]).toMatchObject({ secret: true, title: 'Passphrase' });
    expect(initialValues(spec as FieldSpec)).toEqual({ ssid: '', passphrase: '', hidden: false, channel: '', ipv4: { method: 'dhcp', address: '' }, units: [], extra: '' });
  });

  it('validates every constraint and builds the input, leaving blanks out', () => {
    const spec = formSpecOf(wifi) as FieldSpec;
    const bad = buildInput(spec, { ssid: '', passphrase: 'short', hidden: false, channel: 14, ipv4: { method: 'static', address: '10.0.0' }, units: ['a'], extra: '[1,' });
    expect(bad.errors).toEqual({
      ssid: 'Required',
      passphrase: 'At least 8 characters (5 now)',
      channel: 'At most 13',
      'ipv4.address': 'Must match ^\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+$',
      extra: 'Not valid JSON',
    });
    const good = buildInput(spec, { ssid: 'plant-3', passphrase: 'longenough', hidden: true, channel: '', ipv4: { method: 'dhcp', address: '' }, units: ['b'], extra: '' });
    expect(good.errors).toEqual({});
    expect(good.value).toEqual({ ssid: 'plant-3', passphrase: 'longenough', hidden: true, ipv4: { method: 'dhcp' }, units: ['b'] });
  });

  it('handles no input, non-object roots, integers, multipleOf and date-times', () => {
    expect(formSpecOf(undefined)).toBeNull();
    expect(formSpecOf({ type: 'object', properties: {} })).toBeNull();
    const number = formSpecOf({ type: 'number', multipleOf: 0.5, minimum: 10 }) as FieldSpec;
    expect(buildInput(number, { value: 10.3 }).errors).toEqual({ value: 'A multiple of 0.5' });
    expect(buildInput(number, { value: 21.5 }).value).toBe(21.5);
    const integer = formSpecOf({ type: 'object', properties: { n: { type: 'integer' } } }) as FieldSpec;
    expect(buildInput(integer, { n: 2.5 }).errors).toEqual({ n: 'Enter a whole number' });
    const when = formSpecOf({ type: 'object', properties: { since: { type: 'string', format: 'date-time' } } }) as FieldSpec;
    const built = buildInput(when, { since: '2026-11-01T09:30' });
    expect(built.errors).toEqual({});
    expect(built.value).toEqual({ since: new Date('2026-11-01T09:30').toISOString() });
  });
});
