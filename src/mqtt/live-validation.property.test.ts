import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isValidTopicFilter, isValidTopicName, validateTopicFilter, validateTopicName } from '../acl/validate';
import { toNdjsonLine } from './ndjson';
import { parseJson, payloadContains, payloadPreview } from './payload';
import { connackRefusalText, formatReasonCode, reasonText } from './reason-codes';
import { loadSettings, validateBrokerUrl } from './settings';

/** What a user can type or paste into the Live panel's fields. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom(...'ab/+#$ \u0000') }),
  fc.constantFrom('', ' ', '/', '#', '+', '//', 'a/#/b', 'a+/b', '$SYS/#', '\uD800', 'ws://', 'wss://u:p@h', 'mqtt://h:1883', 'ws://[::1]:9001/mqtt'),
);

const urlish = fc.oneof(
  anyText,
  fc.webUrl({ withQueryParameters: true, withFragments: true }).map((u) => u.replace(/^https?:/, (s) => (s === 'https:' ? 'wss:' : 'ws:'))),
  fc.tuple(fc.constantFrom('ws', 'wss', 'http', 'mqtt', 'tcp', 'WS', ''), anyText).map(([scheme, rest]) => `${scheme}://${rest}`),
);

describe('Live panel validators never throw, on any input (property)', () => {
  it('broker URLs: only ws:// or wss:// without credentials pass', () => {
    fc.assert(
      fc.property(urlish, (text) => {
        const problem = validateBrokerUrl(text);
        expect(problem === null || (typeof problem === 'string' && problem.length > 0)).toBe(true);
        if (problem === null) {
          const url = new URL(text.trim());
          expect(['ws:', 'wss:']).toContain(url.protocol);
          expect(url.username + url.password).toBe('');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('topic filters (subscribe, view) and topic names (publish, response topic)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const filter = validateTopicFilter(text);
        expect(filter.valid).toBe(isValidTopicFilter(text));
        if (!filter.valid) expect(typeof filter.reason === 'string' && filter.reason.length > 0).toBe(true);
        if (filter.valid) {
          const levels = text.split('/');
          // '#' only as the whole last level, '+' only as a whole level, never a NUL.
          levels.forEach((level, i) => {
            if (level.includes('#')) expect(level === '#' && i === levels.length - 1).toBe(true);
            if (level.includes('+')) expect(level).toBe('+');
          });
          expect(text.includes('\u0000')).toBe(false);
          expect(text.length).toBeGreaterThan(0);
        }
        const name = validateTopicName(text);
        expect(name.valid).toBe(isValidTopicName(text));
        if (!name.valid) expect(typeof name.reason === 'string' && name.reason.length > 0).toBe(true);
        if (name.valid) {
          expect(['+', '#', '\u0000'].some((c) => text.includes(c))).toBe(false);
          // Anything one can publish to, one can also subscribe to exactly.
          expect(isValidTopicFilter(text)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('JSON payloads: parse or explain, and every JSON value round-trips', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        const result = parseJson(text);
        let platform = true;
        try {
          JSON.parse(text);
        } catch {
          platform = false;
        }
        expect(result.ok).toBe(platform);
        if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('payload previews, search and export take any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), anyText, fc.string(), (bytes, needle, topic) => {
        const { preview, binary } = payloadPreview(bytes);
        expect(typeof preview).toBe('string');
        expect(preview.length).toBeLessThanOrEqual(48 * 3 + 2 + 161);
        expect(typeof binary).toBe('boolean');
        expect(typeof payloadContains(bytes, needle.toLowerCase())).toBe('boolean');
        const line = toNdjsonLine({ time: 0, topic, qos: 0, retain: false, payload: bytes, properties: undefined });
        expect(line.endsWith('\n') && !line.slice(0, -1).includes('\n')).toBe(true);
        expect(JSON.parse(line)).toMatchObject({ topic, size: bytes.byteLength });
      }),
      { numRuns: 300 },
    );
  });

  it('reason codes: any code gets words and its number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xff }), fc.boolean(), (code, fatal) => {
        expect(reasonText(code).length).toBeGreaterThan(0);
        const text = connackRefusalText(code, fatal);
        expect(text).toContain(reasonText(code));
        expect(text).toContain(code >= 0x80 ? formatReasonCode(code) : `return code ${code}`);
      }),
    );
  });
});

describe('saved Live settings: any stored value loads (property)', () => {
  afterEach(() => localStorage.clear());
  it('falls back field by field and never throws', () => {
    const stored = fc.oneof(
      anyText,
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .record(
          {
            connection: fc.oneof(fc.anything(), fc.record({ url: fc.anything(), clientId: fc.anything(), protocolVersion: fc.anything(), keepalive: fc.anything(), clean: fc.anything() }, { requiredKeys: [] })),
            rememberPassword: fc.anything(),
            subscriptions: fc.oneof(fc.anything(), fc.array(fc.record({ id: fc.anything(), filter: fc.anything(), qos: fc.anything(), color: fc.anything() }, { requiredKeys: [] }))),
            capacity: fc.anything(),
          },
          { requiredKeys: [] },
        )
        .map((v) => JSON.stringify(v) ?? ''),
    );
    fc.assert(
      fc.property(stored, (text) => {
        localStorage.setItem('iotc.live.v1', text);
        const s = loadSettings();
        expect([4, 5]).toContain(s.connection.protocolVersion);
        expect(typeof s.connection.url).toBe('string');
        expect(s.connection.clientId.length).toBeGreaterThan(0);
        expect(Number.isFinite(s.connection.keepalive)).toBe(true);
        expect(Number.isFinite(s.capacity)).toBe(true);
        for (const sub of s.subscriptions) {
          expect(typeof sub.filter).toBe('string');
          expect([0, 1, 2]).toContain(sub.qos);
        }
      }),
      { numRuns: 300 },
    );
  });
});
