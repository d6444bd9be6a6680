// @ts-check
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

/**
 * Files that make up the mock backend in the build: the msw worker script and
 * every chunk only reachable through the dynamic import of mocks/browser.ts.
 * Without --demo they are not served.
 * @param {string} dist
 * @returns {Set<string>} paths relative to dist, with a leading '/'
 */
export function mockFiles(dist) {
  const files = new Set(['/mockServiceWorker.js']);
  const manifestPath = path.join(dist, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestPath)) return files;
  /** @type {Record<string, { file: string, imports?: string[], dynamicImports?: string[], isEntry?: boolean, isDynamicEntry?: boolean, src?: string }>} */
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  /** @param {string} key @param {Set<string>} seen @param {(k: string) => boolean} skip */
  const closure = (key, seen, skip) => {
    const entry = manifest[key];
    if (!entry || seen.has(key) || skip(key)) return seen;
    seen.add(key);
    for (const k of entry.imports ?? []) closure(k, seen, skip);
    for (const k of entry.dynamicImports ?? []) closure(k, seen, skip);
    return seen;
  };
  const isMockRoot = (/** @type {string} */ k) => k === 'mocks/browser.ts';
  const mockKeys = closure('mocks/browser.ts', new Set(), () => false);
  const appKeys = new Set();
  for (const [key, entry] of Object.entries(manifest)) if (entry.isEntry) closure(key, appKeys, isMockRoot);
  for (const key of mockKeys) if (!appKeys.has(key) && manifest[key]) files.add(`/${manifest[key].file}`);
  return files;
}

/**
 * Resolves a URL path to a file under dist, refusing anything outside it.
 * @param {string} dist @param {string} urlPath
 * @returns {string | null}
 */
export function resolveStatic(dist, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(dist, `.${path.posix.normalize(decoded)}`);
  if (file !== dist && !file.startsWith(dist + path.sep)) return null;
  if (path.relative(dist, file).split(path.sep)[0] === '.vite') return null;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

/**
 * @param {import('node:http').ServerResponse} res @param {string} file @param {Record<string, string>} headers @param {boolean} head
 */
export function sendFile(res, file, headers, head) {
  const ext = path.extname(file);
  const body = fs.readFileSync(file);
  const immutable = file.includes(`${path.sep}assets${path.sep}`);
  res.writeHead(200, {
    ...headers,
    'content-type': TYPES[/** @type {keyof typeof TYPES} */ (ext)] ?? 'application/octet-stream',
    'content-length': String(body.length),
    // Hashed assets never change; the HTML and config must always be fresh.
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  res.end(head ? undefined : body);
}
