// @ts-check
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import { loadAkamaiSigner } from './akamai-signer.mjs';
import { MUTATING } from './audit.mjs';
import { allowedHostEntries, checkConsoleHeader, checkDeclaredBodySize, checkHost, checkPath, checkPreflight, checkSite } from './guards.mjs';
import { createOidcAuth } from './oidc.mjs';
import { sendPage } from './pages.mjs';
import { discardBody, forward, sendJson } from './proxy.mjs';
import { securityHeaders } from './security-headers.mjs';
import { mockFiles, resolveStatic, sendFile } from './static-files.mjs';

/** @typedef {import('./options.mjs').ServeOptions} ServeOptions */
/** @typedef {import('./audit.mjs').AuditEntry} AuditEntry */
/** @typedef {import('./guards.mjs').Refusal} Refusal */
/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */

/** The header that tells the console "sign in again", as opposed to an upstream's own 401. */
export const AUTH_HEADER = 'x-iotc-auth';
const SIGN_IN_REQUIRED = { [AUTH_HEADER]: 'sign-in-required' };
const SESSION_EXPIRED = 'Your session has expired. Sign in again to continue.';

/**
 * What the page learns about this server at start-up (served as /config.js, a
 * same-origin script, since the CSP forbids inline ones). Never secrets.
 * @param {ServeOptions} options
 */
export function runtimeConfig(options) {
  return {
    mocks: options.demo,
    defaultMode: options.demo ? 'mock' : 'proxy',
    // The CSP limits API calls to this origin: Direct mode would be blocked.
    directAllowed: false,
    auth: options.auth,
    proxies: { scaleway: Boolean(options.upstreams.scaleway), nexigon: Boolean(options.upstreams.nexigon), akamai: Boolean(options.upstreams.akamai) },
  };
}

/** @param {Res} res @param {number} status @param {Record<string, string>} headers @param {string} text */
function sendText(res, status, headers, text) {
  res.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), 'cache-control': 'no-store' });
  res.end(res.req?.method === 'HEAD' ? undefined : text);
}

/**
 * @param {ServeOptions} options
 * @param {{ log?: (line: string) => void, audit?: (entry: AuditEntry) => void }} [hooks]
 */
export function createConsoleServer(options, hooks = {}) {
  const log = hooks.log ?? (() => undefined);
  const audit = hooks.audit ?? (() => undefined);
  const headers = securityHeaders(options);
  const hiddenMocks = options.demo ? new Set() : mockFiles(options.dist);
  const indexFile = path.join(options.dist, 'index.html');
  const akamai = loadAkamaiSigner(options.edgercPath, options.edgercSection);
  const upstreams = { ...options.upstreams };
  if (!upstreams.akamai && 'host' in akamai) upstreams.akamai = akamai.host.startsWith('http') ? akamai.host : `https://${akamai.host}`;
  if ('error' in akamai) log(`akamai: ${akamai.error}; /proxy/akamai answers 502 until credentials are available.`);
  const configJs = `window.__IOTC_CONFIG__ = ${JSON.stringify(runtimeConfig({ ...options, upstreams }))};\n`;
  const auth = options.auth === 'oidc' ? createOidcAuth(options, { log, securityHeaders: headers }) : null;
  /** Responses not finished yet: on shutdown they are told to close their connection. */
  const inFlight = new Set();
  let shuttingDown = false;

  /** @type {import('./guards.mjs').HostEntry[] | null} */
  let hostEntries = null;
  const hosts = () => (hostEntries ??= allowedHostEntries(options, /** @type {import('node:net').AddressInfo} */ (server.address()).port));

  /** Why the server cannot do its job yet; empty when it can. */
  const notReady = () =>
    [
      shuttingDown && 'shutting down',
      !fs.existsSync(indexFile) && 'dist/index.html is missing: run `npm run build`',
      // Akamai is configured when its upstream is named or an .edgerc exists; then its credentials must load.
      'error' in akamai && (options.akamaiUpstreamGiven || fs.existsSync(options.edgercPath)) && `akamai: ${akamai.error}`,
      auth?.problem(),
    ].filter((r) => typeof r === 'string');

  /**
   * @param {Req} req @param {Res} res @param {string} pathname @param {Refusal} refusal
   * @param {string} [provider] answer in this provider's envelope
   */
  const refuse = (req, res, pathname, refusal, provider) => {
    log(`refused ${req.method} ${pathname}: ${refusal.reason}`);
    // A refused body is never read into memory nor forwarded; letting it drain keeps the answer readable.
    discardBody(req);
    if (provider) return sendJson(res, refusal.status, provider, refusal.message, { code: 'request_refused' });
    return sendText(res, refusal.status, {}, `${refusal.message}\n`);
  };

  /**
   * /proxy/<provider>/...: every guard first, then the session, then the upstream.
   * @param {Req} req @param {Res} res @param {string} provider @param {string} pathname @param {string} rest upstream path (no query) @param {string} search
   */
  const proxy = async (req, res, provider, pathname, rest, search) => {
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') {
      const refusal = checkPreflight(req.headers, hosts());
      if (refusal) return refuse(req, res, pathname, refusal, provider);
      // Nothing to grant: the console's calls are same-origin. No Access-Control-* header, ever.
      res.writeHead(204, { allow: 'GET, HEAD, POST, PUT, PATCH, DELETE', 'cache-control': 'no-store' });
      return res.end();
    }
    const refusal = checkSite(req.headers, method, 'api', hosts()) ?? checkConsoleHeader(req.headers) ?? checkDeclaredBodySize(req.headers);
    if (refusal) return refuse(req, res, pathname, refusal, provider);
    let user = null;
    if (auth) {
      const session = await auth.session(req);
      if (!session.ok) {
        log(`refused ${method} ${pathname}: session ${session.reason}`);
        return sendJson(res, 401, provider, SESSION_EXPIRED, { code: 'sign_in_required', headers: SIGN_IN_REQUIRED });
      }
      user = { sub: session.user.sub, email: session.user.email };
    }
    const upstream = upstreams[/** @type {keyof typeof upstreams} */ (provider)];
    if (!upstream) return sendJson(res, 502, provider, `No upstream is configured for ${provider}: start the server with --${provider}-upstream.`);
    if (provider === 'akamai' && 'error' in akamai) return sendJson(res, 502, provider, `Akamai requests cannot be signed: ${akamai.error}.`);
    const started = Date.now();
    const result = await forward(req, res, { upstream, rest: rest + search, provider, sign: provider === 'akamai' && 'sign' in akamai ? akamai.sign : undefined });
    if (MUTATING.has(method) && result.forwarded) {
      audit({ time: new Date(started).toISOString(), user, provider, method, path: rest, status: result.status, durationMs: Date.now() - started });
    }
    return undefined;
  };

  /**
   * /auth/*: sign-in, sign-out, who am I, and the pages around them.
   * @param {Req} req @param {Res} res @param {URL} url
   */
  const authRoute = async (req, res, url) => {
    const method = req.method ?? 'GET';
    const route = `${method === 'HEAD' ? 'GET' : method} ${url.pathname}`;
    const api = route === 'POST /auth/logout' || route === 'GET /auth/me';
    const refusal = checkSite(req.headers, method, api ? 'api' : 'page', hosts()) ?? (api ? checkConsoleHeader(req.headers) : null);
    if (refusal) return refuse(req, res, url.pathname, refusal);
    switch (route) {
      case 'GET /auth/signed-out':
        return sendPage(res, 200, headers, { title: 'You are signed out', paragraphs: ['Your session on this console has ended.'], link: { href: '/auth/login', text: 'Sign in again' } });
      case 'GET /auth/signed-in':
        return sendPage(res, 200, headers, {
          title: 'You are signed in',
          paragraphs: ['Go back to the tab you were working in: it carries on where you left off, with your unsaved changes. You can close this tab.'],
          link: { href: '/', text: 'Open the console' },
        });
    }
    if (!auth) return sendText(res, 404, headers, 'Sign-in is not enabled on this server (--auth none).\n');
    switch (route) {
      case 'GET /auth/login':
        return auth.login(res, url);
      case 'GET /auth/callback':
        return auth.callback(req, res, url);
      case 'POST /auth/logout':
        return auth.logout(res);
      case 'GET /auth/me': {
        const session = await auth.session(req);
        const body = session.ok ? { ...session.user, expiresAt: new Date(session.expiresAt).toISOString() } : { error: 'sign_in_required', message: SESSION_EXPIRED };
        const text = JSON.stringify(body);
        res.writeHead(session.ok ? 200 : 401, { ...(session.ok ? {} : SIGN_IN_REQUIRED), 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), 'cache-control': 'no-store' });
        return res.end(text);
      }
      default:
        return sendText(res, 404, headers, 'Not found\n');
    }
  };

  /**
   * Everything else is the built console: GET/HEAD only. With sign-in on, a page needs a
   * session (no session: off to sign in, and back here after); the built files themselves are
   * public code, served to anyone we answer to, so a tab whose session expired can still load
   * the screens it needs to show the "sign in again" prompt.
   * @param {Req} req @param {Res} res @param {URL} url
   */
  const staticRoute = async (req, res, url) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { ...headers, allow: 'GET, HEAD' });
      return res.end();
    }
    const refusal = checkSite(req.headers, method, 'page', hosts());
    if (refusal) return refuse(req, res, url.pathname, refusal);
    const head = method === 'HEAD';
    if (url.pathname === '/config.js') {
      res.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
      return res.end(head ? undefined : configJs);
    }
    if (hiddenMocks.has(url.pathname)) return sendText(res, 404, headers, 'The mock backend is only served with --demo.\n');
    const file = url.pathname === '/index.html' ? null : resolveStatic(options.dist, url.pathname);
    if (file) return sendFile(res, file, headers, head);
    // A path with an extension that does not exist is a missing asset, not a page.
    if (path.extname(url.pathname) && url.pathname !== '/index.html') return sendText(res, 404, headers, 'Not found\n');
    if (!fs.existsSync(indexFile)) return sendText(res, 500, headers, 'dist/index.html is missing: run `npm run build` first.\n');
    if (auth && !(await auth.session(req)).ok) {
      res.writeHead(303, { location: `/auth/login?returnTo=${encodeURIComponent(url.pathname + url.search)}`, 'cache-control': 'no-store' });
      return res.end();
    }
    return sendFile(res, indexFile, headers, head);
  };

  const server = http.createServer(async (req, res) => {
    const started = Date.now();
    const target = req.url ?? '/';
    const pathname = target.split(/[?#]/, 1)[0] ?? '/';
    inFlight.add(res);
    if (shuttingDown) res.shouldKeepAlive = false;
    res.on('close', () => inFlight.delete(res));
    res.on('finish', () => log(`${req.method} ${pathname} ${res.statusCode} ${Date.now() - started}ms`));
    try {
      // Liveness and readiness answer whatever the Host: probes often use the bare IP, and they reveal nothing.
      if ((pathname === '/healthz' || pathname === '/readyz') && (req.method === 'GET' || req.method === 'HEAD')) {
        const reasons = pathname === '/readyz' ? notReady() : [];
        const text = JSON.stringify(reasons.length ? { status: 'not ready', reasons } : { status: 'ok' });
        res.writeHead(reasons.length ? 503 : 200, { 'content-type': 'application/json', 'cache-control': 'no-store', 'content-length': String(Buffer.byteLength(text)) });
        return res.end(req.method === 'HEAD' ? undefined : text);
      }
      const proxyMatch = /^\/proxy\/(scaleway|nexigon|akamai)(\/.*)?$/.exec(pathname);
      const provider = proxyMatch?.[1];
      // Nothing is answered, and certainly nothing forwarded, for a name we do not serve or a crooked path.
      const refusal = checkHost(req.headers.host, hosts()) ?? checkPath(target);
      if (refusal) return refuse(req, res, pathname, refusal, provider);
      const url = new URL(target, 'http://console.invalid');
      if (provider) return await proxy(req, res, provider, pathname, proxyMatch?.[2] ?? '/', url.search);
      if (url.pathname.startsWith('/auth/')) return await authRoute(req, res, url);
      return await staticRoute(req, res, url);
    } catch (error) {
      log(`error on ${req.method} ${pathname}: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown'}`);
      if (!res.headersSent) sendText(res, 500, {}, 'Internal error\n');
      else res.destroy();
      return undefined;
    }
  });

  /**
   * Stops accepting connections, lets the requests in flight finish (each told to close its
   * connection), and cuts whatever is left after `timeoutMs`.
   * @param {number} timeoutMs
   * @returns {Promise<'drained' | 'timed out'>}
   */
  const shutdown = (timeoutMs) =>
    new Promise((resolve) => {
      shuttingDown = true;
      auth?.close();
      for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
      const timer = setTimeout(() => {
        log(`shutdown: ${inFlight.size} request(s) still running after ${timeoutMs} ms, closing them`);
        server.closeAllConnections();
        resolve('timed out');
      }, timeoutMs);
      server.close(() => {
        clearTimeout(timer);
        resolve('drained');
      });
      server.closeIdleConnections();
    });

  return Object.assign(server, { shutdown });
}
