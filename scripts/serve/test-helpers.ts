import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Shared by the serve tests: a build on disk, an .edgerc, a recording upstream and a spawned server. */

export const CLIENT_SECRET = 'C113nt53KR3TN6N90yVuAgICxIRwsObLi0E67/N8eRN=';
export const SESSION_SECRET = 'test-session-secret-0123456789-abcdefghijklmnop';
/** What the console sends on every proxied call (src/api/http.ts). */
export const CONSOLE = { 'X-IOTC-Request': '1' } as const;

export interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function listen(server: http.Server, host = '127.0.0.1'): Promise<string> {
  return new Promise((resolve) => server.listen(0, host, () => resolve(`http://${host}:${(server.address() as AddressInfo).port}`)));
}

/** A port nobody listens on right now (for servers that must know their URL before they start). */
export async function freePort(): Promise<number> {
  const probe = http.createServer();
  await listen(probe);
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** A temp folder with a minimal build (index.html, an asset, the mock chunks and the manifest) and an .edgerc. */
export function makeFixtureDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iotc-serve-'));
  fs.mkdirSync(path.join(dir, 'dist', 'assets'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'dist', '.vite'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'dist', 'index.html'), '<!doctype html><title>console</title>');
  fs.writeFileSync(path.join(dir, 'dist', 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'dist', 'assets', 'browser-mock.js'), 'mock');
  fs.writeFileSync(path.join(dir, 'dist', 'mockServiceWorker.js'), 'worker');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside-dist-secret');
  fs.writeFileSync(
    path.join(dir, 'dist', '.vite', 'manifest.json'),
    JSON.stringify({
      'index.html': { file: 'assets/index-abc.js', isEntry: true, dynamicImports: ['mocks/browser.ts'] },
      'mocks/browser.ts': { file: 'assets/browser-mock.js', isDynamicEntry: true, src: 'mocks/browser.ts' },
    }),
  );
  writeEdgerc(dir);
  return dir;
}

/** Test EdgeGrid credentials in `dir/.edgerc` (the host is never called: tests name an upstream). */
export function writeEdgerc(dir: string): string {
  const file = path.join(dir, '.edgerc');
  fs.writeFileSync(file, `[default]\nclient_secret = ${CLIENT_SECRET}\nhost = akab-test.luna.akamaiapis.net\naccess_token = akab-access-token-xxx\nclient_token = akab-client-token-xxx\n`);
  return file;
}

/**
 * A loopback upstream that records every request and answers like a careless API would: with
 * permissive CORS headers and a cookie, which the proxy must not pass on. `/slow` answers only
 * when `release()` is called; `/conflict` answers a 409 problem.
 */
export async function startRecordingUpstream() {
  const seen: Seen[] = [];
  const waiting: Array<() => void> = [];
  let arrived: () => void = () => undefined;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const cors = { 'access-control-allow-origin': '*', 'access-control-allow-credentials': 'true', 'access-control-allow-headers': '*', 'set-cookie': 'upstream=1' };
      const answer = () => {
        if (req.url?.includes('/conflict')) {
          res.writeHead(409, { ...cors, 'content-type': 'application/problem+json', 'x-request-id': 'abc' });
          res.end(JSON.stringify({ type: '/dcp-api/error-types/CONFLICT', title: 'Conflict', errorCode: 'conflict' }));
          return;
        }
        res.writeHead(200, { ...cors, 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: true, path: req.url }));
      };
      if (req.url?.includes('/slow')) {
        waiting.push(answer);
        arrived();
      } else answer();
    });
  });
  const url = await listen(server);
  return {
    url,
    seen,
    /** Resolves once a /slow request is held. */
    slowArrived: () => new Promise<void>((resolve) => (waiting.length > 0 ? resolve() : (arrived = resolve))),
    release: () => waiting.splice(0).forEach((answer) => answer()),
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

export type RecordingUpstream = Awaited<ReturnType<typeof startRecordingUpstream>>;

export interface ServeProcess {
  base: string;
  port: number;
  proc: ChildProcess;
  output: string[];
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  stop: () => Promise<void>;
}

/**
 * `node scripts/serve.mjs` as a real process. Resolves once it listens (and, with
 * `waitReady`, once /readyz says 200); rejects with its output if it exits first.
 */
export async function startServeProcess(args: string[], options: { env?: Record<string, string>; waitReady?: boolean } = {}): Promise<ServeProcess> {
  const proc = spawn(process.execPath, ['scripts/serve.mjs', ...args], {
    cwd: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'),
    env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        output.push(line);
        const match = /^IoT Fleet Console on (http:\/\/\S+?):(\d+)/.exec(line);
        if (match) resolve(`http://127.0.0.1:${match[2]}`);
      }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`serve exited with ${code}:\n${output.join('\n')}`)));
  });
  const base = await listening;
  const stop = async () => {
    if (proc.exitCode === null) proc.kill('SIGKILL');
    await exited;
  };
  if (options.waitReady) {
    await waitFor(async () => (await fetch(`${base}/readyz`)).status === 200, () => `not ready:\n${output.join('\n')}`);
  }
  return { base, port: Number(new URL(base).port), proc, output, exited, stop };
}

/** Polls `check` until it is true (no fixed sleep), failing with `describe()` after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean> | boolean, describe: () => string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(describe());
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * A raw HTTP request, for what fetch() forbids or rewrites: a foreign Host, an absolute-form
 * target, an unnormalized path, a forged Origin or Cookie.
 */
export function rawRequest(base: string, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request({ host: hostname, port, method: options.method ?? 'GET', path: options.path, headers: options.headers, setHost: !options.headers?.Host && !options.headers?.host }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    // A server that refuses an upload early closes the connection while the body is still being
    // sent: the answer has arrived, the write error that follows is expected.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    req.end(options.body);
  });
}

/** EdgeGrid signatures among the requests an upstream saw. */
export const signedRequests = (seen: Seen[]) => seen.filter((r) => String(r.headers.authorization ?? '').startsWith('EG1-HMAC-SHA256'));
