// @ts-check

/** Hop-by-hop and browser-context headers that must not be forwarded either way. */
const HOP_BY_HOP = new Set([
  'connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade',
  'host', 'content-length', 'origin', 'referer', 'cookie', 'accept-encoding',
]);
const RESPONSE_DROP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-encoding', 'content-length', 'set-cookie']);
const MAX_BODY = 10 * 1024 * 1024;

/** @param {import('node:http').IncomingMessage} req @returns {Promise<Buffer>} */
export function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(Object.assign(new Error('Request body too large'), { status: 413 }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Forwards one request to `upstream + rest` and streams the answer back
 * unchanged (status, body, content type): upstream errors keep their own
 * envelope so the console's ApiError parsers see exactly what the API said.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ upstream: string, rest: string, provider: string, sign?: import('./akamai-signer.mjs').Signer }} target
 */
export async function forward(req, res, target) {
  const url = target.upstream + target.rest;
  /** @type {Record<string, string>} */
  const headers = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
  if (target.sign) {
    // The browser never holds Akamai credentials: whatever it sent is replaced by an EdgeGrid signature.
    delete headers.authorization;
    headers.authorization = target.sign({ method, url, headers, body });
  }
  let upstream;
  try {
    upstream = await fetch(url, { method, headers, body: body && body.length ? new Uint8Array(body) : undefined, redirect: 'manual' });
  } catch {
    sendJson(res, 502, target.provider, `The ${target.provider} API at ${new URL(target.upstream).host} could not be reached.`);
    return;
  }
  /** @type {Record<string, string>} */
  const out = {};
  upstream.headers.forEach((value, name) => {
    if (!RESPONSE_DROP.has(name)) out[name] = value;
  });
  const buffer = Buffer.from(await upstream.arrayBuffer());
  res.writeHead(upstream.status, { ...out, 'content-length': String(buffer.length) });
  res.end(method === 'HEAD' ? undefined : buffer);
}

/**
 * An error produced by the proxy itself, in the provider's own envelope so the
 * console shows it like any API error.
 * @param {import('node:http').ServerResponse} res @param {number} status @param {string} provider @param {string} message
 */
export function sendJson(res, status, provider, message) {
  const body =
    provider === 'akamai'
      ? { type: '/proxy/error-types/UPSTREAM', title: message, errorCode: 'proxy_error', status }
      : provider === 'nexigon'
        ? { kind: 'Internal', message }
        : { type: 'proxy_error', message };
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': provider === 'akamai' ? 'application/problem+json' : 'application/json', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}
