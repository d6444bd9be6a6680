// @vitest-environment node
import { createHash, createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from './audit.mjs';
import { parseOptions } from './options.mjs';
import { createConsoleServer } from './server.mjs';
import { CLIENT_SECRET, CONSOLE, listen, makeFixtureDir, rawRequest, startRecordingUpstream, type RecordingUpstream } from './test-helpers';

/** EdgeGrid v1 as Akamai verifies it, written independently of the library that signs. */
function edgegridSignature(opts: { method: string; host: string; pathAndQuery: string; body: string; timestamp: string; unsignedHeader: string; secret: string }): string {
  const hmac = (key: string, data: string) => createHmac('sha256', key).update(data).digest('base64');
  const contentHash = opts.method === 'POST' && opts.body ? createHash('sha256').update(opts.body).digest('base64') : '';
  const data = [opts.method, 'https', opts.host, opts.pathAndQuery, '', contentHash, opts.unsignedHeader].join('\t');
  return hmac(hmac(opts.secret, opts.timestamp), data);
}

let upstream: RecordingUpstream;
let upstreamUrl = '';
let dir = '';

async function startConsole(extra: string[] = [], hooks: Parameters<typeof createConsoleServer>[1] = {}) {
  const options = parseOptions(
    ['--port', '0', '--dist', path.join(dir, 'dist'), '--edgerc', path.join(dir, '.edgerc'), '--scaleway-upstream', upstreamUrl, '--nexigon-upstream', `${upstreamUrl}/nexigon-base`, '--akamai-upstream', upstreamUrl, '--broker', 'ws://127.0.0.1:9001', ...extra],
    {},
  );
  if ('help' in options) throw new Error('unexpected help');
  const server = createConsoleServer(options, hooks);
  const base = await listen(server);
  return { base, server, close: () => new Promise<void>((r) => server.close(() => r())) };
}

beforeAll(async () => {
  dir = makeFixtureDir();
  upstream = await startRecordingUpstream();
  upstreamUrl = upstream.url;
});

afterAll(async () => {
  await upstream.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run serve: reverse proxy', () => {
  it('forwards method, path, query, body and auth headers, and answers unchanged', async () => {
    const app = await startConsole();
    const r = await fetch(`${app.base}/proxy/scaleway/iot/v1/regions/fr-par/hubs?page=2&name=a%20b`, { headers: { ...CONSOLE, 'X-Auth-Token': 'tok-123' } });
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ ok: true, path: '/iot/v1/regions/fr-par/hubs?page=2&name=a%20b' });
    const get = upstream.seen.at(-1);
    expect(get).toMatchObject({ method: 'GET', url: '/iot/v1/regions/fr-par/hubs?page=2&name=a%20b' });
    expect(get?.headers['x-auth-token']).toBe('tok-123');

    const body = JSON.stringify({ fingerprint: 'sha256:abc', projectId: 'p_1' });
    await fetch(`${app.base}/proxy/nexigon/api/v1/actions/invoke/devices_Create`, { method: 'POST', body, headers: { ...CONSOLE, 'Content-Type': 'application/json', Authorization: 'Bearer nx-1' } });
    const post = upstream.seen.at(-1);
    expect(post).toMatchObject({ method: 'POST', url: '/nexigon-base/api/v1/actions/invoke/devices_Create', body });
    expect(post?.headers.authorization).toBe('Bearer nx-1');
    expect(post?.headers['content-type']).toBe('application/json');
    await app.close();
  });

  it('signs Akamai requests with a valid EdgeGrid header, replacing what the browser sent', async () => {
    const app = await startConsole();
    const body = JSON.stringify({ rules: [] });
    await fetch(`${app.base}/proxy/akamai/dcp-api/v1/namespaces?page=1`, { method: 'POST', body, headers: { ...CONSOLE, 'Content-Type': 'application/json', Authorization: 'Bearer from-browser' } });
    const req = upstream.seen.at(-1);
    expect(req?.url).toBe('/dcp-api/v1/namespaces?page=1');
    const auth = String(req?.headers.authorization);
    expect(auth).toMatch(/^EG1-HMAC-SHA256 client_token=akab-client-token-xxx;access_token=akab-access-token-xxx;timestamp=\d{8}T\d\d:\d\d:\d\d\+0000;nonce=[0-9a-f-]{36};signature=[A-Za-z0-9+/=]+$/);
    // Recompute the signature as Akamai does, from the shared secret.
    const timestamp = /timestamp=([^;]+)/.exec(auth)?.[1] ?? '';
    const unsigned = auth.slice(0, auth.indexOf('signature='));
    const host = new URL(upstreamUrl).host;
    const expected = edgegridSignature({ method: 'POST', host, pathAndQuery: '/dcp-api/v1/namespaces?page=1', body, timestamp, unsignedHeader: unsigned, secret: CLIENT_SECRET });
    expect(auth.endsWith(`signature=${expected}`)).toBe(true);
    expect(req?.body).toBe(body);
    // A tampered body would not verify.
    expect(edgegridSignature({ method: 'POST', host, pathAndQuery: '/dcp-api/v1/namespaces?page=1', body: `${body} `, timestamp, unsignedHeader: unsigned, secret: CLIENT_SECRET })).not.toBe(expected);
    await app.close();
  });

  it('passes upstream errors through unchanged', async () => {
    const app = await startConsole();
    const r = await fetch(`${app.base}/proxy/akamai/dcp-api/v1/conflict`, { headers: CONSOLE });
    expect(r.status).toBe(409);
    expect(r.headers.get('content-type')).toBe('application/problem+json');
    expect(r.headers.get('x-request-id')).toBe('abc');
    expect(await r.json()).toEqual({ type: '/dcp-api/error-types/CONFLICT', title: 'Conflict', errorCode: 'conflict' });
    await app.close();
  });

  it('answers 502 in the provider envelope when an upstream is unreachable or missing', async () => {
    const options = parseOptions(['--port', '0', '--dist', path.join(dir, 'dist'), '--edgerc', path.join(dir, 'missing-edgerc'), '--scaleway-upstream', 'http://127.0.0.1:1', '--akamai-upstream', 'http://127.0.0.1:1'], {});
    if ('help' in options) throw new Error('unexpected help');
    const server = createConsoleServer(options);
    const base = await listen(server);
    const down = await fetch(`${base}/proxy/scaleway/iot/v1/regions/fr-par/hubs`, { headers: CONSOLE });
    expect(down.status).toBe(502);
    expect(await down.json()).toMatchObject({ type: 'proxy_error' });
    const nexigon = await fetch(`${base}/proxy/nexigon/api/v1/actions/invoke/devices_Query`, { method: 'POST', headers: CONSOLE });
    expect(nexigon.status).toBe(502);
    expect(await nexigon.json()).toMatchObject({ kind: 'Internal' });
    const akamai = await fetch(`${base}/proxy/akamai/dcp-api/v1/namespaces`, { headers: CONSOLE });
    expect(akamai.status).toBe(502);
    // Credentials missing: refused before any unsigned request leaves the server.
    expect(((await akamai.json()) as { title: string }).title).toContain('cannot be signed: No .edgerc file');
    server.close();
  });
});

describe('npm run serve: static files and headers', () => {
  it('sends the security headers, with connect-src widened only for brokers', async () => {
    const app = await startConsole();
    const r = await fetch(`${app.base}/hubs/fr-par/some-id`);
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('<title>console</title>');
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("connect-src 'self' ws://127.0.0.1:9001");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    await app.close();
  });

  it('does not serve the mock backend without --demo, and does with it', async () => {
    const prod = await startConsole();
    expect((await fetch(`${prod.base}/mockServiceWorker.js`)).status).toBe(404);
    expect((await fetch(`${prod.base}/assets/browser-mock.js`)).status).toBe(404);
    expect((await fetch(`${prod.base}/assets/index-abc.js`)).status).toBe(200);
    const config = await (await fetch(`${prod.base}/config.js`)).text();
    expect(config).toContain('"mocks":false');
    expect(config).toContain('"defaultMode":"proxy"');
    expect(config).not.toContain(CLIENT_SECRET);
    await prod.close();

    const demo = await startConsole(['--demo']);
    expect((await fetch(`${demo.base}/mockServiceWorker.js`)).status).toBe(200);
    expect((await fetch(`${demo.base}/assets/browser-mock.js`)).status).toBe(200);
    expect(await (await fetch(`${demo.base}/config.js`)).text()).toContain('"mocks":true');
    await demo.close();
  });

  it('refuses paths outside dist and the build manifest', async () => {
    const app = await startConsole();
    // Sent raw: fetch() would resolve the dot segments before they reach the server.
    for (const p of ['/..%2f..%2fsecret.txt', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%5c..%5csecret.txt', '/../secret.txt']) {
      const r = await rawRequest(app.base, { path: p });
      expect(r.status).toBe(400);
      expect(r.body).not.toMatch(/outside-dist-secret|root:/);
    }
    for (const p of ['/.vite/manifest.json', '/missing.js']) {
      const r = await fetch(`${app.base}${p}`);
      expect(r.status).toBe(404);
      expect(await r.text()).not.toMatch(/manifest|mocks\/browser/);
    }
    await app.close();
  });

  it('tells the page whether sign-in is on, and nothing secret', async () => {
    const app = await startConsole();
    const config = await (await fetch(`${app.base}/config.js`)).text();
    expect(config).toContain('"auth":"none"');
    expect(config).not.toContain(CLIENT_SECRET);
    await app.close();
  });
});

describe('npm run serve: what passes through the proxy', () => {
  it('drops upstream CORS headers and cookies, and keeps the session cookie and console header from the upstream', async () => {
    const app = await startConsole();
    const r = await fetch(`${app.base}/proxy/scaleway/iot/v1/hubs`, { headers: { ...CONSOLE, Cookie: 'iotc_session=abc; other=1', 'Sec-Fetch-Site': 'same-origin' } });
    expect(r.status).toBe(200);
    expect([...r.headers.keys()].filter((h) => h.startsWith('access-control-') || h === 'set-cookie')).toEqual([]);
    const got = upstream.seen.at(-1);
    expect(got?.headers.cookie).toBeUndefined();
    expect(got?.headers['x-iotc-request']).toBeUndefined();
    expect(got?.headers['sec-fetch-site']).toBeUndefined();
    await app.close();
  });

  it('answers a preflight itself: never forwarded, nothing granted', async () => {
    const app = await startConsole();
    const before = upstream.seen.length;
    const own = await fetch(`${app.base}/proxy/akamai/dcp-api/v1/namespaces`, { method: 'OPTIONS', headers: { Origin: app.base, 'Access-Control-Request-Method': 'PUT' } });
    expect(own.status).toBe(204);
    expect([...own.headers.keys()].filter((h) => h.startsWith('access-control-'))).toEqual([]);
    const foreign = await fetch(`${app.base}/proxy/akamai/dcp-api/v1/namespaces`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'PUT' } });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ title: 'This request did not come from the console.', errorCode: 'request_refused' });
    expect(upstream.seen.length).toBe(before);
    await app.close();
  });

  it('writes one audit line per mutating call, without query string or secrets', async () => {
    const entries: AuditEntry[] = [];
    const app = await startConsole([], { audit: (e) => entries.push(e) });
    await fetch(`${app.base}/proxy/scaleway/iot/v1/hubs?page=1`, { headers: { ...CONSOLE, 'X-Auth-Token': 'tok-secret' } });
    expect(entries).toEqual([]);
    const r = await fetch(`${app.base}/proxy/akamai/dcp-api/v1/conflict?token=sekrit`, { method: 'DELETE', headers: { ...CONSOLE, Authorization: 'Bearer tok-secret' } });
    expect(r.status).toBe(409);
    expect(entries).toEqual([{ time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), user: null, provider: 'akamai', method: 'DELETE', path: '/dcp-api/v1/conflict', status: 409, durationMs: expect.any(Number) }]);
    const { auditLine } = await import('./audit.mjs');
    const line = auditLine(entries[0] as AuditEntry);
    expect(line.endsWith('\n')).toBe(true);
    expect(line).not.toMatch(/sekrit|tok-secret|EG1-HMAC|signature/);
    await app.close();
  });
});

describe('npm run serve: operations', () => {
  it('answers /healthz while alive and /readyz with the reason it is not ready', async () => {
    const app = await startConsole();
    expect((await fetch(`${app.base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${app.base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok' });
    await app.close();

    // Akamai named as an upstream, but no credentials; and no build.
    const options = parseOptions(['--port', '0', '--dist', path.join(dir, 'no-dist'), '--edgerc', path.join(dir, 'missing-edgerc'), '--akamai-upstream', upstreamUrl], {});
    if ('help' in options) throw new Error('unexpected help');
    const server = createConsoleServer(options);
    const base = await listen(server);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const notReady = await fetch(`${base}/readyz`, { headers: { Host: 'probe.internal:1' } });
    expect(notReady.status).toBe(503);
    const { reasons } = (await notReady.json()) as { reasons: string[] };
    expect(reasons.join('\n')).toMatch(/dist\/index\.html is missing/);
    expect(reasons.join('\n')).toMatch(/akamai: No \.edgerc file/);
    expect(reasons.join('\n')).not.toContain(CLIENT_SECRET);
    server.close();
  });

  it('on shutdown stops accepting, lets a request in flight finish, and is bounded', async () => {
    const app = await startConsole();
    const inFlight = fetch(`${app.base}/proxy/scaleway/slow`, { headers: CONSOLE });
    await upstream.slowArrived();
    const outcome = app.server.shutdown(5000);
    await expect(fetch(`${app.base}/healthz`)).rejects.toThrow();
    upstream.release();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.headers.get('connection')).toBe('close');
    expect(await outcome).toBe('drained');

    const stuck = await startConsole();
    const never = fetch(`${stuck.base}/proxy/scaleway/slow`, { headers: CONSOLE }).catch((e: unknown) => e);
    await upstream.slowArrived();
    expect(await stuck.server.shutdown(200)).toBe('timed out');
    expect(await never).toBeInstanceOf(Error);
    upstream.release();
  });
});

describe('npm run serve: options', () => {
  it('parses flags and environment variables', () => {
    const o = parseOptions(['--port=9000', '--broker', 'wss://*.scw.cloud', '--broker', 'ws://127.0.0.1:9101'], { NEXIGON_UPSTREAM: 'https://hub.example.com/', EDGERC_SECTION: 'iot' });
    if ('help' in o) throw new Error('unexpected help');
    expect(o.port).toBe(9000);
    expect(o.upstreams).toEqual({ scaleway: 'https://api.scaleway.com', nexigon: 'https://hub.example.com', akamai: null });
    expect(o.edgercSection).toBe('iot');
    expect(o.brokers).toEqual(['wss://*.scw.cloud', 'ws://127.0.0.1:9101']);
    expect(() => parseOptions(['--nope', '1'], {})).toThrow(/Unknown option/);
    expect(() => parseOptions(['--scaleway-upstream', 'ftp://x'], {})).toThrow(/http\(s\) URL/);
  });
});
