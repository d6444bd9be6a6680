import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BASE58_ALPHABET,
  certificateFingerprintProblem,
  DEVICE_FINGERPRINT_LENGTH,
  deviceFingerprintProblem,
  fingerprintIdOf,
  isCertificateFingerprint,
  isDeviceFingerprint,
  normalizeCertificateFingerprint,
} from './formats';

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('', ' ', 'd_sk_', '\u0000', 'SHA256 Fingerprint='));
const base58 = fc.string({ unit: fc.constantFrom(...BASE58_ALPHABET), minLength: DEVICE_FINGERPRINT_LENGTH, maxLength: DEVICE_FINGERPRINT_LENGTH });
const hexByte = fc.integer({ min: 0, max: 255 }).map((n) => n.toString(16).padStart(2, '0'));
const digest = fc.array(hexByte, { minLength: 32, maxLength: 32 });

describe('fingerprint validators (property)', () => {
  it('device fingerprints: a message exactly when the value is not a fingerprint, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, base58.map((raw) => `d_sk_${raw}`), base58.map((raw) => ` d_sk_${raw.slice(1)}0 `)), (text) => {
        const problem = deviceFingerprintProblem(text);
        expect(problem === null).toBe(isDeviceFingerprint(text.trim()));
        if (problem === null) expect(fingerprintIdOf(text.trim())).toMatch(/^d_pk_.{22}$/);
        else expect(problem.length).toBeGreaterThan(0);
      }),
    );
  });

  it('certificate fingerprints: every pasted form of a digest normalises to the canonical one', () => {
    fc.assert(
      fc.property(digest, fc.constantFrom(':', '', ' '), fc.boolean(), fc.boolean(), (bytes, separator, lower, prefixed) => {
        const canonical = bytes.join(':').toUpperCase();
        let pasted = bytes.join(separator);
        pasted = lower ? pasted.toLowerCase() : pasted.toUpperCase();
        if (prefixed) pasted = `sha256 Fingerprint=${pasted}`;
        expect(normalizeCertificateFingerprint(pasted)).toBe(canonical);
        expect(isCertificateFingerprint(canonical)).toBe(true);
        expect(certificateFingerprintProblem(pasted)).toBeNull();
      }),
    );
  });

  it('certificate fingerprints: anything else gets a message, never a throw', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const normalised = normalizeCertificateFingerprint(text);
        const problem = certificateFingerprintProblem(text);
        expect(problem === null).toBe(normalised !== null);
        if (normalised !== null) expect(isCertificateFingerprint(normalised)).toBe(true);
      }),
    );
  });
});
