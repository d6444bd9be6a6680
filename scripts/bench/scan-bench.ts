/**
 * The certificate scan against the mock backend, in Node (msw/node, the same handlers and
 * latency as the browser's mock): the real scan store, adaptive pool, Nexigon client and
 * transport, over the whole seeded fleet (2,400 devices).
 *
 *   npm run bench:scan                         # no rate limit, then ?scenario=rate-limit
 *   npm run bench:scan -- --baseline          # also the old fixed pool of 6, for comparison
 *   npm run bench:scan -- --scenarios rate-limit:20
 *
 * Prints per run: the duration (and this process's CPU time: on a busy machine the mock's own work
 * in Node, not the pool, can set the pace), the requests the scan made, the 429s it met, the devices
 * that failed, and the highest concurrency reached. Targets (issue 16): under 20 s with no
 * rate limit, and no failed device under `rate-limit`.
 */
import { setMaxListeners } from 'node:events';
import { parseArgs } from 'node:util';
// msw 3 needs ES2025 built-ins Node 20 lacks; the unit tests load the same polyfills.
import '../../src/test/polyfills';
import { listDeviceCertificates } from '../../src/api/nexigon/client';
import { createScanStore, type ScanPoolOptions } from '../../src/api/nexigon/device-scan';
import { fetchFleet } from '../../src/api/nexigon/queries';
import { setScenarios } from '../../src/lib/mock-scenario';
import { createMockServer } from '../../mocks/node';

const { values: args } = parseArgs({
  options: {
    scenarios: { type: 'string', default: 'none,rate-limit' },
    baseline: { type: 'boolean', default: false },
  },
});

/** The scenarios live in sessionStorage in the browser; Node has none, so a small one stands in. */
function installSessionStorage(): void {
  const data = new Map<string, string>();
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, String(v)),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
  Object.defineProperty(globalThis, 'sessionStorage', { value: storage, configurable: true });
}

interface Row {
  run: string;
  devices: number;
  seconds: string;
  /** This process's CPU time over the run: near `seconds` means the machine, not the pool, set the pace. */
  cpuSeconds: string;
  requests: number;
  rateLimited: number;
  failed: number;
  peakConcurrency: number;
}

async function main(): Promise<void> {
  // Node's fetch keeps an abort listener per request on the scan's one signal until it is collected;
  // a browser does not warn about it, and thousands of warnings would bury the figures.
  setMaxListeners(20_000);
  installSessionStorage();
  const server = createMockServer();
  server.listen({ onUnhandledFrame: 'error' });
  let requests = 0;
  let limited = 0;
  let inFlight = 0;
  let peak = 0;
  server.events.on('request:start', () => {
    requests++;
    peak = Math.max(peak, ++inFlight);
  });
  server.events.on('response:mocked', ({ response }) => {
    inFlight--;
    if (response.status === 429) limited++;
  });

  const fleet = await fetchFleet();
  const devices = fleet.devices.map((d) => ({ deviceId: d.deviceId, name: d.name ?? d.deviceId, project: d.projectName }));
  const runs: Array<{ name: string; scenario: string; pool: ScanPoolOptions }> = [];
  if (args.baseline) runs.push({ name: 'fixed pool of 6 (before)', scenario: 'none', pool: { initial: 6, max: 6 } });
  for (const scenario of args.scenarios.split(',')) runs.push({ name: `adaptive, scenario=${scenario}`, scenario, pool: {} });

  const rows: Row[] = [];
  for (const run of runs) {
    setScenarios([run.scenario]);
    // Let a previous run's bucket refill: every run starts with the full budget.
    await new Promise((r) => setTimeout(r, 1500));
    requests = limited = peak = inFlight = 0;
    const store = createScanStore(run.pool);
    const started = performance.now();
    const cpu = process.cpuUsage();
    await store.start('bench', devices, (deviceId, signal) => listDeviceCertificates({ deviceId, signal }));
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const snapshot = store.get('bench');
    rows.push({
      run: run.name,
      devices: snapshot?.total ?? 0,
      seconds: seconds.toFixed(1),
      cpuSeconds: ((used.user + used.system) / 1e6).toFixed(1),
      requests,
      rateLimited: limited,
      failed: snapshot?.failures.length ?? -1,
      peakConcurrency: peak,
    });
    console.log(rows.at(-1));
  }
  server.close();
  console.table(rows);
}

void main();
