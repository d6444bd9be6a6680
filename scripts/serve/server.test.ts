// @vitest-environment node
import { createHash, createHmac } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOptions } from './options.mjs';
import { createConsoleServer } from './server.mjs';

/** EdgeGrid v1 as Akamai verifies it, written independently of the library that signs. */
function edgegridSignature(opts: { method: string; host: string; pathAndQuery: string; body: string; timestamp: string; unsignedHeader: string; secret: string }): string {
  const hmac = (key: string, data: string) => createHmac('sha256', key).update(data).digest('base64');
  const contentHash = opts.method === 'POST' && opts.body ? createHash('sha256').update(opts.body).digest('base64') : '';
  const data = [opts.method, 'https', opts.host, opts.pathAndQuery, '', contentHash, opts.unsignedHeader].join('\t');
  return hmac(hmac(opts.secret, opts.timestamp), data);
}

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const CLIENT_SECRET = 'C113nt53KR3TN6N90yVuAgICxIRwsObLi0E67/N8eRN=';
const seen: Seen[] = [];
let upstream: http.Server;
let upstreamUrl = '';
let dir = '';

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

async function startConsole(extra: string[] = []) {
  const options = parseOptions(
    ['--port', '0', '--dist', path.join(dir, 'dist'), '--edgerc', path.join(dir, '.edgerc'), '--scaleway-upstream', upstreamUrl, '--nexigon-upstream', `${upstreamUrl}/nexigon-base`, '--akamai-upstream', upstreamUrl, '--broker', 'ws://127.0.0.1:9001', ...extra],
    {},
  );
  if ('help' in options) throw new Error('unexpected help');
  const server = createConsoleServer(options);
  const base = await listen(server);
  return { base, close: () => new Promise<void>((r) => server.close(() => r())) };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iotc-serve-'));
  fs.mkdirSync(path.join(dir, 'dist', 'assets'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'dist', '.vite'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'dist', 'index.html'), '<!doctype html><title>console</title>');
  fs.writeFileSync(path.join(dir, 'dist', 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'dist', 'assets', 'browser-mock.js'), 'mock');
  fs.writeFileSync(path.join(dir, 'dist', 'mockServiceWorker.js'), 'worker');
  fs.writeFileSync(
    path.join(dir, 'dist', '.vite', 'manifest.json'),
    JSON.stringify({
      'index.html': { file: 'assets/index-abc.js', isEntry: true, dynamicImports: ['mocks/browser.ts'] },
      'mocks/browser.ts': { file: 'assets/browser-mock.js', isDynamicEntry: true, src: 'mocks/browser.ts' },
    }),
  );
  fs.writeFileSync(
    path.join(dir, '.edgerc'),
    `[default]\nclient_secret = ${CLIENT_SECRET}\nhost = akab-test.luna.akamaiapis.net\naccess_token = akab-access-token-xxx\nclient_token = akab-client-token-xxx\n`,
  );
  upstream = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      if (req.url?.startsWith('/dcp-api/v1/conflict')) {
        res.writeHead(409, { 'content-type': 'application/problem+json', 'x-request-id': 'abc' });
        res.end(JSON.stringify({ type: '/dcp-api/error-types/CONFLICT', title: 'Conflict', errorCode: 'conflict' }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, path: req.url }));
    });
  });
  upstreamUrl = await listen(upstream);
});

afterAll(() => {
  upstream.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run serve: reverse proxy', () => {
  it('forwards method, path, query, body and auth headers, and answers unchanged', async () => {
    const app = await startConsole();
    const r = await fetch(`${app.base}/proxy/scaleway/iot/v1/regions/fr-par/hubs?page=2&name=a%20b`, { headers: { 'X-Auth-Token': 'tok-123' } });
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ ok: true, path: '/iot/v1/regions/fr-par/hubs?page=2&name=a%20b' });
    const get = seen.at(-1);
    expect(get).toMatchObject({ method: 'GET', url: '/iot/v1/regions/fr-par/hubs?page=2&name=a%20b' });
    expect(get?.headers['x-auth-token']).toBe('tok-123');

    const body = JSON.stringify({ fingerprint: 'sha256:abc', projectId: 'p_1' });
    await fetch(`${app.base}/proxy/nexigon/api/v1/actions/invoke/devices_Create`, { method: 'POST', body, headers: { 'Content-Type': 'application/json', Authorization: 'Bearer nx-1' } });
    const post = seen.at(-1);
    expect(post).toMatchObject({ method: 'POST', url: '/nexigon-base/api/v1/actions/invoke/devices_Create', body });
    expect(post?.headers.authorization).toBe('Bearer nx-1');
    expect(post?.headers['content-type']).toBe('application/json');
    await app.close();
  });

  it('signs Akamai requests with a valid EdgeGrid header, replacing what the browser sent', async () => {
    const app = await startConsole();
    const body = JSON.stringify({ rules: [] });
    await fetch(`${app.base}/proxy/akamai/dcp-api/v1/namespaces?page=1`, { method: 'POST', body, headers: { 'Content-Type': 'application/json', Authorization: 'Bearer from-browser' } });
    const req = seen.at(-1);
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
    const r = await fetch(`${app.base}/proxy/akamai/dcp-api/v1/conflict`);
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
    const down = await fetch(`${base}/proxy/scaleway/iot/v1/regions/fr-par/hubs`);
    expect(down.status).toBe(502);
    expect(await down.json()).toMatchObject({ type: 'proxy_error' });
    const nexigon = await fetch(`${base}/proxy/nexigon/api/v1/actions/invoke/devices_Query`, { method: 'POST' });
    expect(nexigon.status).toBe(502);
    expect(await nexigon.json()).toMatchObject({ kind: 'Internal' });
    const akamai = await fetch(`${base}/proxy/akamai/dcp-api/v1/namespaces`);
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
    for (const p of ['/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/etc/passwd', '/.vite/manifest.json', '/missing.js']) {
      const r = await fetch(`${app.base}${p}`);
      expect([404, 200]).toContain(r.status);
      expect(await r.text()).not.toMatch(/"name"|root:|manifest|mocks\/browser/);
    }
    await app.close();
  });

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
