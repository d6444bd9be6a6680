// `npm start`: the console with its embedded defaults. Starts Vite, and the local
// MQTT broker and device simulator when present, and stops them all on Ctrl-C.
//
//   npm start                       broker on ws://127.0.0.1:9001 (+ TCP 1883), simulator at 10 msg/s
//   npm start -- --rate 200         a busier fleet
//   npm start -- --no-simulator     broker only
//   npm start -- --broker mosquitto Mosquitto (MQTT 5.0 and 3.1.1) instead of aedes, on the same
//                                   ws://127.0.0.1:9001 (a bridge to its TCP port 1884); needs mosquitto
// MQTT_WS_PORT / MQTT_TCP_PORT move the broker (the panel's "Local broker" preset assumes 9001).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { findMosquitto, INSTALL_HINT } from './mosquitto.mjs';

const { values: args } = parseArgs({
  options: {
    rate: { type: 'string', default: process.env.SIM_RATE ?? '10' },
    'no-simulator': { type: 'boolean', default: false },
    broker: { type: 'string', default: 'aedes' },
  },
});
if (args.broker !== 'aedes' && args.broker !== 'mosquitto') {
  console.error(`--broker is aedes (the default, MQTT 3.1.1, needs nothing but npm) or mosquitto (MQTT 5.0), not "${args.broker}".`);
  process.exit(1);
}
if (args.broker === 'mosquitto' && !findMosquitto()) {
  console.error(`${INSTALL_HINT}\nOr run plain \`npm start\` for the embedded aedes broker (MQTT 3.1.1).`);
  process.exit(1);
}
const wsPort = process.env.MQTT_WS_PORT ?? '9001';

const children = [];
function run(name, command, args) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
  const prefix = `[${name}] `;
  const pipe = (stream, out) => stream.on('data', (chunk) => out.write(chunk.toString().replace(/^(?=.)/gm, prefix)));
  pipe(child.stdout, process.stdout);
  pipe(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${prefix}exited (${signal ?? code}); stopping everything.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

if (args.broker === 'mosquitto') run('mosquitto', process.execPath, ['scripts/mosquitto.mjs', '--ws-port', wsPort]);
else if (existsSync('scripts/broker.mjs')) run('broker', process.execPath, ['scripts/broker.mjs', '--ws-port', wsPort]);
// The simulator retries until the broker listens, so both can start at once.
if (existsSync('scripts/simulator.ts') && !args['no-simulator']) {
  run('simulator', process.execPath, ['--import', 'tsx', 'scripts/simulator.ts', '--url', `ws://127.0.0.1:${wsPort}`, '--rate', args.rate]);
}
run('vite', process.execPath, ['node_modules/vite/bin/vite.js']);
