import 'reflect-metadata';
import { BasicConstraintsExtension, X509Certificate, cryptoProvider } from '@peculiar/x509';
import { checkCertificatePemShape, describePemProblem } from './pem';

/**
 * X.509 parsing with @peculiar/x509 over WebCrypto: the same code checks a CA
 * in the browser before it is sent and in the mock backend when it arrives.
 * Loaded lazily: it is only needed where certificates are shown or checked.
 */
cryptoProvider.set(globalThis.crypto);

export interface CertificateSummary {
  subject: string;
  issuer: string;
  commonName: string | null;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  /** SHA-256 of the DER, upper-case hex pairs joined by ':' as OpenSSL prints it. */
  fingerprintSha256: string;
  isCa: boolean;
  selfSigned: boolean;
  signatureAlgorithm: string;
}

export class CertificateParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CertificateParseError';
  }
}

export function parseCertificate(pem: string, what = 'certificate'): X509Certificate {
  const problem = checkCertificatePemShape(pem);
  if (problem) throw new CertificateParseError(describePemProblem(problem, what));
  try {
    return new X509Certificate(pem.trim());
  } catch {
    throw new CertificateParseError(`The ${what} is not a valid X.509 certificate.`);
  }
}

export async function summarizeCertificate(cert: X509Certificate): Promise<CertificateSummary> {
  // A typed array, not the ArrayBuffer getThumbprint passes: WebCrypto under jsdom (unit tests) refuses ArrayBuffers from another realm.
  const thumbprint = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(cert.rawData)));
  const basic = cert.getExtension(BasicConstraintsExtension);
  return {
    subject: cert.subject,
    issuer: cert.issuer,
    commonName: commonNameOf(cert),
    serialNumber: cert.serialNumber,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    fingerprintSha256: [...thumbprint].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(':'),
    isCa: basic?.ca ?? false,
    selfSigned: cert.subject === cert.issuer,
    signatureAlgorithm: describeAlgorithm(cert.signatureAlgorithm),
  };
}

export async function summarizeCertificatePem(pem: string, what?: string): Promise<CertificateSummary> {
  return summarizeCertificate(parseCertificate(pem, what));
}

export function commonNameOf(cert: X509Certificate): string | null {
  const values = cert.subjectName.getField('CN');
  return values[0] ?? null;
}

export async function isSignedBy(cert: X509Certificate, issuer: X509Certificate): Promise<boolean> {
  try {
    return await cert.verify({ publicKey: issuer.publicKey, signatureOnly: true });
  } catch {
    return false;
  }
}

function describeAlgorithm(algorithm: { name: string; hash?: unknown; namedCurve?: unknown }): string {
  const hash = typeof algorithm.hash === 'object' && algorithm.hash !== null && 'name' in algorithm.hash ? String(algorithm.hash.name) : '';
  return hash ? `${algorithm.name} with ${hash}` : algorithm.name;
}
