/**
 * What the simulated fleet says: pure message generation, no I/O, so it is
 * deterministic for a seed and testable. scripts/simulator.ts publishes it.
 */
import { createRng, type Rng } from '../mocks/lib/random';
import { FLEET_PROJECTS, fleetDevices, type FleetDevice } from '../mocks/seed/fleet';
import { deviceTopics } from '../src/lib/device-topics';

/** The Devices area's (Nexigon) event severities. */
export const EVENT_SEVERITIES = ['Trace', 'Debug', 'Info', 'Warning', 'Error', 'Critical'] as const;
export type EventSeverity = (typeof EVENT_SEVERITIES)[number];

export interface SimulatedMessage {
  topic: string;
  payload: string | Uint8Array;
  qos: 0 | 1;
  retain: boolean;
}

const PREFIX_BY_PROJECT = new Map(FLEET_PROJECTS.map((p) => [p.projectId, p.prefix]));
const FIRMWARE = ['2.4.1', '2.4.3', '2.5.0', '3.0.0-rc.2'];
/** Severity weights: most events are routine. */
const SEVERITY_WEIGHTS: ReadonlyArray<[EventSeverity, number]> = [
  ['Trace', 0.1],
  ['Debug', 0.2],
  ['Info', 0.45],
  ['Warning', 0.17],
  ['Error', 0.06],
  ['Critical', 0.02],
];
const CATEGORIES: Record<EventSeverity, readonly string[]> = {
  Trace: ['mqtt'],
  Debug: ['mqtt', 'sensor'],
  Info: ['boot', 'config', 'ota'],
  Warning: ['sensor', 'battery', 'network'],
  Error: ['sensor', 'ota', 'storage'],
  Critical: ['power', 'safety'],
};
const EVENT_TEXT: Record<string, string> = {
  mqtt: 'Keepalive round trip measured',
  sensor: 'Sensor reading outside the expected range',
  boot: 'Device booted',
  config: 'Configuration applied',
  ota: 'Firmware update step',
  battery: 'Battery below 20 %',
  network: 'Signal strength degraded',
  storage: 'Flash write failed, retrying',
  power: 'Mains power lost, running on battery',
  safety: 'Safety interlock tripped',
};

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function pickSeverity(rng: Rng): EventSeverity {
  let r = rng.next();
  for (const [severity, weight] of SEVERITY_WEIGHTS) {
    if (r < weight) return severity;
    r -= weight;
  }
  return 'Info';
}

function telemetry(device: FleetDevice, rng: Rng, now: number): Record<string, unknown> {
  const base = { ts: new Date(now).toISOString(), seq: rng.int(1, 1_000_000) };
  switch (PREFIX_BY_PROJECT.get(device.projectId)) {
    case 'meter':
      return { ...base, voltageV: round(229 + rng.next() * 4, 1), currentA: round(rng.next() * 32, 2), powerW: rng.int(0, 7400), energyKWh: round(1000 + device.index * 3.7 + rng.next(), 3) };
    case 'reefer':
      return { ...base, tempC: round(-18 + rng.next() * 3, 2), setpointC: -18, humidityPct: rng.int(60, 95), doorOpen: rng.bool(0.05) };
    case 'charger':
      return { ...base, state: rng.pick(['available', 'charging', 'charging', 'finishing', 'faulted']), powerKW: round(rng.next() * 22, 1), sessionKWh: round(rng.next() * 40, 2), connector: rng.int(1, 2) };
    default:
      return { ...base, zoneTempC: round(19 + rng.next() * 5, 1), setpointC: 21, fanSpeedPct: rng.int(0, 100), mode: rng.pick(['heat', 'cool', 'auto', 'off']) };
  }
}

function event(device: FleetDevice, rng: Rng, now: number): Record<string, unknown> {
  const severity = pickSeverity(rng);
  const category = rng.pick(CATEGORIES[severity]);
  // The Nexigon DeviceEvent shape, as the Devices area shows it.
  return {
    eventId: `e_${rng.hex(10)}`,
    category,
    severity,
    body: { message: EVENT_TEXT[category] ?? 'Event' },
    attributes: { firmware: FIRMWARE[device.index % FIRMWARE.length] ?? '2.4.1' },
    emittedAt: new Date(now).toISOString(),
  };
}

/** Raw frames: random bytes, so they are (almost always) not valid UTF-8. */
function blob(rng: Rng): Uint8Array {
  const bytes = new Uint8Array(rng.int(16, 512));
  bytes[0] = 0xff; // a lead byte that never starts UTF-8: the panel must fall back to hex.
  for (let i = 1; i < bytes.length; i++) bytes[i] = Math.floor(rng.next() * 256);
  return bytes;
}

/** Which devices start offline: about 7 %, stable for a seed. */
export function initialStatus(seed: string): Array<{ device: FleetDevice; online: boolean }> {
  const rng = createRng(`${seed}/status`);
  return fleetDevices().map((device) => ({ device, online: !rng.bool(0.07) }));
}

export function statusMessage(device: FleetDevice, online: boolean): SimulatedMessage {
  return { topic: deviceTopics.status(device.deviceId), payload: online ? 'online' : 'offline', qos: 1, retain: true };
}

/** An endless, seeded stream of the fleet's traffic. */
export function createTraffic(seed: string): { next(now: number): SimulatedMessage } {
  const rng = createRng(seed);
  const devices = fleetDevices();
  const online = new Map(initialStatus(seed).map((s) => [s.device.deviceId, s.online]));
  return {
    next(now) {
      const device = rng.pick(devices);
      const r = rng.next();
      if (r < 0.8) return { topic: deviceTopics.telemetry(device.deviceId), payload: JSON.stringify(telemetry(device, rng, now)), qos: 0, retain: false };
      if (r < 0.94) return { topic: deviceTopics.events(device.deviceId), payload: JSON.stringify(event(device, rng, now)), qos: 1, retain: false };
      if (r < 0.97) return { topic: deviceTopics.blob(device.deviceId), payload: blob(rng), qos: 0, retain: false };
      const next = !(online.get(device.deviceId) ?? true);
      online.set(device.deviceId, next);
      return statusMessage(device, next);
    },
  };
}
