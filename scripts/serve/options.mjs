// @ts-check
import os from 'node:os';
import path from 'node:path';

/**
 * @typedef {object} ServeOptions
 * @property {string} host
 * @property {number} port
 * @property {string} dist
 * @property {boolean} demo             serve the mock backend (msw worker and mock chunks)
 * @property {Record<'scaleway'|'nexigon'|'akamai', string | null>} upstreams
 * @property {boolean} akamaiUpstreamGiven  --akamai-upstream was given (credentials are then expected)
 * @property {string} edgercPath
 * @property {string} edgercSection
 * @property {string[]} brokers         WebSocket origins the console may connect to (CSP connect-src)
 * @property {string | null} publicUrl  the origin people open, e.g. https://console.example.com
 * @property {string[]} allowedHosts    extra Host header values (name or name:port)
 * @property {number} shutdownTimeoutMs how long SIGTERM waits for requests in flight
 */

const HELP = `Usage: npm run serve -- [options]

Serves the production build (dist/) with a same-origin reverse proxy per provider.

  --port <n>                 PORT               default 8080
  --host <addr>              HOST               default 127.0.0.1
  --dist <dir>                                  default dist
  --demo                     DEMO=1             also serve the mock backend (msw); Mock mode becomes the default
  --scaleway-upstream <url>  SCALEWAY_UPSTREAM  default https://api.scaleway.com
  --nexigon-upstream <url>   NEXIGON_UPSTREAM   your Nexigon Hub instance (no default: /proxy/nexigon answers 502 until set)
  --akamai-upstream <url>    AKAMAI_UPSTREAM    default: https://<host> from the .edgerc section
  --edgerc <path>            EDGERC             default ~/.edgerc
  --edgerc-section <name>    EDGERC_SECTION     default "default"
  --broker <ws-url>          BROKERS            WebSocket broker origins allowed by the CSP (repeatable; env: comma-separated).
                                                Default: ws://127.0.0.1:9001 ws://localhost:9001 wss://*.scw.cloud
  --public-url <url>         PUBLIC_URL         the URL people open (e.g. https://console.example.com); its host is allowed
  --allowed-host <host>      ALLOWED_HOSTS      another Host header to accept (name or name:port; repeatable; env: comma-separated).
                                                Always accepted: the listen address and localhost forms of it.
  --shutdown-timeout <dur>   SHUTDOWN_TIMEOUT   how long SIGTERM waits for requests in flight; default 10s
`;

/** @param {string | undefined} value @param {string} name */
function parseUrl(value, name) {
  if (!value) return null;
  try {
    const u = new URL(value);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
    return u.toString().replace(/\/+$/, '');
  } catch {
    throw new Error(`${name} must be an http(s) URL, got "${value}"`);
  }
}

/** @param {string} value */
function parseBroker(value) {
  const u = new URL(value);
  if (u.protocol !== 'ws:' && u.protocol !== 'wss:') throw new Error(`--broker must be a ws:// or wss:// URL, got "${value}"`);
  // CSP sources are origins; a wildcard host is kept as written.
  return `${u.protocol}//${value.slice(u.protocol.length + 2).split('/')[0]}`;
}

/** "90", "90s", "30m", "8h", "1d" -> seconds. @param {string} value @param {string} name */
export function parseDuration(value, name) {
  const match = /^(\d+(?:\.\d+)?)\s*(s|m|h|d)?$/.exec(value.trim());
  const unit = { s: 1, m: 60, h: 3600, d: 86400 }[match?.[2] ?? 's'] ?? 1;
  const seconds = match ? Number(match[1]) * unit : NaN;
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`${name} must be a duration such as 900, 30m or 8h, got "${value}"`);
  return seconds;
}

/** @param {string | undefined} value */
const list = (value) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** Checks an --allowed-host value ("name", "name:port", "[::1]:8080"). @param {string} value */
function checkAllowedHost(value) {
  try {
    new URL(`http://${value}`);
  } catch {
    throw new Error(`--allowed-host must be a host name, optionally with :port, got "${value}"`);
  }
}

/**
 * @param {string[]} argv
 * @param {Record<string, string | undefined>} env
 * @returns {ServeOptions | { help: string }}
 */
export function parseOptions(argv, env) {
  /** @type {Record<string, string[]>} */
  const flags = {};
  let demo = env.DEMO === '1' || env.DEMO === 'true';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { help: HELP };
    if (arg === '--demo') {
      demo = true;
      continue;
    }
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument "${arg}"\n\n${HELP}`);
    const [name, inline] = arg.slice(2).split('=', 2);
    const value = inline ?? argv[++i];
    if (!name || value === undefined) throw new Error(`--${name} needs a value`);
    (flags[name] ??= []).push(value);
  }
  const one = (/** @type {string} */ name) => flags[name]?.at(-1);
  const known = ['port', 'host', 'dist', 'scaleway-upstream', 'nexigon-upstream', 'akamai-upstream', 'edgerc', 'edgerc-section', 'broker', 'public-url', 'allowed-host', 'shutdown-timeout'];
  for (const name of Object.keys(flags)) if (!known.includes(name)) throw new Error(`Unknown option --${name}\n\n${HELP}`);

  const port = Number(one('port') ?? env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got "${one('port') ?? env.PORT}"`);
  const brokerList = flags.broker ?? (env.BROKERS ? list(env.BROKERS) : ['ws://127.0.0.1:9001', 'ws://localhost:9001', 'wss://*.scw.cloud']);
  const allowedHosts = flags['allowed-host']?.flatMap(list) ?? list(env.ALLOWED_HOSTS);
  for (const h of allowedHosts) checkAllowedHost(h);
  return {
    host: one('host') ?? env.HOST ?? '127.0.0.1',
    port,
    dist: path.resolve(one('dist') ?? 'dist'),
    demo,
    upstreams: {
      scaleway: parseUrl(one('scaleway-upstream') ?? env.SCALEWAY_UPSTREAM ?? 'https://api.scaleway.com', '--scaleway-upstream'),
      nexigon: parseUrl(one('nexigon-upstream') ?? env.NEXIGON_UPSTREAM, '--nexigon-upstream'),
      akamai: parseUrl(one('akamai-upstream') ?? env.AKAMAI_UPSTREAM, '--akamai-upstream'),
    },
    akamaiUpstreamGiven: Boolean(one('akamai-upstream') ?? env.AKAMAI_UPSTREAM),
    edgercPath: path.resolve(one('edgerc') ?? env.EDGERC ?? path.join(os.homedir(), '.edgerc')),
    edgercSection: one('edgerc-section') ?? env.EDGERC_SECTION ?? 'default',
    brokers: brokerList.map(parseBroker),
    publicUrl: parseUrl(one('public-url') ?? env.PUBLIC_URL, '--public-url'),
    allowedHosts,
    shutdownTimeoutMs: parseDuration(one('shutdown-timeout') ?? env.SHUTDOWN_TIMEOUT ?? '10s', '--shutdown-timeout') * 1000,
  };
}
