/// <reference lib="webworker" />
/**
 * Imported by the MQTT worker BEFORE MQTT.js. MQTT.js's browser build emulates
 * Node's `process.nextTick` (and its streams' scheduling) with `setTimeout(fn,
 * 0)`, captured when the bundle loads. Browsers clamp nested zero-delay timers
 * to 4 ms, so every WebSocket frame waited through a few such hops: the worker
 * sat idle while messages queued, and topped out near 14,000 messages/s.
 * Here, within this worker only, zero-delay timeouts run as soon as possible
 * through a MessageChannel (like `setImmediate`); other timeouts are untouched.
 */
const scope = self as unknown as WorkerGlobalScope;
const realSetTimeout = scope.setTimeout.bind(scope);
const realClearTimeout = scope.clearTimeout.bind(scope);
const queue = new Map<number, () => void>();
let nextId = -1;
const channel = new MessageChannel();
channel.port1.onmessage = (e: MessageEvent<number>) => {
  const run = queue.get(e.data);
  if (!run) return;
  queue.delete(e.data);
  run();
};

function zeroDelaySetTimeout(handler: TimerHandler, timeout?: number, ...args: unknown[]): number {
  if ((timeout ?? 0) > 0 || typeof handler !== 'function') return realSetTimeout(handler, timeout, ...args);
  // Negative ids never collide with the browser's (positive) timer ids.
  const id = nextId--;
  queue.set(id, () => (handler as (...a: unknown[]) => void)(...args));
  channel.port2.postMessage(id);
  return id;
}

function zeroDelayClearTimeout(id?: number): void {
  if (id !== undefined && id < 0) queue.delete(id);
  else realClearTimeout(id);
}

scope.setTimeout = zeroDelaySetTimeout as typeof scope.setTimeout;
scope.clearTimeout = zeroDelayClearTimeout as typeof scope.clearTimeout;
