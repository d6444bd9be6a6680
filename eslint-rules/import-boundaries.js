// @ts-check
/**
 * Import-boundary rules for this repository, as a local ESLint plugin.
 *
 * Why not eslint-plugin-import-x: every recent version depends on unrs-resolver,
 * whose platform bindings are partly missing from the npm registry these
 * machines use, which leaves package-lock.json incomplete and breaks `npm ci`.
 * Our imports are plain relative paths, so resolving them is simple.
 *
 * - boundaries/no-restricted-paths: zones { target, from, except?, message }
 *   (paths relative to the repository root) as in import-x.
 * - boundaries/no-cycle: static, value (non-type) imports must not form a cycle.
 */
import fs from 'node:fs';
import path from 'node:path';

const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs', '.jsx'];

/** @param {string} base */
function resolveFile(base) {
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return base;
  for (const ext of EXTENSIONS) if (fs.existsSync(base + ext)) return base + ext;
  for (const ext of EXTENSIONS) {
    const index = path.join(base, `index${ext}`);
    if (fs.existsSync(index)) return index;
  }
  return null;
}

/** @param {string} fromFile @param {string} spec */
function resolveImport(fromFile, spec) {
  if (!spec.startsWith('.')) return null;
  return resolveFile(path.resolve(path.dirname(fromFile), spec));
}

/** @param {string} child @param {string} parent */
function isInside(child, parent) {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** @param {(node: any, spec: string, isType: boolean, isDynamic: boolean) => void} visit */
function importVisitors(visit) {
  /** @param {any} node @param {boolean} isType */
  const onSource = (node, isType) => {
    if (node.source && typeof node.source.value === 'string') visit(node.source, node.source.value, isType, false);
  };
  return {
    /** @param {any} node */
    ImportDeclaration: (node) => onSource(node, node.importKind === 'type' || (node.specifiers.length > 0 && node.specifiers.every((/** @type {any} */ s) => s.importKind === 'type'))),
    /** @param {any} node */
    ExportNamedDeclaration: (node) => onSource(node, node.exportKind === 'type'),
    /** @param {any} node */
    ExportAllDeclaration: (node) => onSource(node, node.exportKind === 'type'),
    /** @param {any} node */
    ImportExpression: (node) => {
      if (node.source.type === 'Literal' && typeof node.source.value === 'string') visit(node.source, node.source.value, false, true);
    },
  };
}

/** @type {import('eslint').Rule.RuleModule} */
const noRestrictedPaths = {
  meta: { type: 'problem', schema: [{ type: 'object', properties: { zones: { type: 'array' } }, additionalProperties: false }] },
  create(context) {
    const root = context.cwd;
    /** @type {Array<{target: string | string[], from: string | string[], except?: string[], message?: string}>} */
    const zones = context.options[0]?.zones ?? [];
    const file = context.filename;
    const list = (/** @type {string | string[]} */ v) => (Array.isArray(v) ? v : [v]).map((p) => path.resolve(root, p));
    const active = zones.filter((z) => list(z.target).some((t) => isInside(file, t)));
    if (active.length === 0) return {};
    return importVisitors((node, spec) => {
      const target = resolveImport(file, spec);
      if (!target) return;
      for (const zone of active) {
        for (const from of list(zone.from)) {
          if (!isInside(target, from)) continue;
          const excepted = (zone.except ?? []).some((e) => isInside(target, path.resolve(from, e)));
          if (excepted) continue;
          context.report({ node, message: `Unexpected import of '${spec}'. ${zone.message ?? ''}`.trim() });
          return;
        }
      }
    });
  },
};

/** file -> value imports (absolute paths); rebuilt per lint run. */
const graphCache = new Map();
const IMPORT_RE = /^\s*(import|export)\s+(type\s+)?([^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** @param {string} file */
function valueImportsOf(file) {
  if (graphCache.has(file)) return graphCache.get(file);
  /** @type {string[]} */
  const out = [];
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    graphCache.set(file, out);
    return out;
  }
  for (const m of text.matchAll(IMPORT_RE)) {
    if (m[2]) continue; // import type / export type
    const clause = m[3] ?? '';
    if (/^\s*\{[^}]*\}\s+from\s+$/.test(clause) && /^\s*\{(\s*type\s+[^,}]+,?)+\s*\}/.test(clause)) continue;
    if (m[1] === 'export' && !m[3]) continue;
    const resolved = resolveImport(file, m[4] ?? '');
    if (resolved) out.push(resolved);
  }
  graphCache.set(file, out);
  return out;
}

/** @type {import('eslint').Rule.RuleModule} */
const noCycle = {
  meta: { type: 'problem', schema: [{ type: 'object', properties: { maxDepth: { type: 'number' } }, additionalProperties: false }] },
  create(context) {
    const file = context.filename;
    const maxDepth = context.options[0]?.maxDepth ?? 20;
    return importVisitors((node, spec, isType, isDynamic) => {
      if (isType || isDynamic) return;
      const start = resolveImport(file, spec);
      if (!start) return;
      // Breadth-first search from the imported module back to this file.
      const seen = new Set([start]);
      /** @type {Array<[string, string[]]>} */
      let frontier = [[start, [start]]];
      for (let depth = 0; depth < maxDepth && frontier.length; depth++) {
        /** @type {Array<[string, string[]]>} */
        const next = [];
        for (const [current, trail] of frontier) {
          for (const dep of valueImportsOf(current)) {
            if (dep === file) {
              const chain = [file, ...trail, file].map((f) => path.relative(context.cwd, f)).join(' -> ');
              context.report({ node, message: `Dependency cycle: ${chain}` });
              return;
            }
            if (!seen.has(dep)) {
              seen.add(dep);
              next.push([dep, [...trail, dep]]);
            }
          }
        }
        frontier = next;
      }
    });
  },
};

export default { meta: { name: 'boundaries' }, rules: { 'no-restricted-paths': noRestrictedPaths, 'no-cycle': noCycle } };
