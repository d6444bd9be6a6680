// @vitest-environment node
/**
 * The attacks of issue 13, tried against a running `node scripts/serve.mjs` with an .edgerc and
 * a loopback upstream that records everything it receives. Each must be refused, answered in
 * the provider's envelope, logged, and never reach the upstream, signed or not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seal, sessionKeys } from './session.mjs';
import { CONSOLE, makeFixtureDir, rawRequest, SESSION_SECRET, signedRequests, startRecordingUpstream, startServeProcess, waitFor, type RecordingUpstream, type ServeProcess } from './test-helpers';

const NOT_FROM_CONSOLE = 'This request did not come from the console.';
const EVIL = 'https://evil.example';

let dir = '';
let upstream: RecordingUpstream;
let open: ServeProcess;
let guarded: ServeProcess;

const common = () => ['--port', '0', '--dist', path.join(dir, 'dist'), '--edgerc', path.join(dir, '.edgerc'), '--akamai-upstream', upstream.url, '--scaleway-upstream', upstream.url, '--nexigon-upstream', upstream.url];

beforeAll(async () => {
  dir = makeFixtureDir();
  upstream = await startRecordingUpstream();
  // Loopback without sign-in (the default), and with sign-in (its provider is never needed here:
  // sessions are checked from the cookie alone).
  [open, guarded] = await Promise.all([
    startServeProcess(common()),
    startServeProcess([...common(), '--auth', 'oidc', '--oidc-issuer', 'http://127.0.0.1:9/', '--oidc-client-id', 'console', '--public-url', 'http://127.0.0.1:8080', '--audit-log', path.join(dir, 'audit.log')], {
      env: { SESSION_SECRET },
    }),
  ]);
});

afterAll(async () => {
  await Promise.all([open?.stop(), guarded?.stop()]);
  await upstream?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs an attack and checks that nothing reached the upstream. */
async function attempt(run: () => Promise<{ status: number; body: string; headers: Record<string, unknown> }>) {
  const before = upstream.seen.length;
  const answer = await run();
  expect(upstream.seen.length, 'the upstream received the request').toBe(before);
  return answer;
}

const host = (server: ServeProcess) => `127.0.0.1:${server.port}`;

describe('attacks on the proxy without sign-in (loopback)', () => {
  it('a cross-site text/plain POST with a foreign Origin is refused', async () => {
    const r = await attempt(() =>
      rawRequest(open.base, { method: 'POST', path: '/proxy/akamai/dcp-api/v1/namespaces', headers: { Origin: EVIL, 'Content-Type': 'text/plain', 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'no-cors' }, body: '{"namespace":"x"}' }),
    );
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body)).toMatchObject({ title: NOT_FROM_CONSOLE, errorCode: 'request_refused' });
    expect(r.headers['content-type']).toBe('application/problem+json');
  });

  it('a foreign Host (DNS rebinding) is refused with 421, even with the console header', async () => {
    const r = await attempt(() => rawRequest(open.base, { path: '/proxy/akamai/dcp-api/v1/namespaces', headers: { Host: `attacker.example:${open.port}`, ...CONSOLE } }));
    expect(r.status).toBe(421);
    expect(JSON.parse(r.body)).toMatchObject({ title: NOT_FROM_CONSOLE });
  });

  it('a cross-site preflight is answered here, refused, not forwarded, and grants no CORS', async () => {
    const r = await attempt(() =>
      rawRequest(open.base, { method: 'OPTIONS', path: '/proxy/akamai/dcp-api/v1/namespaces', headers: { Origin: EVIL, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'x-iotc-request' } }),
    );
    expect(r.status).toBe(403);
    expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('a form POST without the console header is refused, from a foreign page or with no Origin at all', async () => {
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    const foreign = await attempt(() => rawRequest(open.base, { method: 'POST', path: '/proxy/nexigon/api/v1/actions/invoke/devices_Delete', headers: { ...form, Origin: EVIL }, body: 'a=1' }));
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body)).toMatchObject({ message: NOT_FROM_CONSOLE });
    const bare = await attempt(() => rawRequest(open.base, { method: 'POST', path: '/proxy/scaleway/iot/v1/hubs', headers: form, body: 'a=1' }));
    expect(bare.status).toBe(403);
    expect(JSON.parse(bare.body)).toMatchObject({ message: NOT_FROM_CONSOLE });
  });

  it('a foreign Host on a static file or page is refused too', async () => {
    for (const p of ['/assets/index-abc.js', '/config.js', '/']) {
      const r = await attempt(() => rawRequest(open.base, { path: p, headers: { Host: 'attacker.example' } }));
      expect(r.status).toBe(421);
      expect(r.body).not.toContain('console.log');
    }
  });

  it('path traversal is refused, in the proxy and for files', async () => {
    for (const p of ['/proxy/akamai/../../etc/passwd', '/proxy/akamai/dcp-api/..%2f..%2fadmin', '/proxy/akamai/%2e%2e/admin', '/..%2f..%2fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt']) {
      const r = await attempt(() => rawRequest(open.base, { path: p, headers: CONSOLE }));
      expect(r.status).toBe(400);
      expect(r.body).not.toContain('outside-dist-secret');
    }
  });

  it('an oversized body is refused, declared or streamed', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
    const declared = await attempt(() => rawRequest(open.base, { method: 'PUT', path: '/proxy/akamai/dcp-api/v1/namespaces/x', headers: { ...CONSOLE, 'Content-Type': 'application/json' }, body: big }));
    expect(declared.status).toBe(413);
    const streamed = await attempt(() => rawRequest(open.base, { method: 'PUT', path: '/proxy/akamai/dcp-api/v1/namespaces/x', headers: { ...CONSOLE, 'Transfer-Encoding': 'chunked' }, body: big }));
    expect(streamed.status).toBe(413);
  });

  it('logs each refusal', () => {
    expect(open.output.filter((l) => l.startsWith('refused ')).length).toBeGreaterThanOrEqual(10);
    expect(open.output.join('\n')).toMatch(/refused POST \/proxy\/akamai\/dcp-api\/v1\/namespaces: foreign Origin "https:\/\/evil.example"/);
  });

  it('still serves the console itself, and signs what it sends (the checks above are not vacuous)', async () => {
    const r = await rawRequest(open.base, { method: 'POST', path: '/proxy/akamai/dcp-api/v1/namespaces', headers: { ...CONSOLE, Origin: open.base, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json' }, body: '{}' });
    expect(r.status).toBe(200);
    expect(signedRequests(upstream.seen)).toHaveLength(1);
  });
});

describe('attacks on the session (--auth oidc)', () => {
  const keys = sessionKeys([SESSION_SECRET]);
  const proxied = (cookie: string) => rawRequest(guarded.base, { method: 'DELETE', path: '/proxy/akamai/dcp-api/v1/namespaces/victim', headers: { ...CONSOLE, Host: host(guarded), Cookie: `iotc_session=${cookie}` } });

  it('a forged, tampered or foreign-key cookie gets 401 sign-in-required, and nothing is forwarded', async () => {
    const valid = await seal({ sub: 'alice', email: 'alice@example.com', name: 'Alice' }, keys, { purpose: 'session', ttlSeconds: 600 });
    const otherKey = await seal({ sub: 'mallory', email: 'mallory@example.com', name: null }, sessionKeys(['another-secret-of-at-least-32-characters!']), { purpose: 'session', ttlSeconds: 600 });
    const wrongPurpose = await seal({ sub: 'alice', email: null, name: null }, keys, { purpose: 'sign-in', ttlSeconds: 600 });
    const tampered = `${valid.slice(0, -6)}${valid.slice(-6) === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA'}`;
    for (const cookie of ['forged', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.', tampered, otherKey, wrongPurpose]) {
      const r = await attempt(() => proxied(cookie));
      expect(r.status).toBe(401);
      expect(r.headers['x-iotc-auth']).toBe('sign-in-required');
      expect(JSON.parse(r.body)).toMatchObject({ errorCode: 'sign_in_required' });
    }
  });

  it('an expired cookie gets 401 sign-in-required, and a page navigation goes to sign-in', async () => {
    const expired = await seal({ sub: 'alice', email: 'alice@example.com', name: 'Alice' }, keys, { purpose: 'session', ttlSeconds: 60, now: Date.now() - 120_000 });
    const r = await attempt(() => proxied(expired));
    expect(r.status).toBe(401);
    expect(r.headers['x-iotc-auth']).toBe('sign-in-required');
    const page = await rawRequest(guarded.base, { path: '/namespaces/x?tab=acl', headers: { Host: host(guarded), Cookie: `iotc_session=${expired}`, 'Sec-Fetch-Site': 'none', 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Dest': 'document' } });
    expect(page.status).toBe(303);
    expect(page.headers.location).toBe(`/auth/login?returnTo=${encodeURIComponent('/namespaces/x?tab=acl')}`);
  });

  it('a valid cookie passes, is not forwarded, and the audit line names the person', async () => {
    const valid = await seal({ sub: 'alice', email: 'alice@example.com', name: 'Alice' }, keys, { purpose: 'session', ttlSeconds: 600 });
    const before = signedRequests(upstream.seen).length;
    const r = await proxied(valid);
    expect(r.status).toBe(200);
    expect(signedRequests(upstream.seen)).toHaveLength(before + 1);
    expect(upstream.seen.at(-1)?.headers.cookie).toBeUndefined();
    const auditFile = path.join(dir, 'audit.log');
    await waitFor(() => fs.existsSync(auditFile) && fs.readFileSync(auditFile, 'utf8').includes('victim'), () => 'no audit line');
    const line = JSON.parse(fs.readFileSync(auditFile, 'utf8').trim().split('\n').at(-1) ?? '{}');
    expect(line).toMatchObject({ type: 'audit', user: { sub: 'alice', email: 'alice@example.com' }, provider: 'akamai', method: 'DELETE', path: '/dcp-api/v1/namespaces/victim', status: 200 });
    expect(fs.readFileSync(auditFile, 'utf8')).not.toContain(valid);
    // Neither the key nor any cookie ever reaches the log.
    expect(guarded.output.join('\n')).not.toContain(SESSION_SECRET);
    expect(guarded.output.join('\n')).not.toMatch(/eyJ[\w-]{20,}/);
  });
});
