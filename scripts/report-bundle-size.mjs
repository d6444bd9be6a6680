// Prints the gzip size of the JS the first route loads (entry + its static
// imports + the lazy overview page at / and its imports), from Vite's manifest,
// and fails the build when it exceeds the budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const BUDGET_KB = 170;
const FIRST_ROUTE_MODULE = 'src/features/overview/pages/OverviewPage.tsx';
const dist = path.resolve('dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));

const seen = new Set();
function collect(key) {
  const entry = manifest[key];
  if (!entry || seen.has(entry.file)) return;
  seen.add(entry.file);
  for (const imp of entry.imports ?? []) collect(imp);
}
collect('index.html');
const entryFiles = new Set(seen);
collect(FIRST_ROUTE_MODULE);
if (!manifest[FIRST_ROUTE_MODULE]) {
  console.error(`bundle report: ${FIRST_ROUTE_MODULE} is not a chunk of the build`);
  process.exit(1);
}

let total = 0;
const rows = [];
for (const file of seen) {
  if (!file.endsWith('.js')) continue;
  const gz = gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
  total += gz;
  rows.push([file, gz, entryFiles.has(file) ? 'entry' : 'first route']);
}
rows.sort((a, b) => b[1] - a[1]);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('\nInitial route JS (gzip):');
for (const [file, gz, why] of rows) console.log(`  ${kb(gz).padStart(9)}  ${file}  (${why})`);
const mockChunks = Object.values(manifest).filter((e) => e.file.includes('browser') || (e.src ?? '').startsWith('mocks/'));
const leaked = rows.some(([file]) => mockChunks.some((m) => m.file === file));
console.log(`  ${kb(total).padStart(9)}  total, budget ${BUDGET_KB} KB${leaked ? '  (!) mock code in the initial route' : ''}\n`);
if (total > BUDGET_KB * 1024) {
  console.error(`The initial route's JS is ${kb(total)} gzip, over the ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
