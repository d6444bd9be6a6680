// @ts-check
// Mosquitto (a real MQTT 5.0 / 3.1.1 broker) for `npm start -- --broker mosquitto` and the e2e
// tests, with a WebSocket bridge for the browser. `node scripts/mosquitto.mjs --help` for options.
//
// Debian's Mosquitto 2.0.11 is built without libwebsockets: it refuses to open a WebSocket
// listener. So Mosquitto listens on loopback TCP with a generated config (accounts and ACLs, no
// persistence, log to stderr) in a temp dir, and a small bridge carries each browser WebSocket's
// bytes to its own TCP connection. Debian's websockify cannot be the bridge: it only accepts the
// `binary` subprotocol and answers 400 to MQTT.js's `Sec-WebSocket-Protocol: mqtt`.
// The bridge only carries bytes: every MQTT behaviour is Mosquitto's.
//
// Accounts and ACLs go through Mosquitto's dynamic security plugin (shipped with it), not an
// `acl_file`: Mosquitto 2.0's acl_file never refuses a subscription (its check returns success for
// SUBSCRIBE, "FIXME - implement ACL subscription strings"), while the plugin answers SUBACK 0x87
// (0x80 in 3.1.1). Without the plugin, a `password_file` still checks passwords.
import { spawn } from 'node:child_process';
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { accessSync, constants, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { pipeline } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { WebSocketServer, createWebSocketStream } from 'ws';
import { COMMON_BROKER_OPTIONS, spawnSimulator } from './broker-cli.mjs';

/** Where Mosquitto usually is; /usr/sbin is not on a non-root PATH on Debian. */
const SBIN_DIRS = ['/usr/sbin', '/usr/local/sbin', '/sbin', '/opt/homebrew/sbin', '/usr/local/opt/mosquitto/sbin'];

export const INSTALL_HINT =
  'Mosquitto is not installed. Install it with `sudo apt-get install mosquitto` (Debian, Ubuntu) or `brew install mosquitto` (macOS), or set MOSQUITTO to its path.';

/** @param {string[]} files @returns {string | null} the first executable (or readable) file */
function firstAccessible(files, mode = constants.X_OK) {
  for (const file of files) {
    try {
      accessSync(file, mode);
      return file;
    } catch {
      // not here
    }
  }
  return null;
}

/**
 * The mosquitto executable: $MOSQUITTO, then PATH, then the usual sbin folders; null when absent.
 * @param {NodeJS.ProcessEnv} [env]
 */
export function findMosquitto(env = process.env) {
  return firstAccessible(env.MOSQUITTO ? [env.MOSQUITTO] : [...(env.PATH ?? '').split(path.delimiter).filter(Boolean), ...SBIN_DIRS].map((dir) => path.join(dir, 'mosquitto')));
}

/**
 * The dynamic security plugin next to the executable's install (Debian: /usr/lib/<arch>/).
 * @param {string} executable
 */
export function findDynsecPlugin(executable) {
  const prefix = path.dirname(path.dirname(executable));
  const libDirs = [path.join(prefix, 'lib'), '/usr/lib', '/usr/local/lib', '/opt/homebrew/lib'];
  const archDirs = libDirs.flatMap((dir) => {
    try {
      return readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && /-linux-gnu|^mosquitto$/.test(d.name))
        .map((d) => path.join(dir, d.name));
    } catch {
      return [];
    }
  });
  return firstAccessible([...libDirs, ...archDirs].map((dir) => path.join(dir, 'mosquitto_dynamic_security.so')), constants.R_OK);
}

/** @param {string} password */
function pbkdf2(password) {
  const salt = randomBytes(12);
  return { salt: salt.toString('base64'), hash: pbkdf2Sync(password, salt, 101, 64, 'sha512').toString('base64'), iterations: 101 };
}

/**
 * A password file line in Mosquitto 2's own format (`$7$`: PBKDF2-SHA512, 101 iterations,
 * 12-byte salt), as `mosquitto_passwd -b` writes it, without needing that tool.
 * @param {string} user
 * @param {string} password
 */
export function passwordLine(user, password) {
  const { salt, hash, iterations } = pbkdf2(password);
  return `${user}:$7$${iterations}$${salt}$${hash}`;
}

/**
 * The dynamic security plugin's config: the accounts (same password hashing as the password
 * file), everything allowed by default, and subscriptions under `denyPrefix` refused for every
 * client, anonymous ones included.
 * @param {Record<string, string>} users
 * @param {string} denyPrefix
 */
export function dynsecConfig(users, denyPrefix) {
  const fleet = [{ rolename: 'fleet' }];
  return {
    defaultACLAccess: { publishClientSend: true, publishClientReceive: true, subscribe: true, unsubscribe: true },
    clients: Object.entries(users).map(([username, password]) => {
      const { salt, hash, iterations } = pbkdf2(password);
      return { username, password: hash, salt, iterations, roles: fleet };
    }),
    groups: [{ groupname: 'anonymous', roles: fleet }],
    anonymousGroup: 'anonymous',
    roles: [{ rolename: 'fleet', acls: denyPrefix ? [{ acltype: 'subscribePattern', topic: denyPrefix.replace(/\/?$/, '/#'), priority: 0, allow: false }] : [] }],
  };
}

/**
 * @typedef {object} MosquittoOptions
 * @property {string} [host]              listen address (default 127.0.0.1)
 * @property {number} [tcpPort]           Mosquitto's TCP port; 0 or absent picks a free one
 * @property {number} [wsPort]            the bridge's WebSocket port; 0 or absent picks a free one
 * @property {Record<string, string>} [users]  user name -> password
 * @property {boolean} [allowAnonymous]   default true
 * @property {string} [denySubscribe]     topics under this prefix are refused (default "restricted/"; "" for none)
 * @property {boolean} [quiet]            Mosquitto logs errors and warnings only
 * @property {(line: string) => void} [onLog]  Mosquitto's log lines (default: dropped)
 */

/**
 * @typedef {object} RunningMosquitto
 * @property {string} url        ws://host:wsPort, for the browser
 * @property {string} tcpUrl     mqtt://host:tcpPort, for Node clients
 * @property {number} wsPort
 * @property {number} tcpPort
 * @property {string} version    e.g. "2.0.11"
 * @property {() => number} connections  WebSocket connections the bridge accepted so far
 * @property {() => Promise<void>} stop
 */

/** @param {string} host @returns {Promise<number>} */
function freePort(host) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(address.port));
    });
  });
}

/** @param {string} host @param {number} port */
function canConnect(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, host);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Stops the watchdog shell, which stops Mosquitto (a SIGKILL would leave Mosquitto to the watcher).
 * @param {import('node:child_process').ChildProcess} child
 */
function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  return exited;
}

/**
 * Runs `$0 -c $1` (Mosquitto and its config) and exits with it. A watcher reads the shell's stdin,
 * a pipe from this process: when this process ends, however it ends (even SIGKILL), the pipe
 * closes and the watcher stops Mosquitto, so no broker outlives its owner. SIGTERM stops it too.
 */
const WATCHDOG = `exec 3<&0
"$0" -c "$1" </dev/null &
pid=$!
{ while read -r _; do :; done; kill $pid 2>/dev/null; } <&3 &
watcher=$!
exec 3<&-
trap 'kill $pid 2>/dev/null' TERM INT
wait $pid; status=$?
while kill -0 $pid 2>/dev/null; do wait $pid; status=$?; done
kill $watcher 2>/dev/null
exit $status`;

/**
 * Starts Mosquitto on `port`; resolves once it accepts TCP connections.
 * @param {string} executable @param {string} configFile @param {string} host @param {number} port
 * @param {(line: string) => void} onLog
 */
async function spawnMosquitto(executable, configFile, host, port, onLog) {
  const child = spawn('/bin/sh', ['-c', WATCHDOG, executable, configFile], { stdio: ['pipe', 'ignore', 'pipe'] });
  const log = /** @type {string[]} */ ([]);
  let version = '';
  if (child.stderr) {
    readline.createInterface({ input: child.stderr }).on('line', (line) => {
      version ||= /mosquitto version (\S+)/.exec(line)?.[1] ?? '';
      if (log.length < 50) log.push(line);
      onLog(line);
    });
  }
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw Object.assign(new Error(`mosquitto exited (${child.exitCode}):\n${log.join('\n')}`), { log: log.join('\n') });
    if (await canConnect(host, port)) return { child, version };
    await new Promise((r) => setTimeout(r, 50));
  }
  await stopChild(child);
  throw new Error(`mosquitto did not listen on ${host}:${port} within 10 s:\n${log.join('\n')}`);
}

/**
 * The WebSocket-to-TCP bridge: an HTTP server that answers GET with 200 (readiness checks), and
 * a WebSocket server that selects the MQTT subprotocol and pipes each socket to its own TCP
 * connection to the broker, both ways, with backpressure.
 * @param {{ host: string, wsPort: number, tcpPort: number }} options
 */
export async function startBridge({ host, wsPort, tcpPort }) {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`MQTT over WebSocket, bridged to Mosquitto on mqtt://${host}:${tcpPort}\n`);
  });
  // MQTT.js asks for "mqtt" (3.1.1 and 5.0) or "mqttv3.1"; a browser fails the socket unless one is selected.
  const handleProtocols = (/** @type {Set<string>} */ protocols) => ['mqtt', 'mqttv3.1'].find((p) => protocols.has(p)) ?? false;
  const wss = new WebSocketServer({ server, handleProtocols });
  let connections = 0;
  wss.on('connection', (socket) => {
    connections++;
    const tcp = net.connect(tcpPort, host);
    tcp.setNoDelay(true);
    const ws = createWebSocketStream(socket);
    // Either side ending or failing ends the other: a closed socket is a closed MQTT connection.
    pipeline(ws, tcp, ws, () => {
      socket.terminate();
      tcp.destroy();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(wsPort, host, () => resolve(undefined));
  });
  const port = /** @type {net.AddressInfo} */ (server.address()).port;
  return {
    port,
    connections: () => connections,
    stop: () =>
      /** @type {Promise<void>} */ (
        new Promise((resolve) => {
          for (const client of wss.clients) client.terminate();
          wss.close();
          server.close(() => resolve());
        })
      ),
  };
}

/**
 * Mosquitto with a generated config in a temp dir, and the WebSocket bridge in this process.
 * @param {MosquittoOptions} [options]
 * @returns {Promise<RunningMosquitto>}
 */
export async function startMosquitto(options = {}) {
  const executable = findMosquitto();
  if (!executable) throw new Error(INSTALL_HINT);
  const host = options.host ?? '127.0.0.1';
  const users = options.users ?? {};
  const dir = mkdtempSync(path.join(os.tmpdir(), 'iotc-mosquitto-'));
  const file = (/** @type {string} */ name) => path.join(dir, name);
  const dynsec = findDynsecPlugin(executable);
  if (dynsec) writeFileSync(file('dynsec.json'), JSON.stringify(dynsecConfig(users, options.denySubscribe ?? 'restricted/'), null, 2), { mode: 0o600 });
  else writeFileSync(file('passwords'), Object.entries(users).map(([u, p]) => passwordLine(u, p) + '\n').join(''), { mode: 0o600 });
  const security = dynsec
    ? [`plugin ${dynsec}`, `plugin_opt_config_file ${file('dynsec.json')}`]
    : Object.keys(users).length > 0 ? [`password_file ${file('passwords')}`] : [];
  if (!dynsec) options.onLog?.('mosquitto_dynamic_security.so not found: subscriptions cannot be refused, passwords are checked from a password file.');
  const config = (/** @type {number} */ port) =>
    [
      `listener ${port} ${host}`,
      `allow_anonymous ${options.allowAnonymous ?? true}`,
      ...security,
      'persistence false',
      // Run as root, Mosquitto would switch to the `mosquitto` user, who cannot read this temp dir.
      ...(process.getuid?.() === 0 ? ['user root'] : []),
      'log_dest stderr',
      ...(options.quiet ? ['log_type error', 'log_type warning'] : ['log_type error', 'log_type warning', 'log_type notice', 'log_type information']),
      'log_timestamp_format %H:%M:%S',
      'set_tcp_nodelay true',
    ].join('\n') + '\n';

  let started;
  // A free port picked here can be taken before Mosquitto binds it: pick another then.
  for (let attempt = 1; !started; attempt++) {
    const port = options.tcpPort || (await freePort(host));
    writeFileSync(file('mosquitto.conf'), config(port));
    try {
      started = { port, ...(await spawnMosquitto(executable, file('mosquitto.conf'), host, port, options.onLog ?? (() => undefined))) };
    } catch (err) {
      const inUse = /in use/i.test(String(/** @type {{ log?: string }} */ (err).log));
      if (!inUse || options.tcpPort || attempt >= 3) {
        rmSync(dir, { recursive: true, force: true });
        throw inUse ? new Error(`TCP port ${port} on ${host} is in use: pick another with --tcp-port.`) : err;
      }
    }
  }
  const { child, port: tcpPort, version } = started;
  let bridge;
  try {
    bridge = await startBridge({ host, wsPort: options.wsPort ?? 0, tcpPort });
  } catch (err) {
    await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
    const code = /** @type {{ code?: string }} */ (err).code;
    throw code === 'EADDRINUSE' ? new Error(`WebSocket port ${options.wsPort} on ${host} is in use: is another broker running? Pick another with --ws-port.`) : err;
  }
  return {
    url: `ws://${host}:${bridge.port}`,
    tcpUrl: `mqtt://${host}:${tcpPort}`,
    wsPort: bridge.port,
    tcpPort,
    version,
    connections: bridge.connections,
    stop: async () => {
      await bridge.stop();
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const HELP = `Usage: node scripts/mosquitto.mjs [options]

Runs Mosquitto (MQTT 5.0 and 3.1.1) on loopback TCP with a generated config, and a
WebSocket bridge for the browser. npm start -- --broker mosquitto runs this on ws port 9001.

  --ws-port <n>         WebSocket (bridge) port (default 9001, env MQTT_WS_PORT)
  --tcp-port <n>        Mosquitto's TCP port, 0 for a free one (default 1884, env MOSQUITTO_TCP_PORT;
                        not 1883, where a system Mosquitto or the aedes broker may listen)
  --host <addr>         listen address (default 127.0.0.1: loopback only)
  --user <name:pass>    an account in the password file (repeatable)
  --no-anonymous        refuse clients without a user name (CONNACK 0x87 / return code 5)
  --deny-subscribe <p>  refuse topics under this prefix through the ACL file (default "restricted/",
                        so a refused subscription can be seen in the panel; "" to allow all)
  --simulator           also run the device simulator against this broker
  --rate <n>            simulator messages per second (with --simulator)
  --seed <s>            simulator random seed (with --simulator)
  --quiet               log only errors and warnings
Needs the mosquitto executable (PATH, /usr/sbin, or $MOSQUITTO).`;

async function main() {
  const { values: args } = parseArgs({
    options: {
      ...COMMON_BROKER_OPTIONS,
      'tcp-port': { type: 'string', default: process.env.MOSQUITTO_TCP_PORT ?? '1884' },
      user: { type: 'string', multiple: true, default: [] },
      'no-anonymous': { type: 'boolean', default: false },
    },
  });
  if (args.help) {
    console.log(HELP);
    return;
  }
  if (!findMosquitto()) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  /** @type {Record<string, string>} */
  const users = {};
  for (const entry of args.user) {
    const colon = entry.indexOf(':');
    if (colon <= 0) {
      console.error(`--user takes name:password, not "${entry}"`);
      process.exit(1);
    }
    users[entry.slice(0, colon)] = entry.slice(colon + 1);
  }
  let broker;
  try {
    broker = await startMosquitto({
      host: args.host,
      wsPort: Number(args['ws-port']),
      tcpPort: Number(args['tcp-port']),
      users,
      allowAnonymous: !args['no-anonymous'],
      denySubscribe: args['deny-subscribe'],
      quiet: args.quiet,
      onLog: (line) => console.error(line),
    });
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
  if (!args.quiet) console.log(`Mosquitto ${broker.version} on ${broker.tcpUrl}; MQTT over WebSocket (bridge) on ${broker.url}`);

  const simulator = args.simulator ? spawnSimulator(broker.tcpUrl, args) : null;
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    simulator?.kill('SIGTERM');
    setTimeout(() => process.exit(0), 2000).unref();
    void broker.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
