// @vitest-environment node
/** `node scripts/serve.mjs` as operations see it: SIGTERM. */
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
