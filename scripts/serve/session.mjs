// @ts-check
import { createHash, hkdfSync } from 'node:crypto';
/**
 * jose (already the JOSE layer under openid-client) seals the cookie as a compact JWE with
 * `dir` + `A256GCM`: authenticated encryption, so the content is hidden and any change to it
 * (or a cookie made without the key) fails to decrypt. Expiry and purpose are standard JWT
 * claims checked by the same library. Writing our own AES-GCM envelope, its claim checks and
 * encoding would be more code to get wrong for no gain.
 */
import { EncryptJWT, errors, jwtDecrypt } from 'jose';

/** @typedef {{ kid: string, key: Uint8Array }} SessionKey */
/** @typedef {{ sub: string, email: string | null, name: string | null }} SessionUser */
/** @typedef {{ ok: true, claims: Record<string, unknown>, expiresAt: number } | { ok: false, reason: 'missing' | 'expired' | 'invalid' }} Unsealed */

const ISSUER = 'iotc-console';

/**
 * Derives one 256-bit key per secret (the current one first). The key id is a short hash of
 * the derived key: it lets a cookie name its key without revealing anything about it, so the
 * older key keeps working during a rotation.
 * @param {string[]} secrets @returns {SessionKey[]}
 */
export function sessionKeys(secrets) {
  return secrets.map((secret) => {
    const key = new Uint8Array(hkdfSync('sha256', secret, 'iotc-console-session', 'A256GCM cookie key v1', 32));
    return { kid: createHash('sha256').update(key).digest('base64url').slice(0, 12), key };
  });
}

/**
 * @param {Record<string, unknown>} claims
 * @param {SessionKey[]} keys the first one seals
 * @param {{ purpose: string, ttlSeconds: number, now?: number }} options purpose: the cookie it is for
 *   (a sealed login transaction can never pass for a session)
 */
export async function seal(claims, keys, options) {
  const current = keys[0];
  if (!current) throw new Error('No session key is configured');
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  return new EncryptJWT(claims)
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', kid: current.kid })
    .setIssuer(ISSUER)
    .setAudience(options.purpose)
    .setIssuedAt(now)
    .setExpirationTime(now + Math.round(options.ttlSeconds))
    .encrypt(current.key);
}

/**
 * @param {string | undefined} token
 * @param {SessionKey[]} keys any of them may have sealed it
 * @param {{ purpose: string, now?: number }} options
 * @returns {Promise<Unsealed>}
 */
export async function unseal(token, keys, options) {
  if (!token) return { ok: false, reason: 'missing' };
  try {
    const { payload } = await jwtDecrypt(
      token,
      (header) => {
        const found = keys.find((k) => k.kid === header.kid);
        if (!found) throw new Error('unknown key');
        return found.key;
      },
      {
        keyManagementAlgorithms: ['dir'],
        contentEncryptionAlgorithms: ['A256GCM'],
        issuer: ISSUER,
        audience: options.purpose,
        requiredClaims: ['exp', 'iat'],
        currentDate: options.now === undefined ? undefined : new Date(options.now),
      },
    );
    return { ok: true, claims: payload, expiresAt: Number(payload.exp) * 1000 };
  } catch (error) {
    return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
  }
}

/** @param {string | undefined} header the Cookie request header @returns {Map<string, string>} */
export function parseCookies(header) {
  const cookies = new Map();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(eq + 1).trim());
  }
  return cookies;
}

/**
 * A Set-Cookie value. Always HttpOnly (no script reads it) and SameSite=Lax (not sent on
 * cross-site subrequests or POSTs, but sent when the sign-in provider redirects back).
 * @param {string} name @param {string} value @param {{ maxAge: number, secure: boolean }} options maxAge 0 clears it
 */
export function cookieHeader(name, value, options) {
  return [`${name}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${Math.max(0, Math.round(options.maxAge))}`, ...(options.secure ? ['Secure'] : [])].join('; ');
}

/**
 * Cookie names. Over https the `__Host-` prefix makes the browser refuse the cookie unless it is
 * Secure, host-only and for Path=/, so a sibling subdomain cannot plant or shadow it.
 * @param {boolean} secure
 */
export function cookieNames(secure) {
  const prefix = secure ? '__Host-' : '';
  return { session: `${prefix}iotc_session`, transaction: (/** @type {string} */ state) => `${prefix}iotc_signin_${state.slice(0, 16)}` };
}
