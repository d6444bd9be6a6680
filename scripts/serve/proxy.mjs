// @ts-check

import { MAX_BODY_BYTES } from './guards.mjs';

/**
 * Hop-by-hop and browser-context headers that must not be forwarded: the session cookie and
 * the console's own header are for this server only, never for an upstream.
 */
const HOP_BY_HOP = new Set([
  'connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade',
  'host', 'content-length', 'origin', 'referer', 'cookie', 'accept-encoding', 'x-iotc-request',
]);
/** @param {string} name */
const dropRequestHeader = (name) => HOP_BY_HOP.has(name) || name.startsWith('sec-fetch-');
/**
 * Upstream CORS headers are dropped: the console calls us same-origin and needs none, and
 * passing an upstream's `Access-Control-Allow-Origin: *` on would let any page read our answers.
 */
const RESPONSE_DROP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-encoding', 'content-length', 'set-cookie']);
/** @param {string} name */
const dropResponseHeader = (name) => RESPONSE_DROP.has(name) || name.startsWith('access-control-');

/** Past this, a refused body is not worth draining: the connection is cut instead. */
const DRAIN_LIMIT = 4 * MAX_BODY_BYTES;

/**
 * Lets the rest of a refused body arrive and be thrown away, so the client finishes sending and
 * reads our 413 instead of a connection reset; a body far over the limit gets the connection cut.
 * @param {import('node:http').IncomingMessage} req @param {number} [already] bytes already received
 */
export function discardBody(req, already = 0) {
  let received = already;
  req.on('data', (/** @type {Buffer} */ chunk) => {
    received += chunk.length;
    if (received > DRAIN_LIMIT) req.destroy();
  });
  req.resume();
}

/** @param {import('node:http').IncomingMessage} req @returns {Promise<Buffer>} */
export function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const onData = (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData);
        chunks.length = 0;
        discardBody(req, size);
        reject(Object.assign(new Error('Request body too large'), { status: 413 }));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
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
 * @returns {Promise<{ status: number, forwarded: boolean }>} the status answered; forwarded: whether the upstream was asked
 */
export async function forward(req, res, target) {
  const url = target.upstream + target.rest;
  /** @type {Record<string, string>} */
  const headers = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || dropRequestHeader(name)) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const method = req.method ?? 'GET';
  let body;
  try {
    body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
  } catch {
    // Too large (413) or the client went away: nothing was signed or sent.
    sendJson(res, 413, target.provider, `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`);
    return { status: 413, forwarded: false };
  }
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
    return { status: 502, forwarded: true };
  }
  /** @type {Record<string, string>} */
  const out = {};
  upstream.headers.forEach((value, name) => {
    if (!dropResponseHeader(name)) out[name] = value;
  });
  const buffer = Buffer.from(await upstream.arrayBuffer());
  res.writeHead(upstream.status, { ...out, 'content-length': String(buffer.length) });
  res.end(method === 'HEAD' ? undefined : buffer);
  return { status: upstream.status, forwarded: true };
}

/** @param {number} status the Nexigon `kind` closest to an HTTP status */
const nexigonKind = (status) => (status === 401 || status === 403 ? 'Forbidden' : status < 500 ? 'Invalid' : 'Internal');

/**
 * An error produced by the proxy itself, in the provider's own envelope so the
 * console shows it like any API error.
 * @param {import('node:http').ServerResponse} res @param {number} status @param {string} provider @param {string} message
 * @param {{ code?: string, headers?: Record<string, string> }} [extra] code: a machine-readable reason
 */
export function sendJson(res, status, provider, message, extra = {}) {
  const code = extra.code ?? 'proxy_error';
  const body =
    provider === 'akamai'
      ? { type: `/proxy/error-types/${code.toUpperCase()}`, title: message, errorCode: code, status }
      : provider === 'nexigon'
        ? { kind: nexigonKind(status), message, code }
        : { type: code, message };
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...extra.headers,
    'content-type': provider === 'akamai' ? 'application/problem+json' : 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
  });
  res.end(text);
}
