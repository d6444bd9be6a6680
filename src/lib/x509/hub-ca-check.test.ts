// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CHALLENGE_FROM_OTHER_CA_PEM, CHALLENGE_WRONG_CN_PEM, LAB_CA_PEM, LAB_CHALLENGE_PEM } from '../../../e2e/fixtures/certificates.gen';
import { checkHubCaChallenge } from './hub-ca-check';
import { summarizeCertificatePem } from './certificate';
import { checkCertificatePemShape } from './pem';

const HUB = 'c1789ed6-4f5d-4a81-8cb3-344556677889';

describe('hub CA checks', () => {
  it('accepts a challenge signed by the CA with the hub id as common name', async () => {
    const r = await checkHubCaChallenge(LAB_CA_PEM, LAB_CHALLENGE_PEM, HUB);
    expect(r.problems).toEqual([]);
    expect(r.ca?.subject).toContain('Lab Sandbox Device CA');
    expect(r.ca?.isCa).toBe(true);
    expect(r.challenge?.commonName).toBe(HUB);
  });

  it('gives each failure its own message and field', async () => {
    expect((await checkHubCaChallenge('garbage', LAB_CHALLENGE_PEM, HUB)).problems.map((p) => [p.field, p.code])).toEqual([['ca_cert_pem', 'ca-unparsable']]);
    expect((await checkHubCaChallenge(LAB_CA_PEM, CHALLENGE_FROM_OTHER_CA_PEM, HUB)).problems.map((p) => p.code)).toEqual(['not-signed-by-ca']);
    expect((await checkHubCaChallenge(LAB_CA_PEM, CHALLENGE_WRONG_CN_PEM, HUB)).problems.map((p) => p.code)).toEqual(['common-name-mismatch']);
    expect((await checkHubCaChallenge(LAB_CA_PEM, LAB_CHALLENGE_PEM, 'another-hub')).problems.map((p) => p.code)).toEqual(['common-name-mismatch']);
  });

  it('summarises a certificate with an OpenSSL-style fingerprint', async () => {
    const s = await summarizeCertificatePem(LAB_CA_PEM);
    expect(s.fingerprintSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(s.notAfter.getTime()).toBeGreaterThan(s.notBefore.getTime());
    expect(s.selfSigned).toBe(true);
  });

  it('recognises PEM framing problems without throwing', () => {
    expect(checkCertificatePemShape('')).toBe('empty');
    expect(checkCertificatePemShape('-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----')).toBe('bad-base64');
    expect(checkCertificatePemShape(LAB_CA_PEM + LAB_CHALLENGE_PEM)).toBe('several-certificates');
    expect(checkCertificatePemShape(LAB_CA_PEM + LAB_CHALLENGE_PEM, { allowChain: true })).toBeNull();
  });
});
