import type { PublishRequest, WorkerCommand, WorkerEvent } from './protocol';
import { formatReasonCode } from './reason-codes';
import type { ConnectOptions, ConnectionStatus, ExportScope, Frame, FrameRequest, FullMessage, QoS, SubscriptionSpec, SubscriptionState, ViewSpec } from './types';

export interface WorkerLike {
  postMessage(command: WorkerCommand): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<WorkerEvent>) => void): void;
  addEventListener(type: 'error', listener: (e: ErrorEvent) => void): void;
}

type Listener = () => void;

/** A small observable value for useSyncExternalStore. */
class Observable<T> {
  private listeners = new Set<Listener>();
  constructor(private value: T) {}
  get = (): T => this.value;
  set(value: T): void {
    this.value = value;
    for (const l of this.listeners) l();
  }
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export interface PublishedEntry {
  id: number;
  at: number;
  request: PublishRequest;
  error: string | null;
}

/** A subscription the user added and the broker refused: it was rolled back, and this says why. */
export interface SubscriptionRefusal {
  /** Distinct per refusal, so the page can react to each one. */
  id: number;
  filter: string;
  qos: QoS;
  color: string;
  reasonCode: number;
  reason: string;
}

const HISTORY_LIMIT = 50;
/** The list refreshes about ten times a second while following new messages. */
export const FRAME_INTERVAL_MS = 100;

export const OFFLINE_STATUS: ConnectionStatus = {
  state: 'offline',
  url: null,
  attempt: 0,
  nextAttemptAt: null,
  lastError: null,
  refusedCode: null,
  connectedAt: null,
  sessionPresent: false,
  protocolVersion: null,
};

/**
 * The page's side of one live MQTT session: it owns the worker, mirrors its
 * status and subscriptions, and pulls a frame (counters, visible rows, rates,
 * tree) at most once per animation frame, never with two requests in flight,
 * so a slow page is never flooded. It outlives the page: leaving the Live
 * panel keeps the connection and the buffer.
 */
export class LiveSession {
  readonly status = new Observable<ConnectionStatus>(OFFLINE_STATUS);
  readonly subscriptions = new Observable<SubscriptionState[]>([]);
  readonly frame = new Observable<Frame | null>(null);
  /** The last tree the worker sent (frames carry it only when it changed). */
  readonly tree = new Observable<NonNullable<Frame['tree']> | null>(null);
  readonly history = new Observable<PublishedEntry[]>([]);
  readonly workerError = new Observable<string | null>(null);
  /** The last subscription the broker refused on its first SUBACK, rolled back from the list. */
  readonly refusal = new Observable<SubscriptionRefusal | null>(null);
  /** Subscriptions the user just added, waiting for their first SUBACK. */
  private awaitingFirstAnswer = new Set<string>();
  /** Rolled back here: hidden even if a worker event sent before it heard about it still lists them. */
  private rolledBack = new Set<string>();
  private nextRefusalId = 1;
  private nextRequestId = 1;
  private pending = new Map<number, (event: WorkerEvent) => void>();
  private frameSource: (() => FrameRequest) | null = null;
  private frameInFlight = false;
  private lastSignature = '';
  private rafHandle = 0;
  private readonly worker: WorkerLike;

  constructor(createWorker: () => WorkerLike) {
    this.worker = createWorker();
    this.worker.addEventListener('message', (e) => this.onEvent(e.data));
    this.worker.addEventListener('error', (e) => this.workerError.set(e.message || 'The MQTT worker failed to start.'));
  }

  private send(command: WorkerCommand): void {
    this.worker.postMessage(command);
  }

  private onEvent(event: WorkerEvent): void {
    switch (event.type) {
      case 'status':
        this.status.set(event.status);
        break;
      case 'subscriptions':
        this.onSubscriptions(event.subscriptions);
        break;
      case 'frame':
        this.frameInFlight = false;
        if (event.frame.tree) this.tree.set(event.frame.tree);
        // An idle panel must not re-render ten times a second for nothing.
        if (frameSignature(event.frame) !== this.lastSignature) {
          this.lastSignature = frameSignature(event.frame);
          this.frame.set(event.frame);
        }
        break;
      default: {
        const resolve = this.pending.get(event.requestId);
        this.pending.delete(event.requestId);
        resolve?.(event);
      }
    }
  }

  /**
   * Adding a subscription is shown at once (optimistic). If the broker's first answer is a refusal,
   * the subscription is rolled back, so the list only shows what the broker accepted or used to
   * accept, and the refusal says why. Restored subscriptions refused later stay listed as refused.
   */
  private onSubscriptions(list: SubscriptionState[]): void {
    const refused: SubscriptionState[] = [];
    for (const s of list) {
      if (!this.awaitingFirstAnswer.has(s.id) || (s.status !== 'granted' && s.status !== 'failed')) continue;
      this.awaitingFirstAnswer.delete(s.id);
      if (s.status === 'failed') refused.push(s);
    }
    for (const s of refused) {
      this.rolledBack.add(s.id);
      this.send({ type: 'unsubscribe', id: s.id });
      const code = s.reasonCode ?? 0x80;
      this.refusal.set({ id: this.nextRefusalId++, filter: s.filter, qos: s.qos, color: s.color, reasonCode: code, reason: s.reason ?? `Refused ${formatReasonCode(code)}` });
    }
    this.subscriptions.set(list.filter((s) => !this.rolledBack.has(s.id)));
  }

  dismissRefusal(): void {
    this.refusal.set(null);
  }

  private request<E extends WorkerEvent>(build: (requestId: number) => WorkerCommand): Promise<E> {
    const requestId = this.nextRequestId++;
    return new Promise<E>((resolve) => {
      this.pending.set(requestId, resolve as (event: WorkerEvent) => void);
      this.send(build(requestId));
    });
  }

  private restored = false;

  /** Puts the saved subscriptions back, once per tab (the session outlives the page). */
  restoreOnce(subscriptions: SubscriptionSpec[]): void {
    if (this.restored) return;
    this.restored = true;
    for (const s of subscriptions) this.add(s);
  }

  /** The last options connected with, password included: kept in this tab's memory only, for the form. */
  lastOptions: ConnectOptions | null = null;

  connect(options: ConnectOptions): void {
    this.lastOptions = options;
    this.send({ type: 'connect', options, subscriptions: this.subscriptions.get().map(toSpec) });
  }
  disconnect(): void {
    this.send({ type: 'disconnect' });
  }
  retryNow(): void {
    this.send({ type: 'retry-now' });
  }
  /** A subscription the user adds now: rolled back if the broker refuses it. */
  subscribe(subscription: SubscriptionSpec): void {
    this.awaitingFirstAnswer.add(subscription.id);
    this.add(subscription);
  }
  private add(subscription: SubscriptionSpec): void {
    // Shown at once; the worker's answer (pending, granted, failed) replaces it.
    this.subscriptions.set([...this.subscriptions.get(), { ...subscription, status: 'inactive', grantedQos: null, reasonCode: null, reason: null }]);
    this.send({ type: 'subscribe', subscription });
  }
  unsubscribe(id: string): void {
    this.awaitingFirstAnswer.delete(id);
    this.subscriptions.set(this.subscriptions.get().filter((s) => s.id !== id));
    this.send({ type: 'unsubscribe', id });
  }
  setView(view: ViewSpec): void {
    this.send({ type: 'set-view', view });
  }
  setCapacity(capacity: number): void {
    this.send({ type: 'set-capacity', capacity });
  }
  clear(): void {
    this.tree.set(null);
    this.send({ type: 'clear' });
  }

  async publish(request: PublishRequest): Promise<string | null> {
    const event = await this.request<Extract<WorkerEvent, { type: 'published' }>>((requestId) => ({ type: 'publish', requestId, request }));
    const entry: PublishedEntry = { id: event.requestId, at: Date.now(), request, error: event.error };
    this.history.set([entry, ...this.history.get()].slice(0, HISTORY_LIMIT));
    return event.error;
  }

  async message(seq: number): Promise<FullMessage | null> {
    const event = await this.request<Extract<WorkerEvent, { type: 'message' }>>((requestId) => ({ type: 'get-message', requestId, seq }));
    return event.message;
  }

  /** The topics seen in this session, most recently seen first, at most `max`. */
  async recentTopics(max: number): Promise<string[]> {
    const event = await this.request<Extract<WorkerEvent, { type: 'topics' }>>((requestId) => ({ type: 'get-topics', requestId, max }));
    return event.topics;
  }

  async exportNdjson(scope: ExportScope): Promise<{ blob: Blob; count: number }> {
    const event = await this.request<Extract<WorkerEvent, { type: 'exported' }>>((requestId) => ({ type: 'export', requestId, scope }));
    return { blob: event.blob, count: event.count };
  }

  /**
   * Starts pulling frames for a mounted panel; returns the stop function. A frame is asked for
   * when what the page shows changed (scroll, hold, tree), else at most every FRAME_INTERVAL_MS:
   * nobody reads a list that changes sixty times a second, and every update costs the page layout
   * and paint, which at high rates would take the CPU the socket needs.
   */
  startFrames(source: () => FrameRequest): () => void {
    this.frameSource = source;
    let lastKey = '';
    let lastAt = 0;
    const tick = (now: number) => {
      if (!this.frameInFlight && this.frameSource) {
        const request = this.frameSource();
        const key = `${request.anchorSeq}|${request.start}|${request.count}|${request.expanded.join('\n')}`;
        if (key !== lastKey || now - lastAt >= FRAME_INTERVAL_MS) {
          lastKey = key;
          lastAt = now;
          this.frameInFlight = true;
          this.send({ type: 'frame', request });
        }
      }
      this.rafHandle = requestAnimationFrame(tick);
    };
    cancelAnimationFrame(this.rafHandle);
    this.rafHandle = requestAnimationFrame(tick);
    return () => {
      if (this.frameSource === source) {
        this.frameSource = null;
        cancelAnimationFrame(this.rafHandle);
      }
    };
  }
}

/** What a frame shows; equal signatures render the same (the rate chart moves once a second). */
function frameSignature(f: Frame): string {
  const c = f.counters;
  const rows = f.rows;
  return [
    c.received,
    c.dropped,
    c.buffered,
    c.capacity,
    c.viewCount,
    c.newerCount,
    c.anchorSeq,
    f.start,
    rows.length,
    rows[0]?.seq,
    rows[rows.length - 1]?.seq,
    rows.map((r) => r.color).join(),
    Math.floor(Date.now() / 1000),
  ].join('|');
}

function toSpec(s: SubscriptionState): SubscriptionSpec {
  return { id: s.id, filter: s.filter, qos: s.qos, color: s.color };
}

let session: LiveSession | null = null;

/** The tab's session if the Live panel started one, without starting one (no worker): for views that only report it. */
export function peekLiveSession(): LiveSession | null {
  return session;
}

/** The one session of this tab, created (with its worker, and MQTT.js inside it) on first use. */
export function getLiveSession(): LiveSession {
  session ??= new LiveSession(() => new Worker(new URL('./live.worker.ts', import.meta.url), { type: 'module', name: 'mqtt-live' }) as unknown as WorkerLike);
  return session;
}
