// @ts-check
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * @typedef {object} OidcOptions
 * @property {string} issuer
 * @property {string} clientId
 * @property {string | null} clientSecret  null: a public client (PKCE alone)
 * @property {string} scopes
 * @property {string[]} allowedEmails       exact addresses, or "@domain" for a whole domain; empty: anyone
 * @property {string[]} allowedGroups       values of the `groups` claim; empty: anyone
 */

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
 * @property {'none' | 'oidc'} auth
 * @property {OidcOptions | null} oidc
 * @property {string[]} sessionSecrets  the current key first, then older ones still accepted
 * @property {number} sessionTtlSeconds
 * @property {string | null} publicUrl  the origin people open, e.g. https://console.example.com
 * @property {string[]} allowedHosts    extra Host header values (name or name:port)
 * @property {string | null} auditLog   file for the audit trail; null: stdout
 * @property {number} shutdownTimeoutMs how long SIGTERM waits for requests in flight
 */

const HELP = `Usage: npm run serve -- [options]

Serves the production build (dist/) with a same-origin reverse proxy per provider.

  --port <n>                 PORT               default 8080
  --host <addr>              HOST               default 127.0.0.1 (any other address needs --auth oidc)
  --dist <dir>                                  default dist
  --demo                     DEMO=1             also serve the mock backend (msw); Mock mode becomes the default
  --scaleway-upstream <url>  SCALEWAY_UPSTREAM  default https://api.scaleway.com
  --nexigon-upstream <url>   NEXIGON_UPSTREAM   your Nexigon Hub instance (no default: /proxy/nexigon answers 502 until set)
  --akamai-upstream <url>    AKAMAI_UPSTREAM    default: https://<host> from the .edgerc section
  --edgerc <path>            EDGERC             default ~/.edgerc
  --edgerc-section <name>    EDGERC_SECTION     default "default"
  --broker <ws-url>          BROKERS            WebSocket broker origins allowed by the CSP (repeatable; env: comma-separated).
                                                Default: ws://127.0.0.1:9001 ws://localhost:9001 wss://*.scw.cloud

Who may use it:
  --public-url <url>         PUBLIC_URL         the URL people open (e.g. https://console.example.com); its host is allowed,
                                                https makes the session cookie Secure. Required with --auth oidc.
  --allowed-host <host>      ALLOWED_HOSTS      another Host header to accept (name or name:port; repeatable; env: comma-separated).
                                                Always accepted: the listen address and localhost forms of it.
  --auth <none|oidc>         AUTH               default none, which is allowed on loopback only
  --oidc-issuer <url>        OIDC_ISSUER        the OpenID provider (https; http only on loopback)
  --oidc-client-id <id>      OIDC_CLIENT_ID
  --oidc-client-secret <s>   OIDC_CLIENT_SECRET omit for a public client (PKCE only); prefer the environment variable
  --oidc-scopes <scopes>     OIDC_SCOPES        default "openid email profile"
  --allowed-emails <list>    ALLOWED_EMAILS     comma-separated addresses, or @domain for a whole domain
  --allowed-groups <list>    ALLOWED_GROUPS     comma-separated values of the "groups" claim (either list admits a person)
  --session-secret <s>       SESSION_SECRET     key of the session cookie, 32+ characters; prefer the environment variable
  --session-secret-previous <s>  SESSION_SECRET_PREVIOUS  older keys still accepted while rotating (comma-separated)
  --session-ttl <duration>   SESSION_TTL        how long a sign-in lasts: seconds, or 30m, 8h, 1d; default 8h
  --audit-log <file>         AUDIT_LOG          where mutating proxy calls are recorded (JSON lines); default stdout
  --shutdown-timeout <dur>   SHUTDOWN_TIMEOUT   how long SIGTERM waits for requests in flight; default 10s
`;

const FLAGS = [
  'port', 'host', 'dist', 'scaleway-upstream', 'nexigon-upstream', 'akamai-upstream', 'edgerc', 'edgerc-section', 'broker',
  'public-url', 'allowed-host', 'auth', 'oidc-issuer', 'oidc-client-id', 'oidc-client-secret', 'oidc-scopes', 'allowed-emails',
  'allowed-groups', 'session-secret', 'session-secret-previous', 'session-ttl', 'audit-log', 'shutdown-timeout',
];
const MIN_SECRET_LENGTH = 32;

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

/**
 * True for names and addresses that only this machine can reach.
 * @param {string} host a hostname or IP, IPv6 with or without brackets
 */
export function isLoopback(host) {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (net.isIPv4(h)) return h.startsWith('127.');
  if (net.isIPv6(h)) return h === '::1' || /^::ffff:127\./.test(h);
  return false;
}

/** The host name of an --allowed-host value ("name", "name:port", "[::1]:8080"). @param {string} value */
function allowedHostName(value) {
  try {
    return new URL(`http://${value}`).hostname;
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
  for (const name of Object.keys(flags)) if (!FLAGS.includes(name)) throw new Error(`Unknown option --${name}\n\n${HELP}`);
  const one = (/** @type {string} */ name) => flags[name]?.at(-1);
  /** A repeatable flag, or its comma-separated environment variable. @param {string} name @param {string} envName */
  const many = (name, envName) => flags[name]?.flatMap(list) ?? list(env[envName]);

  const port = Number(one('port') ?? env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got "${one('port') ?? env.PORT}"`);
  const host = one('host') ?? env.HOST ?? '127.0.0.1';
  const brokerList = flags.broker ?? (env.BROKERS ? list(env.BROKERS) : ['ws://127.0.0.1:9001', 'ws://localhost:9001', 'wss://*.scw.cloud']);
  const publicUrl = parseUrl(one('public-url') ?? env.PUBLIC_URL, '--public-url');
  const allowedHosts = many('allowed-host', 'ALLOWED_HOSTS');
  for (const h of allowedHosts) allowedHostName(h);
  const auth = one('auth') ?? env.AUTH ?? 'none';
  if (auth !== 'none' && auth !== 'oidc') throw new Error(`--auth must be "none" or "oidc", got "${auth}"`);

  if (auth === 'none') {
    // Without sign-in, whoever reaches the port acts with the server's credentials.
    const exposed = [
      !isLoopback(host) && `--host ${host} is not a loopback address`,
      publicUrl && !isLoopback(new URL(publicUrl).hostname) && `--public-url ${publicUrl} is not on this machine`,
      ...allowedHosts.filter((h) => !isLoopback(allowedHostName(h))).map((h) => `--allowed-host ${h} is not on this machine`),
    ].filter(Boolean);
    if (exposed.length > 0) {
      throw new Error(
        `Refusing to start without sign-in: ${exposed.join('; ')}.\n` +
          'Anyone who can reach it would act with this server\'s credentials (the Akamai .edgerc).\n' +
          'Pass --auth oidc with --oidc-issuer, --oidc-client-id, --session-secret and --public-url (see "Deploying for a team" in README.md),\n' +
          'or listen on 127.0.0.1 only.',
      );
    }
  }

  /** The current key first, then older ones still accepted while rotating. */
  const current = one('session-secret') ?? env.SESSION_SECRET;
  const sessionSecrets = [...(current ? [current] : []), ...list(one('session-secret-previous') ?? env.SESSION_SECRET_PREVIOUS)];
  /** @type {OidcOptions | null} */
  let oidc = null;
  if (auth === 'oidc') {
    const issuer = parseUrl(one('oidc-issuer') ?? env.OIDC_ISSUER, '--oidc-issuer');
    const clientId = one('oidc-client-id') ?? env.OIDC_CLIENT_ID;
    const missing = [!issuer && '--oidc-issuer', !clientId && '--oidc-client-id', !current && '--session-secret', !publicUrl && '--public-url'].filter(Boolean);
    if (missing.length > 0) throw new Error(`--auth oidc needs ${missing.join(', ')} (or their environment variables, see --help)`);
    if (issuer && new URL(issuer).protocol === 'http:' && !isLoopback(new URL(issuer).hostname)) throw new Error('--oidc-issuer must be https (plain http is accepted on loopback only, for tests)');
    // Never echo a secret, not even a short one, in an error message.
    if (sessionSecrets.some((s) => s.length < MIN_SECRET_LENGTH)) throw new Error(`Every session secret must be at least ${MIN_SECRET_LENGTH} characters long (for example: openssl rand -base64 48)`);
    oidc = {
      issuer: /** @type {string} */ (issuer),
      clientId: /** @type {string} */ (clientId),
      clientSecret: one('oidc-client-secret') ?? env.OIDC_CLIENT_SECRET ?? null,
      scopes: one('oidc-scopes') ?? env.OIDC_SCOPES ?? 'openid email profile',
      allowedEmails: list(one('allowed-emails') ?? env.ALLOWED_EMAILS).map((e) => e.toLowerCase()),
      allowedGroups: list(one('allowed-groups') ?? env.ALLOWED_GROUPS),
    };
  }

  return {
    host,
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
    auth,
    oidc,
    sessionSecrets: auth === 'oidc' ? sessionSecrets : [],
    sessionTtlSeconds: parseDuration(one('session-ttl') ?? env.SESSION_TTL ?? '8h', '--session-ttl'),
    publicUrl,
    allowedHosts,
    auditLog: one('audit-log') ?? env.AUDIT_LOG ?? null,
    shutdownTimeoutMs: parseDuration(one('shutdown-timeout') ?? env.SHUTDOWN_TIMEOUT ?? '10s', '--shutdown-timeout') * 1000,
  };
}
