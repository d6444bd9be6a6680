import type { IClientOptions, IClientPublishOptions, IPublishPacket, MqttClient } from 'mqtt';
import { backoffDelay, isFatalConnackCode } from './backoff';
import { LiveEngine } from './live-engine';
import type { PublishRequest, WorkerCommand, WorkerEvent } from './protocol';
import { connackRefusalText, formatReasonCode, reasonText } from './reason-codes';
import type { ConnectOptions, ConnectionStatus, PublishProperties, QoS, SubscriptionSpec, SubscriptionState } from './types';

export type ConnectFn = (url: string, options: IClientOptions) => MqttClient;

const CONNECT_TIMEOUT_MS = 10_000;

function initialStatus(): ConnectionStatus {
  return { state: 'offline', url: null, attempt: 0, nextAttemptAt: null, lastError: null, refusedCode: null, connectedAt: null, sessionPresent: false, protocolVersion: null };
}

function inactive(spec: SubscriptionSpec): SubscriptionState {
  return { ...spec, status: 'inactive', grantedQos: null, reasonCode: null, reason: null };
}

function errorText(err: unknown): string {
  if (err instanceof Error && err.message) return err.message;
  return 'The connection failed.';
}

function toProperties(p: IPublishPacket['properties']): PublishProperties | undefined {
  if (!p) return undefined;
  const out: PublishProperties = {};
  if (p.contentType !== undefined) out.contentType = p.contentType;
  if (p.responseTopic !== undefined) out.responseTopic = p.responseTopic;
  if (p.messageExpiryInterval !== undefined) out.messageExpiryInterval = p.messageExpiryInterval;
  if (p.payloadFormatIndicator !== undefined) out.payloadFormatIndicator = p.payloadFormatIndicator;
  if (p.correlationData !== undefined) out.correlationData = new Uint8Array(p.correlationData);
  if (p.subscriptionIdentifier !== undefined) out.subscriptionIdentifiers = ([] as number[]).concat(p.subscriptionIdentifier);
  if (p.userProperties) {
    out.userProperties = Object.entries(p.userProperties).flatMap(([key, v]) => (Array.isArray(v) ? v : [v]).map((value) => ({ key, value: String(value) })));
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function toPacketProperties(p: PublishProperties | null): IClientPublishOptions['properties'] {
  if (!p) return undefined;
  const out: NonNullable<IClientPublishOptions['properties']> = {};
  if (p.contentType) out.contentType = p.contentType;
  if (p.responseTopic) out.responseTopic = p.responseTopic;
  if (p.messageExpiryInterval !== undefined) out.messageExpiryInterval = p.messageExpiryInterval;
  if (p.payloadFormatIndicator !== undefined) out.payloadFormatIndicator = p.payloadFormatIndicator;
  if (p.userProperties?.length) {
    const user: Record<string, string | string[]> = {};
    for (const { key, value } of p.userProperties) {
      const existing = user[key];
      user[key] = existing === undefined ? value : ([] as string[]).concat(existing, value);
    }
    out.userProperties = user;
  }
  return out;
}

/**
 * The MQTT side of the live panel, inside the worker: one MQTT.js client at a
 * time, our own reconnection with exponential backoff (MQTT.js only knows a
 * fixed period), subscriptions restored after every reconnect, and every
 * message handed to the engine.
 */
export class WorkerHost {
  readonly engine = new LiveEngine();
  private client: MqttClient | null = null;
  private options: ConnectOptions | null = null;
  private status: ConnectionStatus = initialStatus();
  private subscriptions: SubscriptionState[] = [];
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped per client so events from a client we dropped are ignored. */
  private generation = 0;

  constructor(
    private readonly post: (event: WorkerEvent) => void,
    private readonly connectFn: ConnectFn,
  ) {}

  handle(command: WorkerCommand): void {
    switch (command.type) {
      case 'connect':
        this.subscriptions = command.subscriptions.map(inactive);
        this.engine.setSubscriptions(this.subscriptions);
        this.postSubscriptions();
        this.connect(command.options);
        break;
      case 'disconnect':
        this.disconnect();
        break;
      case 'retry-now':
        if (this.status.state === 'reconnecting' && this.options) this.attempt();
        break;
      case 'subscribe':
        this.addSubscription(command.subscription);
        break;
      case 'unsubscribe':
        this.removeSubscription(command.id);
        break;
      case 'publish':
        this.publish(command.requestId, command.request);
        break;
      case 'set-view':
        this.engine.setView(command.view);
        break;
      case 'set-capacity':
        this.engine.setCapacity(command.capacity);
        break;
      case 'clear':
        this.engine.clear();
        break;
      case 'frame':
        this.post({ type: 'frame', frame: this.engine.frame(command.request, Date.now()) });
        break;
      case 'get-message':
        this.post({ type: 'message', requestId: command.requestId, message: this.engine.message(command.seq) });
        break;
      case 'get-topics':
        this.post({ type: 'topics', requestId: command.requestId, topics: this.engine.recentTopics(command.max) });
        break;
      case 'export': {
        const { blob, count } = this.engine.exportNdjson(command.scope);
        this.post({ type: 'exported', requestId: command.requestId, blob, count });
        break;
      }
    }
  }

  private setStatus(patch: Partial<ConnectionStatus>): void {
    this.status = { ...this.status, ...patch };
    this.post({ type: 'status', status: this.status });
  }

  private postSubscriptions(): void {
    this.post({ type: 'subscriptions', subscriptions: this.subscriptions });
  }

  private connect(options: ConnectOptions): void {
    this.dropClient();
    this.options = options;
    this.setStatus({ ...initialStatus(), state: 'connecting', url: options.url, protocolVersion: options.protocolVersion });
    this.attempt();
  }

  private attempt(): void {
    const options = this.options;
    if (!options) return;
    this.clearRetry();
    this.dropClient();
    const generation = ++this.generation;
    const mqttOptions: IClientOptions = {
      clientId: options.clientId,
      username: options.username || undefined,
      password: options.password || undefined,
      protocolVersion: options.protocolVersion,
      keepalive: options.keepalive,
      clean: options.clean,
      reconnectPeriod: 0,
      connectTimeout: CONNECT_TIMEOUT_MS,
      resubscribe: false,
      forceNativeWebSocket: true,
      timerVariant: 'native',
      queueQoSZero: false,
    };
    if (options.protocolVersion === 5) mqttOptions.properties = { sessionExpiryInterval: options.sessionExpiryInterval };
    let client: MqttClient;
    try {
      client = this.connectFn(options.url, mqttOptions);
    } catch (err) {
      this.setStatus({ state: 'offline', lastError: errorText(err), nextAttemptAt: null });
      return;
    }
    this.client = client;
    let fatal: { text: string; code: number } | null = null;
    let accepted = false;
    client.on('connect', (connack) => {
      if (generation !== this.generation) return;
      accepted = true;
      this.setStatus({ state: 'connected', attempt: 0, nextAttemptAt: null, lastError: null, refusedCode: null, connectedAt: Date.now(), sessionPresent: connack.sessionPresent });
      // Restore every subscription, whether or not the broker kept the session: we want each SUBACK.
      for (const s of this.subscriptions) this.sendSubscribe(s);
    });
    client.on('message', (topic, payload, packet) => {
      if (generation !== this.generation) return;
      // A payload that is a small view on a large frame would keep the frame alive: copy it.
      const bytes = payload.byteLength * 4 < payload.buffer.byteLength ? new Uint8Array(payload) : new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength);
      this.engine.ingest({ topic, payload: bytes, qos: packet.qos, retain: packet.retain, dup: packet.dup, properties: toProperties(packet.properties) }, Date.now());
    });
    client.on('error', (err) => {
      if (generation !== this.generation) return;
      const code = (err as { code?: unknown }).code;
      // Before the CONNACK was accepted, a numeric code is the broker's refusal of our CONNECT.
      if (!accepted && typeof code === 'number' && code > 0) {
        const text = connackRefusalText(code, isFatalConnackCode(code));
        // An auth or protocol refusal will not change by itself: stop instead of retrying forever.
        if (isFatalConnackCode(code)) fatal = { text, code };
        this.setStatus({ lastError: text });
        return;
      }
      this.setStatus({ lastError: errorText(err) });
    });
    client.on('disconnect', (packet) => {
      if (generation !== this.generation) return;
      const code = packet.reasonCode ?? 0;
      this.setStatus({ lastError: `The broker disconnected us: ${reasonText(code)} (reason code ${formatReasonCode(code)}).` });
    });
    client.on('close', () => {
      if (generation !== this.generation) return;
      this.markSubscriptionsInactive();
      if (fatal) {
        this.dropClient();
        this.setStatus({ state: 'offline', nextAttemptAt: null, connectedAt: null, lastError: fatal.text, refusedCode: fatal.code });
        return;
      }
      if (!accepted && !this.status.lastError) {
        // Brokers that do not speak MQTT 5 (aedes, older Mosquitto) often just hang up on its CONNECT.
        this.status = {
          ...this.status,
          lastError:
            options.protocolVersion === 5
              ? 'The broker closed the connection during the handshake. If it speaks MQTT 3.1.1 only, choose MQTT 3.1.1.'
              : 'The broker closed the connection during the handshake.',
        };
      }
      this.scheduleRetry();
    });
  }

  private scheduleRetry(): void {
    const attempt = this.status.attempt + 1;
    const delay = backoffDelay(attempt);
    this.setStatus({
      state: 'reconnecting',
      attempt,
      nextAttemptAt: Date.now() + delay,
      connectedAt: null,
      lastError: this.status.lastError ?? 'The connection closed.',
    });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.attempt();
    }, delay);
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private dropClient(): void {
    const client = this.client;
    this.client = null;
    this.generation++;
    if (client) {
      client.removeAllListeners();
      // end() can still emit an error on a half-open socket; nobody must see it as unhandled.
      client.on('error', () => undefined);
      client.end(true);
    }
  }

  private disconnect(): void {
    this.clearRetry();
    this.dropClient();
    this.options = null;
    this.markSubscriptionsInactive();
    this.setStatus({ state: 'offline', nextAttemptAt: null, connectedAt: null, attempt: 0, lastError: null, refusedCode: null });
  }

  private markSubscriptionsInactive(): void {
    this.subscriptions = this.subscriptions.map((s) => ({ ...s, status: 'inactive', grantedQos: null, reasonCode: null, reason: null }));
    this.postSubscriptions();
  }

  private updateSubscription(id: string, patch: Partial<SubscriptionState>): void {
    this.subscriptions = this.subscriptions.map((s) => (s.id === id ? { ...s, ...patch } : s));
    this.postSubscriptions();
  }

  private sendSubscribe(s: SubscriptionSpec): void {
    const client = this.client;
    if (!client || !client.connected) return;
    const generation = this.generation;
    this.updateSubscription(s.id, { status: 'pending', grantedQos: null, reasonCode: null, reason: null });
    // One SUBSCRIBE per filter, so each SUBACK code belongs to exactly one subscription.
    client.subscribe(s.filter, { qos: s.qos }, (err, _granted, suback) => {
      if (generation !== this.generation || !this.subscriptions.some((x) => x.id === s.id)) return;
      // The SUBACK's own code: MQTT.js rewrites `granted` to the requested QoS on failure.
      const fromPacket = suback?.granted?.[0];
      const code = typeof fromPacket === 'number' ? fromPacket : err ? 0x80 : s.qos;
      if (err || code >= 0x80) {
        this.updateSubscription(s.id, { status: 'failed', reasonCode: code >= 0x80 ? code : 0x80, reason: err && code < 0x80 ? errorText(err) : reasonText(code) });
      } else {
        this.updateSubscription(s.id, { status: 'granted', grantedQos: code as QoS });
      }
    });
  }

  private addSubscription(spec: SubscriptionSpec): void {
    if (this.subscriptions.some((s) => s.id === spec.id)) return;
    this.subscriptions = [...this.subscriptions, inactive(spec)];
    this.engine.setSubscriptions(this.subscriptions);
    this.postSubscriptions();
    this.sendSubscribe(spec);
  }

  private removeSubscription(id: string): void {
    const s = this.subscriptions.find((x) => x.id === id);
    if (!s) return;
    this.subscriptions = this.subscriptions.filter((x) => x.id !== id);
    this.engine.setSubscriptions(this.subscriptions);
    this.postSubscriptions();
    // Another subscription may use the same filter; MQTT has one subscription per filter.
    // A refused filter was never subscribed: nothing to undo on the broker.
    if (s.status !== 'failed' && this.client?.connected && !this.subscriptions.some((x) => x.filter === s.filter)) this.client.unsubscribe(s.filter);
  }

  private publish(requestId: number, r: PublishRequest): void {
    const client = this.client;
    if (!client?.connected) {
      this.post({ type: 'published', requestId, error: 'Not connected: connect to a broker first.' });
      return;
    }
    const options: IClientPublishOptions = { qos: r.qos, retain: r.retain };
    if (this.options?.protocolVersion === 5) options.properties = toPacketProperties(r.properties);
    client.publish(r.topic, r.payload, options, (err) => {
      this.post({ type: 'published', requestId, error: err ? errorText(err) : null });
    });
  }
}
