/**
 * Reads a JWT's header and payload locally, for display only: nothing here
 * verifies anything (the hub does). Lets the page say "expired 3 minutes ago"
 * next to an Invalid verdict.
 */
export interface DecodedJwt {
  header: unknown;
  payload: unknown;
  expiresAt: number | null;
  issuedAt: number | null;
}

function decodePart(part: string): unknown {
  const normal = part.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(normal + '='.repeat((4 - (normal.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
}

export function decodeJwt(token: string): DecodedJwt | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || !parts[0] || !parts[1]) return null;
  try {
    const header = decodePart(parts[0]);
    const payload = decodePart(parts[1]);
    const p = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
    return {
      header,
      payload,
      expiresAt: typeof p.exp === 'number' ? p.exp * 1000 : null,
      issuedAt: typeof p.iat === 'number' ? p.iat * 1000 : null,
    };
  } catch {
    return null;
  }
}

export function looksLikeJwt(text: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(text.trim());
}
