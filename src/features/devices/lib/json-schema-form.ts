/**
 * Turns a command's JSON Schema (as devices advertise it, so untrusted and
 * possibly partial) into form fields, and form values back into the command
 * input, checked against the schema's constraints. Covers what command
 * inputs use: objects (nested), strings (enum, length, pattern, formats),
 * numbers and integers (bounds, multipleOf, enum), booleans, arrays of enum
 * values or strings. Anything else gets a raw JSON field rather than being
 * dropped.
 */
type Json = Record<string, unknown>;

interface Common {
  /** Dotted path in the form values, e.g. "ipv4.method"; "" for a non-object root. */
  path: string;
  key: string;
  title: string;
  description?: string;
  required: boolean;
}

export type FieldSpec =
  | (Common & { kind: 'string'; default?: string; enum?: string[]; minLength?: number; maxLength?: number; pattern?: string; format?: string; secret: boolean })
  | (Common & { kind: 'number'; integer: boolean; default?: number; enum?: number[]; minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number; multipleOf?: number })
  | (Common & { kind: 'boolean'; default?: boolean })
  | (Common & { kind: 'multi-enum'; options: string[]; default?: string[]; minItems?: number; maxItems?: number })
  | (Common & { kind: 'string-list'; default?: string[]; minItems?: number; maxItems?: number })
  | (Common & { kind: 'object'; fields: FieldSpec[] })
  | (Common & { kind: 'json'; schema: unknown });

export type FormValue = string | number | boolean | string[] | FormValues;
export interface FormValues {
  [key: string]: FormValue;
}

const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
const typeOf = (s: Json): string | undefined => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : text(s.type)) as string | undefined;

export function humanizeKey(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').trim();
  return words ? words[0]?.toUpperCase() + words.slice(1) : key;
}

function fieldOf(raw: unknown, key: string, path: string, required: boolean): FieldSpec {
  const s = obj(raw) ?? {};
  const common: Common = { path, key, title: text(s.title) ?? (key ? humanizeKey(key) : 'Input'), description: text(s.description), required };
  const type = typeOf(s) ?? (Array.isArray(s.enum) ? typeof s.enum[0] : s.properties ? 'object' : undefined);
  switch (type) {
    case 'string': {
      const enumValues = Array.isArray(s.enum) && s.enum.every((e) => typeof e === 'string') ? (s.enum as string[]) : undefined;
      return {
        ...common,
        kind: 'string',
        default: text(s.default),
        enum: enumValues,
        minLength: num(s.minLength),
        maxLength: num(s.maxLength),
        pattern: text(s.pattern),
        format: text(s.format),
        secret: s.writeOnly === true || text(s.format) === 'password',
      };
    }
    case 'number':
    case 'integer': {
      const enumValues = Array.isArray(s.enum) && s.enum.every((e) => typeof e === 'number') ? (s.enum as number[]) : undefined;
      return {
        ...common,
        kind: 'number',
        integer: type === 'integer',
        default: num(s.default),
        enum: enumValues,
        minimum: num(s.minimum),
        maximum: num(s.maximum),
        exclusiveMinimum: num(s.exclusiveMinimum),
        exclusiveMaximum: num(s.exclusiveMaximum),
        multipleOf: num(s.multipleOf),
      };
    }
    case 'boolean':
      return { ...common, kind: 'boolean', default: typeof s.default === 'boolean' ? s.default : undefined };
    case 'array': {
      const items = obj(s.items) ?? {};
      const strings = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined);
      const bounds = { minItems: num(s.minItems), maxItems: num(s.maxItems), default: strings(s.default) };
      const options = strings(items.enum);
      if (options) return { ...common, kind: 'multi-enum', options, ...bounds };
      if (typeOf(items) === 'string') return { ...common, kind: 'string-list', ...bounds };
      return { ...common, kind: 'json', schema: raw };
    }
    case 'object': {
      const properties = obj(s.properties);
      if (!properties) return { ...common, kind: 'json', schema: raw };
      const requiredKeys = Array.isArray(s.required) ? s.required.filter((r): r is string => typeof r === 'string') : [];
      return {
        ...common,
        kind: 'object',
        fields: Object.entries(properties).map(([k, v]) => fieldOf(v, k, path ? `${path}.${k}` : k, requiredKeys.includes(k))),
      };
    }
    default:
      return { ...common, kind: 'json', schema: raw };
  }
}

/** The form for a command input schema; null when the command takes no input. */
export function formSpecOf(schema: unknown): FieldSpec | null {
  if (schema === undefined || schema === null) return null;
  const root = fieldOf(schema, '', '', true);
  if (root.kind === 'object' && root.fields.length === 0) return null;
  return root;
}

function initialOf(field: FieldSpec): FormValue {
  switch (field.kind) {
    case 'string':
      return field.default ?? '';
    case 'number':
      return field.default ?? '';
    case 'boolean':
      return field.default ?? false;
    case 'multi-enum':
    case 'string-list':
      return field.default ?? [];
    case 'object':
      return Object.fromEntries(field.fields.map((f) => [f.key, initialOf(f)]));
    case 'json':
      return '';
  }
}

/** Form values for a spec: an object's fields at the top level, anything else under "value". */
export function initialValues(spec: FieldSpec): FormValues {
  return spec.kind === 'object' ? (initialOf(spec) as FormValues) : { value: initialOf(spec) };
}

const FORMATS: Record<string, { test: (v: string) => boolean; hint: string }> = {
  email: { test: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), hint: 'an e-mail address' },
  uri: { test: (v) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(v), hint: 'a URI such as https://example.com' },
  hostname: { test: (v) => /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(v), hint: 'a host name' },
  ipv4: { test: (v) => /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(v), hint: 'an IPv4 address' },
};

function isEmpty(v: FormValue | undefined): boolean {
  return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

function safePattern(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern);
  } catch {
    return null;
  }
}

/** A datetime-local value ("2026-11-01T09:30") is the user's local time; the command gets RFC 3339. */
export function localDateTimeToIso(value: string): string | null {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

type Collected = { present: false } | { present: true; value: unknown };

function collect(field: FieldSpec, raw: FormValue | undefined, errors: Record<string, string>, formPath: string): Collected {
  const fail = (message: string): Collected => {
    errors[formPath] = message;
    return { present: false };
  };
  if (field.kind === 'object') {
    const values = (typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as FormValues;
    const out: Json = {};
    for (const f of field.fields) {
      const c = collect(f, values[f.key], errors, formPath ? `${formPath}.${f.key}` : f.key);
      if (c.present) out[f.key] = c.value;
    }
    // An optional nested object left entirely blank is left out.
    if (!field.required && field.path !== '' && Object.keys(out).length === 0) return { present: false };
    return { present: true, value: out };
  }
  if (field.kind === 'boolean') return { present: true, value: raw === true };
  if (isEmpty(raw)) {
    if (field.kind === 'multi-enum' || field.kind === 'string-list') {
      if (field.required || (field.minItems ?? 0) > 0) return fail(`Choose at least ${Math.max(1, field.minItems ?? 1)}`);
      return { present: false };
    }
    return field.required ? fail('Required') : { present: false };
  }
  switch (field.kind) {
    case 'string': {
      let v = String(raw);
      if (field.enum && !field.enum.includes(v)) return fail(`One of: ${field.enum.join(', ')}`);
      if (field.minLength !== undefined && v.length < field.minLength) return fail(`At least ${field.minLength} characters (${v.length} now)`);
      if (field.maxLength !== undefined && v.length > field.maxLength) return fail(`At most ${field.maxLength} characters (${v.length} now)`);
      if (field.pattern) {
        const re = safePattern(field.pattern);
        if (re && !re.test(v)) return fail(`Must match ${field.pattern}`);
      }
      if (field.format === 'date-time') {
        const iso = localDateTimeToIso(v);
        if (!iso) return fail('Enter a date and time');
        v = iso;
      }
      const format = field.format ? FORMATS[field.format] : undefined;
      if (format && !format.test(v)) return fail(`Enter ${format.hint}`);
      return { present: true, value: v };
    }
    case 'number': {
      const n = typeof raw === 'number' ? raw : Number(raw);
      if (!Number.isFinite(n)) return fail('Enter a number');
      if (field.integer && !Number.isInteger(n)) return fail('Enter a whole number');
      if (field.enum && !field.enum.includes(n)) return fail(`One of: ${field.enum.join(', ')}`);
      if (field.minimum !== undefined && n < field.minimum) return fail(`At least ${field.minimum}`);
      if (field.maximum !== undefined && n > field.maximum) return fail(`At most ${field.maximum}`);
      if (field.exclusiveMinimum !== undefined && n <= field.exclusiveMinimum) return fail(`More than ${field.exclusiveMinimum}`);
      if (field.exclusiveMaximum !== undefined && n >= field.exclusiveMaximum) return fail(`Less than ${field.exclusiveMaximum}`);
      if (field.multipleOf !== undefined && field.multipleOf > 0 && Math.abs(n / field.multipleOf - Math.round(n / field.multipleOf)) > 1e-9) {
        return fail(`A multiple of ${field.multipleOf}`);
      }
      return { present: true, value: n };
    }
    case 'multi-enum':
    case 'string-list': {
      const list = Array.isArray(raw) ? raw.map(String) : [];
      if (field.minItems !== undefined && list.length < field.minItems) return fail(`Choose at least ${field.minItems}`);
      if (field.maxItems !== undefined && list.length > field.maxItems) return fail(`At most ${field.maxItems}`);
      return { present: true, value: list };
    }
    case 'json': {
      try {
        return { present: true, value: JSON.parse(String(raw)) as unknown };
      } catch {
        return fail('Not valid JSON');
      }
    }
  }
}

export interface BuiltInput {
  value: unknown;
  /** Form path -> message; empty when the input is valid. */
  errors: Record<string, string>;
}

/** The command input from the form values, and what is wrong with it. */
export function buildInput(spec: FieldSpec | null, values: FormValues): BuiltInput {
  if (!spec) return { value: null, errors: {} };
  const errors: Record<string, string> = {};
  const collected = spec.kind === 'object' ? collect(spec, values, errors, '') : collect(spec, values.value, errors, 'value');
  return { value: collected.present ? collected.value : null, errors };
}
