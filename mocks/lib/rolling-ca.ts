import 'reflect-metadata';
import { BasicConstraintsExtension, KeyUsageFlags, KeyUsagesExtension, X509CertificateGenerator, cryptoProvider } from '@peculiar/x509';
import { ROLLING_CA_KEY_PKCS8 } from '../fixtures/certificates.gen';

cryptoProvider.set(globalThis.crypto);

/**
 * A seeded hub CA whose validity is relative to the day the mock starts, so "expires in 12 days"
 * stays true whenever the demo runs. Certificates need a signature, which the synchronous seed
 * cannot make: the hub keeps this spec, and the CA endpoint signs it on first request.
 */
export interface RollingCa {
  /** Distinguished name, e.g. `CN=Acme Fleet Device CA, O=Acme IoT, C=FR`. */
  subject: string;
  /** Hex serial number. */
  serial: string;
  /** Epoch ms, whole UTC days: the same certificate all day long. */
  notBefore: number;
  notAfter: number;
}

const DAY = 86_400_000;
const ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/** Validity from `validForDays` before today to `expiresInDays` after it (negative: already expired). */
export function rollingValidity(now: number, expiresInDays: number, lifetimeDays: number): Pick<RollingCa, 'notBefore' | 'notAfter'> {
  const notAfter = Math.floor(now / DAY) * DAY + expiresInDays * DAY;
  return { notBefore: notAfter - lifetimeDays * DAY, notAfter };
}

let keys: Promise<CryptoKeyPair> | undefined;
function seedKeys(): Promise<CryptoKeyPair> {
  keys ??= (async () => {
    const subtle = globalThis.crypto.subtle;
    const der = Uint8Array.from(atob(ROLLING_CA_KEY_PKCS8), (c) => c.charCodeAt(0));
    const privateKey = await subtle.importKey('pkcs8', der, ALGORITHM, true, ['sign']);
    const { kty, n, e } = await subtle.exportKey('jwk', privateKey);
    const publicKey = await subtle.importKey('jwk', { kty, n, e }, ALGORITHM, true, ['verify']);
    return { privateKey, publicKey };
  })();
  return keys;
}

/**
 * WebCrypto with the data to sign passed as a typed array: under jsdom (the unit tests) the
 * certificate generator's ArrayBuffer comes from another realm, which WebCrypto refuses.
 */
const subtle = new Proxy(globalThis.crypto.subtle, {
  get(target, prop) {
    if (prop === 'sign') {
      return (algorithm: AlgorithmIdentifier, key: CryptoKey, data: BufferSource) =>
        target.sign(algorithm, key, ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data));
    }
    const value: unknown = Reflect.get(target, prop, target);
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
  },
});
const signingCrypto = { subtle, getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) } as Crypto;

/** The CA as PEM, signed with the fixture key: the same bytes for the same spec (PKCS#1 v1.5 signatures are deterministic). */
export async function signRollingCa(ca: RollingCa): Promise<string> {
  const cert = await X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: ca.serial,
      name: ca.subject,
      notBefore: new Date(ca.notBefore),
      notAfter: new Date(ca.notAfter),
      signingAlgorithm: ALGORITHM,
      keys: await seedKeys(),
      extensions: [new BasicConstraintsExtension(true, 1, true), new KeyUsagesExtension(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign, true)],
    },
    signingCrypto,
  );
  return cert.toString('pem');
}

const cache = new Map<string, Promise<string>>();

/** signRollingCa, once per spec. */
export function rollingCaPem(ca: RollingCa): Promise<string> {
  const key = `${ca.subject}|${ca.serial}|${ca.notBefore}|${ca.notAfter}`;
  let pem = cache.get(key);
  if (!pem) {
    pem = signRollingCa(ca);
    cache.set(key, pem);
  }
  return pem;
}
