// @ts-check
/**
 * The checks that make the server act for the console and nobody else. Each is a pure
 * function of the request's headers and returns null (pass) or a Refusal; server.mjs
 * answers refusals before anything is read, signed or forwarded.
 *
 * Why these four, together:
 * - Host: a page on a foreign name that resolves to this machine (DNS rebinding) would be
 *   same-origin with itself and could read our answers. Only names we serve are accepted.
 * - Origin / Sec-Fetch-Site: a foreign page can send "simple" requests (form POSTs,
 *   text/plain fetches) without a preflight; browsers label them, and we refuse them.
 * - The console's own header: a foreign page cannot add a custom header without a CORS
 *   preflight, and preflights are answered here (refused), never forwarded. This also covers
 *   old browsers that send neither Origin nor Sec-Fetch-Site.
 * - Paths and body sizes are checked before a byte goes upstream.
 */

/** @typedef {{ status: number, reason: string, message: string }} Refusal */
/** @typedef {{ hostname: string, port: string | null }} HostEntry  port null: the scheme's default port */
/** @typedef {import('node:http').IncomingHttpHeaders} Headers */

export const CONSOLE_HEADER = 'x-iotc-request';
export const NOT_FROM_CONSOLE = 'This request did not come from the console.';
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
const LOCAL_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** @param {string} value shown in a log line: quoted, clipped, never raw control characters */
const quote = (value) => JSON.stringify(value.length > 100 ? `${value.slice(0, 100)}…` : value);

/** @param {number} status @param {string} reason @param {string} [message] @returns {Refusal} */
const refuse = (status, reason, message = NOT_FROM_CONSOLE) => ({ status, reason, message });

/**
 * Splits a Host header or URL authority into a lower-case name and port.
 * @param {string} authority @returns {HostEntry | null}
 */
export function parseAuthority(authority) {
  if (!authority || /[\s/?#@\\]/.test(authority)) return null;
  try {
    const u = new URL(`http://${authority}`);
    // URL drops :80 for http; keep the port exactly as written so "host:80" matches a listen port 80.
    const explicit = /:(\d+)$/.exec(authority)?.[1] ?? null;
    return { hostname: u.hostname.toLowerCase(), port: explicit };
  } catch {
    return null;
  }
}

/**
 * The Host values this server answers to: what --public-url and --allowed-host name, the
 * listen address, and the localhost forms of it (a foreign page can never make a browser send
 * those names to us). Listening on a wildcard address names no host by itself.
 * @param {{ host: string, publicUrl: string | null, allowedHosts: string[] }} options
 * @param {number} port the port actually listened on
 * @returns {HostEntry[]}
 */
export function allowedHostEntries(options, port) {
  /** @type {HostEntry[]} */
  const entries = [];
  const p = String(port);
  const wildcard = options.host === '0.0.0.0' || options.host === '::' || options.host === '[::]';
  const names = wildcard ? LOCAL_NAMES : [...LOCAL_NAMES, options.host.includes(':') && !options.host.startsWith('[') ? `[${options.host}]` : options.host];
  for (const name of names) {
    const parsed = parseAuthority(name);
    if (parsed) entries.push({ hostname: parsed.hostname, port: p }, ...(port === 80 ? [{ hostname: parsed.hostname, port: null }] : []));
  }
  if (options.publicUrl) {
    const u = new URL(options.publicUrl);
    entries.push({ hostname: u.hostname.toLowerCase(), port: u.port || null });
  }
  for (const h of options.allowedHosts) {
    const parsed = parseAuthority(h);
    if (parsed) entries.push(parsed);
  }
  return entries;
}

/**
 * @param {HostEntry[]} entries @param {HostEntry} candidate
 * @param {string[]} defaultPorts ports that stand for "no port" (a browser omits the default one)
 */
function matchesEntry(entries, candidate, defaultPorts) {
  return entries.some((e) => {
    if (e.hostname !== candidate.hostname) return false;
    if (e.port === candidate.port) return true;
    // "console.example.com" (no port) also matches an explicit default port, and back.
    if (e.port === null) return candidate.port !== null && defaultPorts.includes(candidate.port);
    return candidate.port === null && defaultPorts.includes(e.port);
  });
}

/** @param {string | undefined} host the Host header @param {HostEntry[]} entries @returns {Refusal | null} */
export function checkHost(host, entries) {
  const parsed = host ? parseAuthority(host) : null;
  if (parsed && matchesEntry(entries, parsed, ['80', '443'])) return null;
  return refuse(421, `unexpected Host ${quote(host ?? '(none)')}`);
}

/**
 * True when `origin` is one of ours: an http(s) origin whose host is one we answer to.
 * @param {string} origin @param {HostEntry[]} entries
 */
export function isOwnOrigin(origin, entries) {
  let u;
  try {
    u = new URL(origin);
  } catch {
    return false;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.origin !== origin) return false;
  return matchesEntry(entries, { hostname: u.hostname.toLowerCase(), port: u.port || null }, [u.protocol === 'https:' ? '443' : '80']);
}

/**
 * Where a request comes from, as the browser states it.
 * - 'api' (the proxy, /auth/me, sign-out): only our own pages may call it.
 * - 'page' (HTML, assets, sign-in): also a person typing the address (Sec-Fetch-Site: none)
 *   or following a link from elsewhere (a cross-site top-level GET navigation: it changes
 *   nothing, the foreign page cannot read the answer, and frame-ancestors 'none' stops
 *   framing). Cross-site subresource loads of our files are refused.
 * Absent headers pass: non-browser clients send none, and they cannot act for a victim.
 * @param {Headers} headers @param {string} method @param {'api' | 'page'} kind @param {HostEntry[]} entries
 * @returns {Refusal | null}
 */
export function checkSite(headers, method, kind, entries) {
  const origin = headers.origin;
  const site = headers['sec-fetch-site'];
  const navigation = (method === 'GET' || method === 'HEAD') && headers['sec-fetch-mode'] === 'navigate' && headers['sec-fetch-dest'] === 'document';
  // A GET navigation may carry a foreign Origin after a cross-site redirect (e.g. from the sign-in provider).
  if (origin !== undefined && !isOwnOrigin(origin, entries) && !(kind === 'page' && navigation)) return refuse(403, `foreign Origin ${quote(origin)}`);
  if (site === undefined || site === 'same-origin') return null;
  if (kind === 'page' && (site === 'none' || navigation)) return null;
  return refuse(403, `Sec-Fetch-Site ${quote(String(site))}`);
}

/** @param {Headers} headers @returns {Refusal | null} */
export function checkConsoleHeader(headers) {
  return headers[CONSOLE_HEADER] === '1' ? null : refuse(403, `no ${CONSOLE_HEADER} header`);
}

/**
 * Rejects request targets that are not a plain path, and paths with dot segments or
 * encoded separators: `new URL()` would quietly resolve "..", and an upstream might decode
 * "%2e%2e%2f" into one. Checked on the raw target, before anything normalizes it.
 * @param {string | undefined} target req.url
 * @returns {Refusal | null}
 */
export function checkPath(target) {
  const bad = refuse(400, `bad path ${quote(String(target))}`, 'The request path is not valid.');
  if (!target || !target.startsWith('/') || target.startsWith('//')) return bad;
  const pathPart = target.split(/[?#]/, 1)[0] ?? '';
  for (const segment of pathPart.split('/')) {
    let decoded;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return bad;
    }
    if (decoded === '.' || decoded === '..' || /[/\\\0]/.test(decoded)) return bad;
  }
  return null;
}

/** @param {Headers} headers @param {number} [max] @returns {Refusal | null} */
export function checkDeclaredBodySize(headers, max = MAX_BODY_BYTES) {
  const length = Number(headers['content-length'] ?? 0);
  return length > max ? refuse(413, `body of ${length} bytes`, `The request body is larger than ${Math.round(max / 1024 / 1024)} MB.`) : null;
}

/**
 * A preflight (OPTIONS) on the proxy. The console never sends one (its calls are
 * same-origin), so this only ever answers foreign pages: a foreign Origin is refused, and no
 * Access-Control-Allow-* header is ever granted. Never forwarded.
 * @param {Headers} headers @param {HostEntry[]} entries @returns {Refusal | null}
 */
export function checkPreflight(headers, entries) {
  const origin = headers.origin;
  return origin !== undefined && !isOwnOrigin(origin, entries) ? refuse(403, `preflight from ${quote(origin)}`) : null;
}
