/**
 * Nexigon's identifier formats (nexigon-ids): `<tag>_<raw>`, the raw part in
 * base 58 (no 0, O, I, l). A device fingerprint is a secret `d_sk_` id of 44
 * digits; its public id is `d_pk_` + the first 22. Certificate fingerprints
 * are SHA-256 digests written as 32 colon-separated upper-case hex bytes.
 */
export const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE58 = '1-9A-HJ-NP-Za-km-z';

/** `length` random base 58 digits, for ids the caller mints (events, connections). */
export function randomBase58(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return [...bytes].map((b) => BASE58_ALPHABET[b % BASE58_ALPHABET.length]).join('');
}

const CLUSTER_NODE_ID_RE = new RegExp(`^cluster_node_[${BASE58}]{22}$`);
const CONNECTION_ID_RE = new RegExp(`^d_conn_[${BASE58}]{22}$`);

/** Why a cluster node id is not valid, in words, or null when it is. */
export function clusterNodeIdProblem(value: string): string | null {
  if (value.trim() === '') return 'Enter the cluster node ID';
  return CLUSTER_NODE_ID_RE.test(value.trim()) ? null : 'A cluster node ID is "cluster_node_" and 22 base 58 digits';
}

/** Why a connection id is not valid, in words, or null when it is. */
export function connectionIdProblem(value: string): string | null {
  if (value.trim() === '') return 'Enter the connection ID';
  return CONNECTION_ID_RE.test(value.trim()) ? null : 'A connection ID is "d_conn_" and 22 base 58 digits';
}

export const DEVICE_FINGERPRINT_PREFIX = 'd_sk_';
export const DEVICE_FINGERPRINT_LENGTH = 44;
const DEVICE_FINGERPRINT_RE = new RegExp(`^d_sk_[${BASE58}]{${DEVICE_FINGERPRINT_LENGTH}}$`);
const CERTIFICATE_FINGERPRINT_RE = /^[0-9A-F]{2}(?::[0-9A-F]{2}){31}$/;

export function isDeviceFingerprint(value: string): boolean {
  return DEVICE_FINGERPRINT_RE.test(value);
}

/** Why a device fingerprint is not valid, in words, or null when it is. */
export function deviceFingerprintProblem(input: string): string | null {
  const value = input.trim();
  if (value === '') return 'Enter the device fingerprint';
  if (!value.startsWith(DEVICE_FINGERPRINT_PREFIX)) return `A device fingerprint starts with "${DEVICE_FINGERPRINT_PREFIX}"`;
  const raw = value.slice(DEVICE_FINGERPRINT_PREFIX.length);
  const bad = [...raw].find((c) => !BASE58_ALPHABET.includes(c));
  if (bad !== undefined) return `"${bad}" is not a base 58 digit (allowed: 1-9, A-Z and a-z without 0, O, I and l)`;
  if (raw.length !== DEVICE_FINGERPRINT_LENGTH) return `Expected ${DEVICE_FINGERPRINT_LENGTH} digits after "${DEVICE_FINGERPRINT_PREFIX}" (${raw.length} now)`;
  return null;
}

/** The public fingerprint id the API shows for a fingerprint. */
export function fingerprintIdOf(fingerprint: string): string {
  return `d_pk_${fingerprint.slice(DEVICE_FINGERPRINT_PREFIX.length, DEVICE_FINGERPRINT_PREFIX.length + 22)}`;
}

export function isCertificateFingerprint(value: string): boolean {
  return CERTIFICATE_FINGERPRINT_RE.test(value);
}

/**
 * Accepts what operators paste (`openssl x509 -fingerprint -sha256` output,
 * lower case, no colons, spaces) and returns the canonical form, or null.
 */
export function normalizeCertificateFingerprint(input: string): string | null {
  const hex = input
    .trim()
    .replace(/^sha-?256\s*fingerprint\s*=\s*/i, '')
    .replace(/[\s:]/g, '')
    .toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) return null;
  return hex.match(/../g)?.join(':') ?? null;
}

export function certificateFingerprintProblem(input: string): string | null {
  if (input.trim() === '') return 'Enter the certificate fingerprint';
  if (normalizeCertificateFingerprint(input) !== null) return null;
  const hex = input.replace(/^sha-?256\s*fingerprint\s*=\s*/i, '').replace(/[\s:]/g, '');
  if (/[^0-9a-fA-F]/.test(hex)) return 'Only hexadecimal digits (0-9, A-F), optionally separated by colons';
  return `A SHA-256 fingerprint has 32 bytes (64 hex digits); this one has ${hex.length} digits`;
}
