import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCertificatePemShape, readPemBlocks } from './pem';

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('', ' ', '\u0000', '-----BEGIN CERTIFICATE-----'));

describe('PEM framing never throws, on any input (property)', () => {
  it('classifies any text', () => {
    const pemish = fc.tuple(fc.constantFrom('CERTIFICATE', 'PRIVATE KEY', 'X'), fc.base64String(), anyText).map(([label, body, noise]) => `${noise}-----BEGIN ${label}-----\n${body}\n-----END ${label}-----${noise}`);
    fc.assert(
      fc.property(fc.oneof(anyText, pemish), (text) => {
        expect(() => readPemBlocks(text)).not.toThrow();
        const problem = checkCertificatePemShape(text);
        expect([null, 'empty', 'no-certificate', 'bad-base64', 'several-certificates']).toContain(problem);
      }),
    );
  });
});
