// @ts-check
// What the two local broker CLIs share (scripts/broker.mjs for aedes, scripts/mosquitto.mjs):
// their common options, and the device simulator they can run against themselves.
import { spawn } from 'node:child_process';

/** parseArgs options both brokers take; each adds its own. */
export const COMMON_BROKER_OPTIONS = /** @type {const} */ ({
  'ws-port': { type: 'string', default: process.env.MQTT_WS_PORT ?? '9001' },
  host: { type: 'string', default: '127.0.0.1' },
  'deny-subscribe': { type: 'string', default: 'restricted/' },
  simulator: { type: 'boolean', default: false },
  rate: { type: 'string' },
  seed: { type: 'string' },
  quiet: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
});

/**
 * The device simulator against `url`. The IPC channel lets it notice when this process dies,
 * however it dies.
 * @param {string} url
 * @param {{ rate?: string, seed?: string, quiet?: boolean }} args
 */
export function spawnSimulator(url, args) {
  const simArgs = ['--import', 'tsx', 'scripts/simulator.ts', '--url', url];
  if (args.rate) simArgs.push('--rate', args.rate);
  if (args.seed) simArgs.push('--seed', args.seed);
  if (args.quiet) simArgs.push('--quiet');
  return spawn(process.execPath, simArgs, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}
