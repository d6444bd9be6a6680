import { describe, expect, it } from 'vitest';
import { decodeUtf8, fromBase64, payloadContains, payloadPreview, toBase64, toHexDump } from './payload';
import { backoffDelay, isFatalConnackCode } from './backoff';
import { isLocalBrokerUrl, validateBrokerUrl } from './settings';

const enc = new TextEncoder();

describe('payload decoding', () => {
  it('decodes strict UTF-8 and refuses malformed bytes', () => {
    expect(decodeUtf8(enc.encode('héllo ✓'))).toBe('héllo ✓');
    expect(decodeUtf8(new Uint8Array([0xc3, 0x28]))).toBeNull();
  });

  it('previews text on one line and binary as hex', () => {
    expect(payloadPreview(enc.encode('{\n  "a": 1\n}'))).toEqual({ preview: '{ "a": 1 }', binary: false });
    expect(payloadPreview(new Uint8Array([0xff, 0x00, 0x41]))).toEqual({ preview: 'ff 00 41', binary: true });
    const long = payloadPreview(enc.encode('é'.repeat(1000)));
    expect(long.binary).toBe(false);
    expect(long.preview.endsWith('…')).toBe(true);
  });

  it('does not call a long text payload binary when the preview cut lands inside a character', () => {
    const text = `${'a'.repeat(639)}€ and more`;
    expect(payloadPreview(enc.encode(text)).binary).toBe(false);
  });

  it('dumps hex with offsets and printable characters', () => {
    const lines = toHexDump(enc.encode('0123456789abcdefAB\n')).split('\n');
    expect(lines[0]).toBe('00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  |0123456789abcdef|');
    expect(lines[1]).toMatch(/^00000010 {2}41 42 0a +\|AB\.\|$/);
    // Short last lines are padded so the text column lines up.
    expect(lines[1]?.length).toBe(lines[0]?.length ? lines[0].length - 13 : -1);
  });

  it('round-trips base64, including large payloads', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => i % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });

  it('searches payload text case-insensitively and never matches binary', () => {
    expect(payloadContains(enc.encode('Severity: Critical'), 'critical')).toBe(true);
    expect(payloadContains(new Uint8Array([0xff]), 'x')).toBe(false);
    expect(payloadContains(new Uint8Array([0xff]), '')).toBe(true);
  });
});

describe('connection helpers', () => {
  it('backs off exponentially with jitter, capped at 30 s', () => {
    expect(backoffDelay(1, () => 0.5)).toBe(1000);
    expect(backoffDelay(3, () => 0.5)).toBe(4000);
    expect(backoffDelay(20, () => 0.5)).toBe(30_000);
    expect(backoffDelay(1, () => 0)).toBe(800);
    expect(backoffDelay(1, () => 1)).toBe(1200);
  });

  it('stops retrying on credentials and authorisation refusals', () => {
    expect(isFatalConnackCode(5)).toBe(true);
    expect(isFatalConnackCode(0x86)).toBe(true);
    expect(isFatalConnackCode(3)).toBe(false);
  });

  it('accepts only ws and wss broker URLs without credentials', () => {
    expect(validateBrokerUrl('ws://127.0.0.1:9001')).toBeNull();
    expect(validateBrokerUrl('wss://iot.fr-par.scw.cloud:443/mqtt')).toBeNull();
    expect(validateBrokerUrl('mqtt://host:1883')).toMatch(/ws:\/\/ or wss:\/\//);
    expect(validateBrokerUrl('wss://user:pw@host')).toMatch(/credentials/);
    expect(validateBrokerUrl('not a url')).toMatch(/Enter a URL/);
  });

  it('knows a loopback broker is local', () => {
    expect(isLocalBrokerUrl('ws://127.0.0.1:9101')).toBe(true);
    expect(isLocalBrokerUrl('ws://localhost:9001')).toBe(true);
    expect(isLocalBrokerUrl('wss://iot.fr-par.scw.cloud:443')).toBe(false);
    expect(isLocalBrokerUrl(null)).toBe(false);
  });
});
