/**
 * Live panel under load: a Node publisher sends 200-byte messages at a fixed rate for 30 s to a
 * broker of its own, while Playwright watches the panel subscribed to `#`.
 *
 *   npm run bench:live                       # 1,000, 5,000 and 20,000 msg/s, 30 s each
 *   npm run bench:live -- --rates 20000 --duration 10
 *
 * Prints per rate: messages sent and counted by the panel, the longest main-thread task
 * (PerformanceObserver longtask), frames per second, JS heap at the end (page and MQTT worker),
 * and the delay between a click on Pause and the paused state painted. Needs a build (`npm run
 * build`); starts its own `vite preview` and broker on free ports, so it never disturbs `npm start`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import mqtt from 'mqtt';

const { values: args } = parseArgs({
  options: {
    rates: { type: 'string', default: '1000,5000,20000' },
    duration: { type: 'string', default: '30' },
    'payload-bytes': { type: 'string', default: '200' },
    topics: { type: 'string', default: '1000' },
    headed: { type: 'boolean', default: false },
  },
});
const RATES = args.rates.split(',').map(Number);
const DURATION_S = Number(args.duration);
const PAYLOAD_BYTES = Number(args['payload-bytes']);
const TOPICS = Number(args.topics);
const TARGETS = { longTaskMs: 100, fps: 30, heapMb: 300, pauseMs: 100 };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

const children: ChildProcess[] = [];
function start(command: string, argv: string[]): ChildProcess {
  const child = spawn(command, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  return child;
}
function stopAll(): void {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
}
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));

interface Result {
  rate: number;
  sent: number;
  shownAtEnd: number;
  shownAfterDrain: number;
  drainMs: number;
  longestTaskMs: number;
  longTasks: number;
  fps: number;
  pageHeapMb: number;
  workerHeapMb: number | null;
  pauseMs: number;
  load: string;
}

/**
 * Installed before the run: longest task, and rAF count for frames per second. Page scripts are
 * strings because tsx adds helpers (`__name`) to compiled functions that do not exist in the page.
 */
const INSTRUMENT = `(() => {
  const b = (window.__bench = { longest: 0, longTasks: 0, frames: 0, counting: false });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      b.longTasks++;
      b.longest = Math.max(b.longest, e.duration);
    }
  }).observe({ type: 'longtask', buffered: false });
  const tick = () => {
    if (b.counting) b.frames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

async function instrument(page: Page): Promise<void> {
  await page.evaluate(INSTRUMENT);
}

async function receivedCounter(page: Page): Promise<number> {
  const label = (await page.getByRole('group', { name: /^Received: / }).getAttribute('aria-label')) ?? '';
  return Number(label.replace(/^Received: /, '').replace(/[^0-9]/g, ''));
}

/** Click Pause for real; the page notes the click's event time and when the paused badge is first painted. */
async function measurePause(page: Page): Promise<number> {
  await page.evaluate(`(() => {
    const p = (window.__pause = { clickAt: 0, paintedAt: 0 });
    document.addEventListener('pointerdown', (e) => (p.clickAt = e.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (document.querySelector('[aria-label^="View paused"]')) {
        observer.disconnect();
        // The next animation frame is when it reaches the screen.
        requestAnimationFrame(() => (p.paintedAt = performance.now()));
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  })()`);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.waitForFunction('window.__pause.paintedAt > 0');
  const delay = (await page.evaluate('window.__pause.paintedAt - window.__pause.clickAt')) as number;
  await page.getByRole('button', { name: 'Resume' }).click();
  return delay;
}

/** JS heap of the page and of the MQTT worker, through the DevTools protocol. */
async function heaps(page: Page): Promise<{ page: number; worker: number | null }> {
  const cdp = await page.context().newCDPSession(page);
  const pageHeap = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  let workerHeap: number | null = null;
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string }> };
    const worker = targetInfos.find((t) => t.type === 'worker');
    if (worker) {
      const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string };
      workerHeap = await new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => resolve(null), 5000);
        cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
          if (event.sessionId !== sessionId) return;
          const msg = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
          if (msg.id === 1 && msg.result) {
            clearTimeout(timer);
            resolve(msg.result.usedSize);
          }
        });
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }) });
      });
    }
  } catch {
    workerHeap = null;
  }
  await cdp.detach();
  return { page: pageHeap / 1024 / 1024, worker: workerHeap === null ? null : workerHeap / 1024 / 1024 };
}

async function runRate(rate: number, previewUrl: string, wsPort: number, tcpPort: number): Promise<Result> {
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    headless: !args.headed,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${previewUrl}/live`);
  await page.getByRole('heading', { level: 1, name: 'Live MQTT' }).waitFor();
  await page.getByLabel('Broker URL').fill(`ws://127.0.0.1:${wsPort}`);
  await page.getByRole('button', { name: 'Connect' }).click();
  await page.getByRole('status', { name: 'Connection: Connected' }).waitFor({ timeout: 15_000 });
  await page.getByLabel('Topic filter', { exact: true }).fill('#');
  await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
  await page.getByText('Granted QoS 0').waitFor();
  // The list sits in view, as a user watching it would have it.
  await page.getByRole('table', { name: 'Messages' }).scrollIntoViewIfNeeded();
  await instrument(page);

  const publisher = mqtt.connect(`mqtt://127.0.0.1:${tcpPort}`, { clientId: `bench-${rate}`, reconnectPeriod: 0 });
  await new Promise<void>((resolve, reject) => {
    publisher.once('connect', () => resolve());
    publisher.once('error', reject);
  });
  const payload = Buffer.alloc(PAYLOAD_BYTES, 'x');
  const topics = Array.from({ length: TOPICS }, (_, i) => `bench/dev-${String(i).padStart(4, '0')}/telemetry`);
  await page.evaluate('window.__bench.counting = true');
  const started = performance.now();
  let sent = 0;
  let pauseMs = NaN;
  const pauseAt = started + (DURATION_S * 1000) / 2;
  let pausing: Promise<void> | null = null;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const elapsed = performance.now() - started;
      const due = Math.min(Math.floor((elapsed / 1000) * rate), rate * DURATION_S);
      while (sent < due) {
        publisher.publish(topics[sent % TOPICS] as string, payload, { qos: 0 });
        sent++;
      }
      if (!pausing && performance.now() >= pauseAt) pausing = measurePause(page).then((ms) => void (pauseMs = ms));
      if (sent >= rate * DURATION_S) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
  });
  const sendingMs = performance.now() - started;
  await pausing;
  const frames = (await page.evaluate('window.__bench.frames')) as number;
  await page.evaluate('window.__bench.counting = false');
  const shownAtEnd = await receivedCounter(page);
  // Then wait for the panel to catch up (or stop moving) to see whether anything was lost.
  const drainStart = performance.now();
  let shown = shownAtEnd;
  let stableSince = performance.now();
  while (shown < sent && performance.now() - stableSince < 5000 && performance.now() - drainStart < 60_000) {
    await page.waitForTimeout(250);
    const next = await receivedCounter(page);
    if (next !== shown) stableSince = performance.now();
    shown = next;
  }
  const drainMs = performance.now() - drainStart;
  const { longest, longTasks } = (await page.evaluate('({ longest: window.__bench.longest, longTasks: window.__bench.longTasks })')) as { longest: number; longTasks: number };
  const heap = await heaps(page);
  publisher.end(true);
  await browser.close();
  return {
    rate,
    sent,
    shownAtEnd,
    shownAfterDrain: shown,
    drainMs,
    longestTaskMs: longest,
    longTasks,
    fps: frames / (sendingMs / 1000),
    pageHeapMb: heap.page,
    workerHeapMb: heap.worker,
    pauseMs,
    load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) {
    console.error('No build in dist/: run `npm run build` first.');
    process.exit(1);
  }
  const [previewPort, wsPort, tcpPort] = [await freePort(), await freePort(), await freePort()];
  start(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(previewPort), '--strictPort']);
  start(process.execPath, ['scripts/broker.mjs', '--ws-port', String(wsPort), '--tcp-port', String(tcpPort), '--quiet']);
  const previewUrl = `http://127.0.0.1:${previewPort}`;
  await waitForHttp(`${previewUrl}/`);
  await waitForHttp(`http://127.0.0.1:${wsPort}/`);
  console.log(`live bench: ${DURATION_S} s per rate, ${PAYLOAD_BYTES}-byte payloads over ${TOPICS} topics, ${os.cpus().length} CPUs, load before ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  const results: Result[] = [];
  for (const rate of RATES) {
    const r = await runRate(rate, previewUrl, wsPort, tcpPort);
    results.push(r);
    const ok = (b: boolean) => (b ? 'ok ' : 'MISS');
    console.log(
      [
        `\n${rate.toLocaleString()} msg/s  (load avg after: ${r.load})`,
        `  sent ${r.sent.toLocaleString()}, panel counted ${r.shownAtEnd.toLocaleString()} when sending ended, ${r.shownAfterDrain.toLocaleString()} after ${(r.drainMs / 1000).toFixed(1)} s  ${ok(r.shownAfterDrain === r.sent)}`,
        `  longest main-thread task ${r.longestTaskMs.toFixed(0)} ms (${r.longTasks} tasks over 50 ms)  ${ok(r.longestTaskMs <= TARGETS.longTaskMs)}`,
        `  ${r.fps.toFixed(1)} frames/s  ${ok(r.fps >= TARGETS.fps)}`,
        `  JS heap at end: page ${r.pageHeapMb.toFixed(1)} MB, MQTT worker ${r.workerHeapMb === null ? 'n/a' : `${r.workerHeapMb.toFixed(1)} MB`}  ${ok(r.pageHeapMb + (r.workerHeapMb ?? 0) < TARGETS.heapMb)}`,
        `  Pause click to paused state painted: ${r.pauseMs.toFixed(1)} ms  ${ok(r.pauseMs <= TARGETS.pauseMs)}`,
      ].join('\n'),
    );
  }
  stopAll();
  const failed = results.filter((r) => r.rate >= 20_000 && (r.shownAfterDrain !== r.sent || r.longestTaskMs > TARGETS.longTaskMs || r.fps < TARGETS.fps || r.pauseMs > TARGETS.pauseMs));
  if (failed.length) console.log('\nTargets missed at 20,000 msg/s (see above). On a loaded machine, run again.');
}

main().catch((err: unknown) => {
  console.error(err);
  stopAll();
  process.exit(1);
});
