import { afterEach, describe, expect, it, vi } from 'vitest';
import { newDeviceConnectionId, publishDeviceEvents, registerDeviceConnection, unregisterDeviceConnection } from './client';

/** What the client puts on the wire for the device-agent actions (the mock tests cover the answers). */
function captureRequests(answer: unknown = {}) {
  const requests: Array<{ url: string; body: unknown; auth: string | null }> = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      requests.push({ url: request.url, body: await request.json(), auth: request.headers.get('Authorization') });
      return new Response(JSON.stringify(answer), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
  return requests;
}

afterEach(() => vi.unstubAllGlobals());

describe('publishDeviceEvents', () => {
  it('posts the events with fresh dated ids, the emission time and empty attributes', async () => {
    const requests = captureRequests();
    const ids = await publishDeviceEvents({ deviceId: 'd_1', events: [{ severity: 'Warning', category: 'test', body: { message: 'hello' } }, { severity: 'Info', body: 'plain' }] });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toMatch(/\/api\/v1\/actions\/invoke\/devices_PublishEvents$/);
    const body = request?.body as { deviceId: string; events: Array<Record<string, unknown>> };
    expect(body.deviceId).toBe('d_1');
    expect(body.events).toEqual([
      { eventId: ids[0], category: 'test', severity: 'Warning', body: { message: 'hello' }, attributes: {}, emittedAt: expect.any(String) },
      { eventId: ids[1], severity: 'Info', body: 'plain', attributes: {}, emittedAt: expect.any(String) },
    ]);
    expect(ids[0]).toMatch(/^d_ev_\d{8}-\d{4}-[1-9A-HJ-NP-Za-km-z]{8}$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect(Number.isNaN(Date.parse(String(body.events[0]?.emittedAt)))).toBe(false);
  });
});

describe('device connections', () => {
  it('registers a connection with the ids given and answers the connection id', async () => {
    const requests = captureRequests({ connectionId: 'd_conn_A' });
    await expect(registerDeviceConnection({ deviceId: 'd_1', nodeId: 'cluster_node_1', connectionId: 'd_conn_A' })).resolves.toBe('d_conn_A');
    expect(requests[0]?.url).toMatch(/\/devices_RegisterConnection$/);
    expect(requests[0]?.body).toEqual({ deviceId: 'd_1', nodeId: 'cluster_node_1', connectionId: 'd_conn_A' });
  });

  it('unregisters with the end reason', async () => {
    const requests = captureRequests();
    await unregisterDeviceConnection({ connectionId: 'd_conn_A', endReason: 'NodeCrashed' });
    expect(requests[0]?.url).toMatch(/\/devices_UnregisterConnection$/);
    expect(requests[0]?.body).toEqual({ connectionId: 'd_conn_A', endReason: 'NodeCrashed' });
  });

  it('mints connection ids in the API format', () => {
    expect(newDeviceConnectionId()).toMatch(/^d_conn_[1-9A-HJ-NP-Za-km-z]{22}$/);
  });
});
