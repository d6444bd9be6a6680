/// <reference lib="webworker" />
/**
 * The MQTT worker: MQTT.js, the message buffer and everything derived from it
 * live here, so parsing and indexing tens of thousands of messages a second
 * never blocks the page. Loaded only by the live panel (src/mqtt/live-session.ts).
 */
// First: MQTT.js captures setTimeout when it loads (see the module).
import './zero-delay-timers';
import mqtt from 'mqtt';
import type { WorkerCommand, WorkerEvent } from './protocol';
import { WorkerHost } from './worker-host';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const host = new WorkerHost((event: WorkerEvent) => scope.postMessage(event), (url, options) => mqtt.connect(url, options));
scope.addEventListener('message', (e: MessageEvent<WorkerCommand>) => host.handle(e.data));
