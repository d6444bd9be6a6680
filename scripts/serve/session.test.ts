// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cookieHeader, cookieNames, parseCookies, seal, sessionKeys, unseal } from './session.mjs';

const OLD = 'the-old-session-secret-0123456789abcdef';
const NEW = 'the-new-session-secret-0123456789abcdef';
const user = { sub: 'alice', email: 'alice@example.com', name: 'Alice' };

describe('sealed cookies', () => {
  it('round-trips the claims, hides them, and carries an expiry', async () => {
    const keys = sessionKeys([NEW]);
    const token = await seal(user, keys, { purpose: 'session', ttlSeconds: 3600, now: 1_700_000_000_000 });
    expect(token.split('.')).toHaveLength(5);
    expect(token).not.toContain('alice');
    expect(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()).not.toContain('alice');
    const result = await unseal(token, keys, { purpose: 'session', now: 1_700_000_000_000 + 1000 });
    expect(result).toMatchObject({ ok: true, claims: user, expiresAt: 1_700_000_000_000 + 3600_000 });
  });

  it('refuses an expired cookie as expired, and garbage or a tampered one as invalid', async () => {
    const keys = sessionKeys([NEW]);
    const token = await seal(user, keys, { purpose: 'session', ttlSeconds: 60, now: 1_700_000_000_000 });
    expect(await unseal(token, keys, { purpose: 'session', now: 1_700_000_000_000 + 61_000 })).toEqual({ ok: false, reason: 'expired' });
    expect(await unseal(undefined, keys, { purpose: 'session' })).toEqual({ ok: false, reason: 'missing' });
    expect(await unseal('a.b.c.d.e', keys, { purpose: 'session' })).toEqual({ ok: false, reason: 'invalid' });
    const parts = token.split('.');
    const ciphertext = parts[3] ?? '';
    parts[3] = (ciphertext[0] === 'A' ? 'B' : 'A') + ciphertext.slice(1);
    expect(await unseal(parts.join('.'), keys, { purpose: 'session', now: 1_700_000_000_000 })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('keeps purposes apart: a sign-in transaction never passes for a session', async () => {
    const keys = sessionKeys([NEW]);
    const tx = await seal({ sub: 'alice' }, keys, { purpose: 'sign-in', ttlSeconds: 600 });
    expect(await unseal(tx, keys, { purpose: 'session' })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('rotates keys: cookies sealed with the previous key still open, new ones use the current key, dropped keys fail', async () => {
    const before = await seal(user, sessionKeys([OLD]), { purpose: 'session', ttlSeconds: 600 });
    const rotating = sessionKeys([NEW, OLD]);
    expect(await unseal(before, rotating, { purpose: 'session' })).toMatchObject({ ok: true, claims: user });
    const after = await seal(user, rotating, { purpose: 'session', ttlSeconds: 600 });
    expect(await unseal(after, sessionKeys([NEW]), { purpose: 'session' })).toMatchObject({ ok: true });
    expect(await unseal(before, sessionKeys([NEW]), { purpose: 'session' })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('derives distinct keys whose ids reveal nothing of the secret', () => {
    const [a, b] = sessionKeys([OLD, NEW]);
    expect(a?.kid).not.toBe(b?.kid);
    expect(a?.kid).not.toContain(OLD.slice(0, 6));
    expect(a?.key).toHaveLength(32);
  });
});

describe('cookie headers', () => {
  it('are HttpOnly, SameSite=Lax, for the whole site, with an expiry; Secure and __Host- over https', () => {
    expect(cookieHeader('iotc_session', 'v', { maxAge: 3600, secure: false })).toBe('iotc_session=v; Path=/; HttpOnly; SameSite=Lax; Max-Age=3600');
    expect(cookieHeader(cookieNames(true).session, 'v', { maxAge: 0, secure: true })).toBe('__Host-iotc_session=v; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure');
    expect(cookieNames(false).transaction('abcdefghijklmnopqrstuvwxyz')).toBe('iotc_signin_abcdefghijklmnop');
  });

  it('parses the Cookie header, first value wins', () => {
    expect(parseCookies('a=1; iotc_session=x.y=z; a=2')).toEqual(new Map([['a', '1'], ['iotc_session', 'x.y=z']]));
    expect(parseCookies(undefined).size).toBe(0);
  });
});
