import { createRng } from '../lib/random';

/**
 * The fleet's identities, shared by the Nexigon mock seed (devices area) and
 * the MQTT device simulator (scripts/simulator.ts), so live traffic and the
 * device pages talk about the same devices. Pure and deterministic: importable
 * from the browser and from Node.
 */
export interface FleetProject {
  projectId: string;
  name: string;
  /** Device name prefix, e.g. "meter". */
  prefix: string;
  deviceCount: number;
}

export interface FleetDevice {
  deviceId: string;
  projectId: string;
  /** null for devices that were never given a name (the UI then shows the id). */
  name: string | null;
  /** Index within its project, stable across runs. */
  index: number;
}

export const FLEET_PROJECTS: readonly FleetProject[] = [
  { projectId: 'p_7Kq2mX9vRb3TnW8sYc4Ld1', name: 'Smart meters', prefix: 'meter', deviceCount: 900 },
  { projectId: 'p_3Hf8pZ2cNw6QkV1tXm5Rb7', name: 'Cold chain', prefix: 'reefer', deviceCount: 600 },
  { projectId: 'p_9Ds4jL7gTy2MbE6nWq3Fk8', name: 'EV charging', prefix: 'charger', deviceCount: 500 },
  { projectId: 'p_5Nv1bR8hKx4CwJ9pZt2Gm6', name: 'Building automation', prefix: 'hvac', deviceCount: 400 },
];

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function base58Id(prefix: string, rng: ReturnType<typeof createRng>): string {
  let out = `${prefix}_`;
  for (let i = 0; i < 22; i++) out += ALPHABET[Math.floor(rng.next() * ALPHABET.length)];
  return out;
}

let cache: FleetDevice[] | null = null;

/** 2,400 devices across the four projects; about 5% have no name. */
export function fleetDevices(): readonly FleetDevice[] {
  if (cache) return cache;
  const rng = createRng('fleet-v1');
  const devices: FleetDevice[] = [];
  for (const project of FLEET_PROJECTS) {
    for (let i = 1; i <= project.deviceCount; i++) {
      const unnamed = rng.next() < 0.05;
      devices.push({
        deviceId: base58Id('d', rng),
        projectId: project.projectId,
        name: unnamed ? null : `${project.prefix}-${String(i).padStart(4, '0')}`,
        index: i,
      });
    }
  }
  cache = devices;
  return devices;
}

export { deviceTopics } from '../../src/lib/device-topics';

/** The kind of device a project holds, from its name prefix: it chooses firmware, events and commands. */
export type Flavour = 'meter' | 'reefer' | 'charger' | 'hvac';
