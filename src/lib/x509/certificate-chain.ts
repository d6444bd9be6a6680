import 'reflect-metadata';
import { SubjectAlternativeNameExtension, X509Certificate } from '@peculiar/x509';
import { commonNameOf, summarizeCertificate, type CertificateSummary } from './certificate';
import { looksLikeBase64, readPemBlocks } from './pem';

/**
 * A PEM bundle as TLS servers want it (Scaleway Load Balancer custom
 * certificates, for one): the leaf certificate, its intermediates, and the
 * leaf's private key. Checked in the browser before upload, and by the mock
 * backend with the same code.
 */
export interface ChainInspection {
  /** In the order given; the leaf should be first. */
  certificates: CertificateSummary[];
  leaf: {
    commonName: string | null;
    /** DNS names and IP addresses from the subjectAltName extension. */
    subjectAlternativeNames: string[];
    notBefore: Date;
    notAfter: Date;
    /** SHA-1 of the DER, lower-case hex without separators: what the Load Balancer API reports. */
    fingerprintSha1: string;
  } | null;
  privateKey: 'pkcs8' | 'ec' | 'rsa' | 'encrypted' | null;
  /** Whether the private key belongs to the leaf; null when it could not be checked (no key, or a key format WebCrypto cannot import). */
  keyMatches: boolean | null;
  /** Blocking: the bundle cannot be used. */
  problems: string[];
  /** Worth saying, but the bundle can still be uploaded. */
  warnings: string[];
}

const KEY_LABELS: Record<string, ChainInspection['privateKey']> = {
  'PRIVATE KEY': 'pkcs8',
  'EC PRIVATE KEY': 'ec',
  'RSA PRIVATE KEY': 'rsa',
  'ENCRYPTED PRIVATE KEY': 'encrypted',
};

function toHex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Hashes a typed array rather than the ArrayBuffer getThumbprint passes:
 * WebCrypto under jsdom (unit tests, mock contract tests) refuses
 * ArrayBuffers from the other realm. Same result in the browser.
 */
async function sha1Hex(cert: X509Certificate): Promise<string> {
  return toHex(await globalThis.crypto.subtle.digest('SHA-1', new Uint8Array(cert.rawData)));
}

function alternativeNames(cert: X509Certificate): string[] {
  const ext = cert.getExtension(SubjectAlternativeNameExtension);
  if (!ext) return [];
  return ext.names.items.filter((n) => n.type === 'dns' || n.type === 'ip').map((n) => n.value);
}

/** Signs with the PKCS#8 key and verifies with the leaf's public key: the only proof the two belong together. */
async function keyMatchesCertificate(pkcs8: Uint8Array<ArrayBuffer>, cert: X509Certificate): Promise<boolean | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const publicAlgorithm = cert.publicKey.algorithm as { name: string; namedCurve?: string };
  let importAlgorithm: EcKeyImportParams | RsaHashedImportParams;
  let signAlgorithm: EcdsaParams | AlgorithmIdentifier;
  if (publicAlgorithm.name === 'ECDSA' && publicAlgorithm.namedCurve) {
    importAlgorithm = { name: 'ECDSA', namedCurve: publicAlgorithm.namedCurve };
    signAlgorithm = { name: 'ECDSA', hash: 'SHA-256' };
  } else if (publicAlgorithm.name === 'RSASSA-PKCS1-v1_5' || publicAlgorithm.name === 'RSA-PSS') {
    importAlgorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
    signAlgorithm = { name: 'RSASSA-PKCS1-v1_5' };
  } else {
    return null;
  }
  let publicKey: CryptoKey;
  try {
    publicKey = await subtle.importKey('spki', new Uint8Array(cert.publicKey.rawData), importAlgorithm, false, ['verify']);
  } catch {
    return null;
  }
  try {
    const privateKey = await subtle.importKey('pkcs8', pkcs8, importAlgorithm, false, ['sign']);
    const data = new Uint8Array([107, 101, 121, 45, 99, 104, 101, 99, 107]);
    const signature = await subtle.sign(signAlgorithm, privateKey, data);
    return await subtle.verify(signAlgorithm, publicKey, signature, data);
  } catch {
    // A key of another algorithm than the certificate's fails to import: it does not match.
    return false;
  }
}

export async function inspectCertificateChain(pem: string, now: number = Date.now()): Promise<ChainInspection> {
  const result: ChainInspection = { certificates: [], leaf: null, privateKey: null, keyMatches: null, problems: [], warnings: [] };
  if (typeof pem !== 'string' || pem.trim() === '') {
    result.problems.push('Paste the certificate chain and its private key in PEM format.');
    return result;
  }
  const blocks = readPemBlocks(pem);
  const certBlocks = blocks.filter((b) => b.label === 'CERTIFICATE');
  const keyBlocks = blocks.filter((b) => b.label in KEY_LABELS);
  if (certBlocks.length === 0) result.problems.push('No certificate found: the bundle needs a "-----BEGIN CERTIFICATE-----" block.');

  const parsed: X509Certificate[] = [];
  for (const [i, block] of certBlocks.entries()) {
    if (!looksLikeBase64(block.base64)) {
      result.problems.push(`Certificate ${i + 1} is damaged: its PEM body is not valid base64.`);
      continue;
    }
    try {
      const cert = new X509Certificate(`-----BEGIN CERTIFICATE-----\n${block.base64}\n-----END CERTIFICATE-----`);
      parsed.push(cert);
      result.certificates.push(await summarizeCertificate(cert));
    } catch {
      result.problems.push(`Certificate ${i + 1} is not a valid X.509 certificate.`);
    }
  }

  if (keyBlocks.length === 0) result.problems.push('No private key found: add the leaf certificate\'s key ("-----BEGIN PRIVATE KEY-----").');
  else if (keyBlocks.length > 1) result.problems.push('Several private keys found: keep only the leaf certificate\'s key.');
  const keyBlock = keyBlocks[0];
  if (keyBlock) {
    result.privateKey = KEY_LABELS[keyBlock.label] ?? null;
    if (result.privateKey === 'encrypted') result.problems.push('The private key is encrypted with a passphrase: the load balancer needs it unencrypted.');
    else if (!looksLikeBase64(keyBlock.base64)) result.problems.push('The private key is damaged: its PEM body is not valid base64.');
  }

  const leaf = parsed[0];
  if (leaf) {

    result.leaf = {
      commonName: commonNameOf(leaf),
      subjectAlternativeNames: alternativeNames(leaf),
      notBefore: leaf.notBefore,
      notAfter: leaf.notAfter,
      fingerprintSha1: await sha1Hex(leaf),
    };
    if (result.certificates[0]?.isCa) result.warnings.push('The first certificate is a CA: put the server (leaf) certificate first, then its intermediates.');
    if (leaf.notAfter.getTime() <= now) result.warnings.push(`The certificate expired on ${leaf.notAfter.toISOString().slice(0, 10)}.`);
    else if (leaf.notBefore.getTime() > now) result.warnings.push(`The certificate is not valid before ${leaf.notBefore.toISOString().slice(0, 10)}.`);
    if (!result.leaf.commonName && result.leaf.subjectAlternativeNames.length === 0) result.warnings.push('The certificate names no domain (no common name, no alternative names).');
    for (let i = 1; i < parsed.length; i++) {
      const child = parsed[i - 1];
      const issuer = parsed[i];
      // Names, not signatures: the order is what matters here, and the load balancer checks the signatures.
      if (child && issuer && child.issuer !== issuer.subject) {
        result.warnings.push(`Certificate ${i + 1} is not the issuer of certificate ${i}: check the order of the chain (leaf, then each issuer).`);
        break;
      }
    }
    if (keyBlock && result.privateKey === 'pkcs8' && looksLikeBase64(keyBlock.base64)) {
      result.keyMatches = await keyMatchesCertificate(base64ToBytes(keyBlock.base64), leaf);
      if (result.keyMatches === false) result.problems.push('The private key does not belong to the first certificate.');
    }
  }
  return result;
}
