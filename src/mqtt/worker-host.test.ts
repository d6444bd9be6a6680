import { EventEmitter } from 'node:events';
import type { MqttClient } from 'mqtt';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkerEvent } from './protocol';
import type { ConnectOptions, ConnectionStatus, SubscriptionState } from './types';
import { WorkerHost } from './worker-host';

/** Just enough of an MqttClient for the host: events, subscribe with a scripted SUBACK, end. */
class FakeClient extends EventEmitter {
  connected = false;
  ended = false;
  constructor(private readonly subackCode: number) {
    super();
  }
  subscribe(_filter: string, opts: { qos: number }, cb: (err: Error | undefined, granted: unknown[], suback: { granted: number[] }) => void) {
    queueMicrotask(() => cb(this.subackCode >= 0x80 ? new Error('refused') : undefined, [], { granted: [this.subackCode >= 0x80 ? this.subackCode : opts.qos] }));
    return this;
  }
  unsubscribe() {
    return this;
  }
  end() {
    this.ended = true;
    return this;
  }
}

const OPTIONS: ConnectOptions = { url: 'ws://127.0.0.1:1', clientId: 'c', username: 'u', password: 'p', protocolVersion: 4, keepalive: 30, clean: true, sessionExpiryInterval: 0 };

function setup(subackCode = 0) {
  const events: WorkerEvent[] = [];
  const clients: FakeClient[] = [];
  const host = new WorkerHost(
    (e) => events.push(e),
    () => {
      const c = new FakeClient(subackCode);
      clients.push(c);
      return c as unknown as MqttClient;
    },
  );
  const status = (): ConnectionStatus => events.filter((e): e is Extract<WorkerEvent, { type: 'status' }> => e.type === 'status').at(-1)!.status;
  const subscriptions = (): SubscriptionState[] => events.filter((e): e is Extract<WorkerEvent, { type: 'subscriptions' }> => e.type === 'subscriptions').at(-1)?.subscriptions ?? [];
  return { host, clients, status, subscriptions };
}

/** What MQTT.js emits on a CONNACK with a non-zero code: an error carrying the code, then close. */
function refuse(client: FakeClient, code: number) {
  client.emit('error', Object.assign(new Error(`Connection refused: ${code}`), { code }));
  client.emit('close');
}

describe('WorkerHost: a broker that refuses the connection', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    [4, 5, 'Not authorized (CONNACK return code 5)'],
    [4, 4, 'Bad user name or password (CONNACK return code 4)'],
    [5, 0x87, 'Not authorized (CONNACK reason code 0x87)'],
    [5, 0x86, 'Bad user name or password (CONNACK reason code 0x86)'],
  ] as const)('MQTT %i, code %i: names the code and its meaning, and stops instead of retrying', (protocolVersion, code, text) => {
    const { host, clients, status } = setup();
    host.handle({ type: 'connect', options: { ...OPTIONS, protocolVersion }, subscriptions: [] });
    refuse(clients[0]!, code);
    expect(status()).toMatchObject({ state: 'offline', nextAttemptAt: null, refusedCode: code });
    expect(status().lastError).toContain(text);
    expect(status().lastError).toContain('The broker refused the connection');
    vi.advanceTimersByTime(120_000);
    expect(clients).toHaveLength(1);
  });

  it('keeps retrying, with the code in the message, when the refusal may pass (server unavailable)', () => {
    const { host, clients, status } = setup();
    host.handle({ type: 'connect', options: OPTIONS, subscriptions: [] });
    refuse(clients[0]!, 3);
    expect(status()).toMatchObject({ state: 'reconnecting', attempt: 1, refusedCode: null });
    expect(status().lastError).toContain('Server unavailable (CONNACK return code 3)');
    vi.advanceTimersByTime(2_000);
    expect(clients).toHaveLength(2);
  });
});

describe('WorkerHost: subscriptions', () => {
  it('reports a refused SUBACK with its reason code', async () => {
    const { host, clients, subscriptions } = setup(0x80);
    host.handle({ type: 'connect', options: OPTIONS, subscriptions: [] });
    const client = clients[0]!;
    client.connected = true;
    client.emit('connect', { sessionPresent: false });
    host.handle({ type: 'subscribe', subscription: { id: 's1', filter: 'restricted/#', qos: 0, color: 'blue' } });
    await Promise.resolve();
    expect(subscriptions()).toEqual([expect.objectContaining({ id: 's1', status: 'failed', reasonCode: 0x80 })]);
  });
});
