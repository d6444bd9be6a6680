// @ts-check
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import { loadAkamaiSigner } from './akamai-signer.mjs';
import { forward, sendJson } from './proxy.mjs';
import { securityHeaders } from './security-headers.mjs';
import { mockFiles, resolveStatic, sendFile } from './static-files.mjs';

/** @typedef {import('./options.mjs').ServeOptions} ServeOptions */

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
    proxies: { scaleway: Boolean(options.upstreams.scaleway), nexigon: Boolean(options.upstreams.nexigon), akamai: Boolean(options.upstreams.akamai) },
  };
}

/**
 * @param {ServeOptions} options
 * @param {{ log?: (line: string) => void }} [hooks]
 */
export function createConsoleServer(options, hooks = {}) {
  const log = hooks.log ?? (() => undefined);
  const headers = securityHeaders(options);
  const hiddenMocks = options.demo ? new Set() : mockFiles(options.dist);
  const indexFile = path.join(options.dist, 'index.html');
  const akamai = loadAkamaiSigner(options.edgercPath, options.edgercSection);
  const upstreams = { ...options.upstreams };
  if (!upstreams.akamai && 'host' in akamai) upstreams.akamai = akamai.host.startsWith('http') ? akamai.host : `https://${akamai.host}`;
  if ('error' in akamai) log(`akamai: ${akamai.error}; /proxy/akamai answers 502 until credentials are available.`);
  const configJs = `window.__IOTC_CONFIG__ = ${JSON.stringify(runtimeConfig({ ...options, upstreams }))};\n`;

  return http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const started = Date.now();
    res.on('finish', () => log(`${req.method} ${url.pathname} ${res.statusCode} ${Date.now() - started}ms`));
    try {
      const proxyMatch = /^\/proxy\/(scaleway|nexigon|akamai)(\/.*)?$/.exec(url.pathname);
      if (proxyMatch) {
        const provider = /** @type {'scaleway'|'nexigon'|'akamai'} */ (proxyMatch[1]);
        const upstream = upstreams[provider];
        if (!upstream) return sendJson(res, 502, provider, `No upstream is configured for ${provider}: start the server with --${provider}-upstream.`);
        if (provider === 'akamai' && 'error' in akamai) return sendJson(res, 502, provider, `Akamai requests cannot be signed: ${akamai.error}.`);
        const rest = (proxyMatch[2] ?? '/') + url.search;
        return await forward(req, res, { upstream, rest, provider, sign: provider === 'akamai' && 'sign' in akamai ? akamai.sign : undefined });
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { ...headers, allow: 'GET, HEAD' });
        return res.end();
      }
      const head = req.method === 'HEAD';
      if (url.pathname === '/config.js') {
        res.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
        return res.end(head ? undefined : configJs);
      }
      if (hiddenMocks.has(url.pathname)) {
        res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
        return res.end(head ? undefined : 'The mock backend is only served with --demo.\n');
      }
      const file = resolveStatic(options.dist, url.pathname);
      if (file) return sendFile(res, file, headers, head);
      // A path with an extension that does not exist is a missing asset, not a page.
      if (path.extname(url.pathname)) {
        res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
        return res.end(head ? undefined : 'Not found\n');
      }
      if (!fs.existsSync(indexFile)) {
        res.writeHead(500, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
        return res.end('dist/index.html is missing: run `npm run build` first.\n');
      }
      return sendFile(res, indexFile, headers, head);
    } catch (error) {
      const status = typeof error === 'object' && error && 'status' in error && typeof error.status === 'number' ? error.status : 500;
      if (!res.headersSent) {
        res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(status === 413 ? 'Request body too large\n' : 'Internal error\n');
      } else res.destroy();
      return undefined;
    }
  });
}
