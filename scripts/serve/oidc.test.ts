// @vitest-environment node
/**
 * Sign-in against a real OpenID provider (oidc-provider on loopback), driven with fetch like
 * a browser would: redirects followed by hand, one cookie jar per origin.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OIDC_CLIENT, startOidcProvider } from '../../e2e/fixtures/oidc-provider';
import { admit, safeReturnTo } from './oidc.mjs';
import { parseOptions } from './options.mjs';
import { createConsoleServer } from './server.mjs';
import { CONSOLE, freePort, makeFixtureDir, SESSION_SECRET, startRecordingUpstream, waitFor, type RecordingUpstream } from './test-helpers';

describe('who may sign in', () => {
  const rules = { allowedEmails: ['alice@example.com', '@ops.example.com'], allowedGroups: ['iot-ops'] };
  it('admits a listed address, a listed domain, or a listed group', () => {
    expect(admit({ sub: '1', email: 'Alice@Example.com' }, rules)).toEqual({ ok: true });
    expect(admit({ sub: '2', email: 'bob@ops.example.com', email_verified: true }, rules)).toEqual({ ok: true });
    expect(admit({ sub: '3', email: 'carol@elsewhere.example', groups: ['iot-ops', 'x'] }, rules)).toEqual({ ok: true });
    expect(admit({ sub: '4', groups: 'iot-ops' }, rules)).toEqual({ ok: true });
  });

  it('refuses anyone else, an unverified address, and a look-alike domain', () => {
    expect(admit({ sub: '5', email: 'mallory@evil.example' }, rules)).toMatchObject({ ok: false, why: expect.stringContaining('mallory@evil.example') });
    expect(admit({ sub: '6', email: 'alice@example.com', email_verified: false }, rules)).toMatchObject({ ok: false });
    expect(admit({ sub: '7', email: 'eve@evilops.example.com' }, rules)).toMatchObject({ ok: false });
    expect(admit({ sub: '8' }, rules)).toMatchObject({ ok: false, why: expect.stringContaining('8') });
  });

  it('admits everyone the provider signs in when no list is given', () => {
    expect(admit({ sub: '9' }, { allowedEmails: [], allowedGroups: [] })).toEqual({ ok: true });
  });
});

describe('the return address after sign-in', () => {
  it('stays on this site', () => {
    expect(safeReturnTo('/namespaces/a/configurations/eu?tab=acl')).toBe('/namespaces/a/configurations/eu?tab=acl');
    expect(safeReturnTo('/auth/signed-in')).toBe('/auth/signed-in');
    for (const bad of ['https://evil.example', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/auth/callback?code=x', '/auth/logout', '', null, '/a\nb']) expect(safeReturnTo(bad)).toBe('/');
  });
});

/** A tiny browser: cookies per origin, redirects followed one by one. */
function browser() {
  const jars = new Map<string, Map<string, string>>();
  const jar = (origin: string) => jars.get(origin) ?? jars.set(origin, new Map()).get(origin)!;
  const send = async (url: string, init: RequestInit = {}) => {
    const u = new URL(url);
    const cookies = [...jar(u.origin)].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), ...(cookies ? { Cookie: cookies } : {}) } });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const cleared = attributes.some((a) => a.trim().toLowerCase() === 'max-age=0');
      if (cleared) jar(u.origin).delete(pair.slice(0, eq));
      else jar(u.origin).set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return res;
  };
  /** Follows redirects until a page (non-3xx) answers; returns it and the URL it came from. */
  const follow = async (url: string, init: RequestInit = {}) => {
    let res = await send(url, init);
    let at = url;
    while (res.status >= 300 && res.status < 400) {
      at = new URL(res.headers.get('location') ?? '', at).href;
      res = await send(at);
    }
    return { res, url: at };
  };
  return { send, follow, cookies: (origin: string) => jar(origin) };
}

/** Signs in through the provider's development login form; returns the final page. */
async function signIn(b: ReturnType<typeof browser>, start: string, login: string) {
  const form = await b.follow(start);
  const html = await form.res.text();
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no login form at ${form.url}:\n${html.slice(0, 300)}`);
  const submitted = await b.send(new URL(action, form.url).href, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString() });
  return b.follow(new URL(submitted.headers.get('location') ?? '', form.url).href);
}

describe('sign-in with OpenID Connect', () => {
  let dir = '';
  let upstream: RecordingUpstream;
  let provider: Awaited<ReturnType<typeof startOidcProvider>>;
  let base = '';
  let server: ReturnType<typeof createConsoleServer>;
  const log: string[] = [];

  beforeAll(async () => {
    dir = makeFixtureDir();
    upstream = await startRecordingUpstream();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider([`${base}/auth/callback`]);
    const options = parseOptions(
      ['--port', String(port), '--dist', path.join(dir, 'dist'), '--edgerc', path.join(dir, '.edgerc'), '--akamai-upstream', upstream.url, '--auth', 'oidc', '--oidc-issuer', provider.issuer, '--oidc-client-id', OIDC_CLIENT.id, '--public-url', base, '--allowed-emails', 'alice@example.com'],
      { SESSION_SECRET, OIDC_CLIENT_SECRET: OIDC_CLIENT.secret },
    );
    if ('help' in options) throw new Error('unexpected help');
    server = createConsoleServer(options, { log: (line) => log.push(line) });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
    await waitFor(async () => (await fetch(`${base}/readyz`)).status === 200, () => `not ready: ${log.join('\n')}`);
  });

  afterAll(async () => {
    await server?.shutdown(1000);
    await provider?.close();
    await upstream?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sends a page visit to the provider with PKCE (S256), state and nonce, in a short-lived sealed cookie', async () => {
    const b = browser();
    const page = await b.send(`${base}/namespaces?x=1`);
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/auth/login?returnTo=%2Fnamespaces%3Fx%3D1');
    const login = await b.send(`${base}/auth/login?returnTo=%2Fnamespaces`);
    expect(login.status).toBe(303);
    const to = new URL(login.headers.get('location') ?? '');
    expect(to.origin).toBe(provider.issuer);
    expect(Object.fromEntries(to.searchParams)).toMatchObject({ client_id: OIDC_CLIENT.id, response_type: 'code', code_challenge_method: 'S256', redirect_uri: `${base}/auth/callback`, scope: 'openid email profile' });
    expect(to.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(to.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
    const cookie = login.headers.getSetCookie()[0] ?? '';
    expect(cookie).toMatch(/^iotc_signin_[\w-]{16}=[\w-]+\.\.[\w-]+\.[\w-]+\.[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=600$/);
    expect(cookie).not.toContain(to.searchParams.get('state') ?? 'none');
  });

  it('signs Alice in, returns her to the page she asked for, and knows her at /auth/me; sign-out ends it', async () => {
    const b = browser();
    const done = await signIn(b, `${base}/auth/login?returnTo=%2Fnamespaces%3Ftab%3Dacl`, 'alice');
    expect(done.url).toBe(`${base}/namespaces?tab=acl`);
    expect(done.res.status).toBe(200);
    expect(await done.res.text()).toContain('<title>console</title>');
    expect([...b.cookies(base).keys()]).toEqual(['iotc_session']);

    const me = await b.send(`${base}/auth/me`, { headers: CONSOLE });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ sub: 'alice', email: 'alice@example.com', name: 'Alice Operator', expiresAt: expect.any(String) });
    expect((await b.send(`${base}/auth/me`)).status).toBe(403);

    const proxied = await b.send(`${base}/proxy/akamai/dcp-api/v1/namespaces`, { headers: CONSOLE });
    expect(proxied.status).toBe(200);

    const out = await b.send(`${base}/auth/logout`, { method: 'POST', headers: { ...CONSOLE, Origin: base } });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toMatch(/^iotc_session=; .*Max-Age=0/);
    expect(b.cookies(base).size).toBe(0);
    const after = await b.send(`${base}/auth/me`, { headers: CONSOLE });
    expect(after.status).toBe(401);
    expect(after.headers.get('x-iotc-auth')).toBe('sign-in-required');
    expect((await b.send(`${base}/proxy/akamai/dcp-api/v1/namespaces`, { headers: CONSOLE })).status).toBe(401);
    expect(log.join('\n')).toContain('signed in: alice@example.com');
  });

  it('refuses a disallowed e-mail address: an explanation, and no session', async () => {
    const b = browser();
    const done = await signIn(b, `${base}/auth/login`, 'mallory');
    expect(done.res.status).toBe(403);
    const html = await done.res.text();
    expect(html).toContain('<h1>Access denied</h1>');
    expect(html).toContain('mallory@evil.example');
    expect(b.cookies(base).size).toBe(0);
    expect((await b.send(`${base}/proxy/akamai/dcp-api/v1/namespaces`, { headers: CONSOLE })).status).toBe(401);
    expect(log.join('\n')).toContain('sign-in refused: mallory@evil.example is not in the allowed');
  });

  it('tells the page that sign-in is on, and never a secret, in /config.js or the log', async () => {
    const config = await (await fetch(`${base}/config.js`)).text();
    expect(config).toContain('"auth":"oidc"');
    for (const secret of [SESSION_SECRET, OIDC_CLIENT.secret]) {
      expect(config).not.toContain(secret);
      expect(log.join('\n')).not.toContain(secret);
    }
    // Nor a sealed cookie: they are bearer credentials.
    expect(log.join('\n')).not.toMatch(/eyJ[\w-]{20,}/);
  });

  it('refuses a callback without its transaction cookie (a replayed or forged code)', async () => {
    const b = browser();
    const r = await b.send(`${base}/auth/callback?code=stolen&state=abcdefghijklmnopqrstuvwxyz`);
    expect(r.status).toBe(400);
    expect(await r.text()).toContain('This sign-in link has expired or was already used.');
    expect(b.cookies(base).size).toBe(0);
  });

  it('shows the provider refusing, escaped', async () => {
    const r = await browser().send(`${base}/auth/callback?error=access_denied&error_description=%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
    expect(r.status).toBe(400);
    const html = await r.text();
    expect(html).toContain('&#60;script&#62;');
    expect(html).not.toContain('<script>');
  });
});
