// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isSignedBy, parseCertificate, summarizeCertificatePem } from '../../src/lib/x509/certificate';
import { rollingValidity, signRollingCa } from './rolling-ca';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 4, 15, 30);

describe('seeded hub CAs with a validity relative to today', () => {
  it('ends the given number of whole days from today, after the given lifetime', () => {
    expect(rollingValidity(NOW, 12, 730)).toEqual({ notAfter: Date.UTC(2026, 11, 16), notBefore: Date.UTC(2026, 11, 16) - 730 * DAY });
    expect(rollingValidity(NOW, -41, 1095).notAfter).toBe(Date.UTC(2026, 9, 24));
    // The whole day gives the same validity, so the same certificate.
    expect(rollingValidity(Date.UTC(2026, 11, 4, 23, 59), 12, 730)).toEqual(rollingValidity(Date.UTC(2026, 11, 4), 12, 730));
  });

  it('is a real self-signed CA that the console parses, and the same bytes on every signing', async () => {
    const spec = { subject: 'CN=Acme Fleet Device CA 2024, O=Acme IoT, C=FR', serial: '4101', ...rollingValidity(NOW, 12, 730) };
    const pem = await signRollingCa(spec);
    expect(await signRollingCa(spec)).toBe(pem);
    const summary = await summarizeCertificatePem(pem);
    expect(summary).toMatchObject({ subject: spec.subject, commonName: 'Acme Fleet Device CA 2024', serialNumber: '4101', isCa: true, selfSigned: true, signatureAlgorithm: 'RSASSA-PKCS1-v1_5 with SHA-256' });
    expect(summary.notAfter.getTime()).toBe(spec.notAfter);
    expect(summary.notBefore.getTime()).toBe(spec.notBefore);
    const cert = parseCertificate(pem);
    expect(await isSignedBy(cert, cert)).toBe(true);
    expect(await signRollingCa({ ...spec, notAfter: spec.notAfter + DAY })).not.toBe(pem);
  });
});
