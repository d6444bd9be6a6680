/**
 * Device simulator: one MQTT connection speaking for the 2,400 seeded devices
 * (mocks/seed/fleet.ts): retained online/offline status for every device at
 * start, then JSON telemetry, Nexigon-style events and the odd binary frame.
 *
 *   npm run simulator -- --rate 50
 *   node --import tsx scripts/simulator.ts --url ws://127.0.0.1:9001 --rate 5 --seed demo
 */
import { parseArgs } from 'node:util';
import mqtt from 'mqtt';
import { createTraffic, initialStatus, statusMessage } from './simulator-traffic';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.MQTT_URL ?? `ws://127.0.0.1:${process.env.MQTT_WS_PORT ?? '9001'}` },
    rate: { type: 'string', default: process.env.SIM_RATE ?? '10' },
    seed: { type: 'string', default: 'fleet-sim' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log('Usage: tsx scripts/simulator.ts [--url ws://127.0.0.1:9001] [--rate 10] [--seed fleet-sim] [--quiet]');
  process.exit(0);
}

const rate = Math.max(0, Number(args.rate));
if (!Number.isFinite(rate)) {
  console.error(`--rate must be a number of messages per second, not "${args.rate}"`);
  process.exit(1);
}
const log = (text: string) => {
  if (!args.quiet) console.log(text);
};

const client = mqtt.connect(args.url, { clientId: `fleet-simulator-${process.pid}`, reconnectPeriod: 1000, connectTimeout: 5000 });
const traffic = createTraffic(args.seed);
let published = 0;
let timer: NodeJS.Timeout | null = null;

client.on('connect', () => {
  log(`connected to ${args.url}; publishing ${rate} msg/s for ${initialStatus(args.seed).length} devices`);
  // Retained status first, so a new subscriber sees every device's state at once.
  for (const { device, online } of initialStatus(args.seed)) {
    const m = statusMessage(device, online);
    client.publish(m.topic, toWire(m.payload), { qos: m.qos, retain: m.retain });
  }
  timer ??= startTicking();
});
client.on('error', (err) => console.error(`simulator: ${err.message}`));
client.on('offline', () => log('broker unreachable; retrying'));

function toWire(payload: string | Uint8Array): string | Buffer {
  return typeof payload === 'string' ? payload : Buffer.from(payload);
}

/** Ticks every 100 ms and publishes what the rate owes since the start, so the average rate is exact. */
function startTicking(): NodeJS.Timeout {
  const started = performance.now();
  let sent = 0;
  return setInterval(() => {
    if (!client.connected) return;
    const due = Math.floor(((performance.now() - started) / 1000) * rate);
    // After a long disconnection do not burst: skip what was missed.
    if (due - sent > rate * 2) sent = due - Math.ceil(rate / 10);
    const now = Date.now();
    while (sent < due) {
      const m = traffic.next(now);
      client.publish(m.topic, toWire(m.payload), { qos: m.qos, retain: m.retain });
      sent++;
      published++;
    }
  }, 100);
}

const stats = setInterval(() => log(`${published} messages published`), 30_000);
stats.unref();

function stop(): void {
  if (timer) clearInterval(timer);
  client.end(true, () => process.exit(0));
  setTimeout(() => process.exit(0), 500).unref();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// Started by scripts/broker.mjs --simulator: leave when the broker does, however it ends.
process.on('disconnect', stop);
