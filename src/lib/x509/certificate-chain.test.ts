import { describe, expect, it } from 'vitest';
import { LB_CHAIN_PEM, LB_CHAIN_WITHOUT_KEY_PEM, LB_CHAIN_WRONG_KEY_PEM, LB_EXPIRED_CHAIN_PEM, LB_REVERSED_CHAIN_PEM } from '../../../e2e/fixtures/lb-certificates.gen';
import { inspectCertificateChain } from './certificate-chain';

const now = Date.UTC(2026, 6, 1);

describe('inspectCertificateChain', () => {
  it('reads a complete bundle: names, validity, SHA-1 fingerprint, and a key that matches', async () => {
    const r = await inspectCertificateChain(LB_CHAIN_PEM, now);
    expect(r.problems).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.certificates).toHaveLength(2);
    expect(r.leaf?.commonName).toBe('devices.fleet.example.com');
    expect(r.leaf?.subjectAlternativeNames).toEqual(['devices.fleet.example.com', 'mqtt.fleet.example.com']);
    expect(r.leaf?.notAfter.toISOString()).toBe('2030-01-01T00:00:00.000Z');
    expect(r.leaf?.fingerprintSha1).toMatch(/^[0-9a-f]{40}$/);
    expect(r.privateKey).toBe('pkcs8');
    expect(r.keyMatches).toBe(true);
  });

  it('refuses a bundle without a key, or with the wrong key', async () => {
    expect((await inspectCertificateChain(LB_CHAIN_WITHOUT_KEY_PEM, now)).problems).toEqual([expect.stringContaining('No private key found')]);
    const wrong = await inspectCertificateChain(LB_CHAIN_WRONG_KEY_PEM, now);
    expect(wrong.keyMatches).toBe(false);
    expect(wrong.problems).toEqual(['The private key does not belong to the first certificate.']);
  });

  it('warns about expiry and chain order without blocking', async () => {
    const expired = await inspectCertificateChain(LB_EXPIRED_CHAIN_PEM, now);
    expect(expired.problems).toEqual([]);
    expect(expired.warnings).toEqual(['The certificate expired on 2025-01-01.']);
    const reversed = await inspectCertificateChain(LB_REVERSED_CHAIN_PEM, now);
    expect(reversed.warnings).toContain('The first certificate is a CA: put the server (leaf) certificate first, then its intermediates.');
    expect(reversed.problems).toContain('The private key does not belong to the first certificate.');
  });

  it('explains garbage instead of throwing', async () => {
    expect((await inspectCertificateChain('', now)).problems).toHaveLength(1);
    expect((await inspectCertificateChain('hello', now)).problems).toContain('No certificate found: the bundle needs a "-----BEGIN CERTIFICATE-----" block.');
    const damaged = await inspectCertificateChain('-----BEGIN CERTIFICATE-----\nnot*base64\n-----END CERTIFICATE-----\n-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----', now);
    expect(damaged.problems).toEqual(['Certificate 1 is damaged: its PEM body is not valid base64.', expect.stringContaining('encrypted with a passphrase')]);
    const notX509 = await inspectCertificateChain('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----', now);
    expect(notX509.problems).toContain('Certificate 1 is not a valid X.509 certificate.');
  });
});
