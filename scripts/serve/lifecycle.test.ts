// @vitest-environment node
/** `node scripts/serve.mjs` as operations see it: start-up refusals, --help, and SIGTERM. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE, makeFixtureDir, startRecordingUpstream, startServeProcess, type RecordingUpstream } from './test-helpers';

let dir = '';
let upstream: RecordingUpstream;

beforeAll(async () => {
  dir = makeFixtureDir();
  upstream = await startRecordingUpstream();
});

afterAll(async () => {
  await upstream?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const run = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, ['scripts/serve.mjs', ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env }, timeout: 10_000 });

describe('starting', () => {
  it('refuses a non-loopback address without sign-in, and says what to pass', () => {
    const r = run(['--host', '0.0.0.0', '--port', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Refusing to start without sign-in: --host 0.0.0.0 is not a loopback address');
    expect(r.stderr).toContain('Pass --auth oidc with --oidc-issuer, --oidc-client-id, --session-secret and --public-url');
  });

  it('prints every option with --help', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--auth <none\|oidc>\s+AUTH/);
    expect(r.stdout).toMatch(/--session-secret <s>\s+SESSION_SECRET/);
  });
});

describe('SIGTERM', () => {
  it('stops accepting, finishes the request in flight, then exits 0', async () => {
    const server = await startServeProcess(['--port', '0', '--dist', path.join(dir, 'dist'), '--edgerc', path.join(dir, '.edgerc'), '--scaleway-upstream', upstream.url]);
    const inFlight = fetch(`${server.base}/proxy/scaleway/slow`, { headers: CONSOLE });
    await upstream.slowArrived();
    server.proc.kill('SIGTERM');
    // Once the listener is closed, new connections are refused while the old request still waits.
    await expect.poll(async () => fetch(`${server.base}/healthz`).then(() => 'accepted', () => 'refused')).toBe('refused');
    upstream.release();
    expect((await inFlight).status).toBe(200);
    expect(await server.exited).toBe(0);
  });

  it('is bounded: a request that never ends is cut after --shutdown-timeout, and the exit says so', async () => {
    const server = await startServeProcess(['--port', '0', '--dist', path.join(dir, 'dist'), '--edgerc', path.join(dir, '.edgerc'), '--scaleway-upstream', upstream.url, '--shutdown-timeout', '0.3']);
    const stuck = fetch(`${server.base}/proxy/scaleway/slow`, { headers: CONSOLE }).catch((e: unknown) => e);
    await upstream.slowArrived();
    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(1);
    expect(await stuck).toBeInstanceOf(Error);
    expect(server.output.join('\n')).toMatch(/1 request\(s\) still running after 300 ms/);
    upstream.release();
  });
});
