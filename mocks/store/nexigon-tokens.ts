/**
 * JWTs of the mock hub: HS256 with a key that never leaves the mock, so a
 * token pasted back is verified for real (signature, audience, expiry), and
 * an edited or foreign one is rejected.
 */
const KEY_MATERIAL = new TextEncoder().encode('nexigon-mock-hub/device-tokens/v1');
let keyPromise: Promise<CryptoKey> | undefined;

function key(): Promise<CryptoKey> {
  keyPromise ??= crypto.subtle.importKey('raw', KEY_MATERIAL, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  return keyPromise;
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const normal = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(normal + '='.repeat((4 - (normal.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const encodeJson = (value: unknown) => base64url(new TextEncoder().encode(JSON.stringify(value)));

export const TOKEN_ISSUER = 'https://demo.nexigon.cloud';
export type TokenAudience = 'device' | 'http-proxy';

export interface TokenPayload {
  iss: string;
  aud: TokenAudience;
  sub: string;
  iat: number;
  exp: number;
  jti: string;
  [claim: string]: unknown;
}

export async function signToken(payload: TokenPayload): Promise<string> {
  const unsigned = `${encodeJson({ alg: 'HS256', typ: 'JWT' })}.${encodeJson(payload)}`;
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', await key(), new TextEncoder().encode(unsigned)));
  return `${unsigned}.${base64url(signature)}`;
}

/** The payload of a token this mock signed for `audience`, or null (bad shape, signature, audience). Expiry is the caller's call. */
export async function verifyToken(jwt: string, audience: TokenAudience): Promise<TokenPayload | null> {
  const parts = jwt.trim().split('.');
  if (parts.length !== 3) return null;
  const [header, payload, signature] = parts as [string, string, string];
  try {
    const ok = await crypto.subtle.verify('HMAC', await key(), fromBase64url(signature), new TextEncoder().encode(`${header}.${payload}`));
    if (!ok) return null;
    const decoded: unknown = JSON.parse(new TextDecoder().decode(fromBase64url(payload)));
    if (typeof decoded !== 'object' || decoded === null) return null;
    const p = decoded as Partial<TokenPayload>;
    if (p.aud !== audience || typeof p.sub !== 'string' || typeof p.exp !== 'number') return null;
    return p as TokenPayload;
  } catch {
    return null;
  }
}
