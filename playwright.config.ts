import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * e2e tests drive the production build (vite preview) in Chromium against the
 * msw worker and the real local MQTT broker. Debian's Chromium is used when
 * present, because Playwright cannot download its own browser on these machines.
 */
const systemChromium = '/usr/bin/chromium';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(systemChromium) ? systemChromium : undefined);
/** Distinct ports let several checkouts run their suites side by side. */
export const PREVIEW_PORT = Number(process.env.E2E_PORT ?? 4173);
export const E2E_BROKER_WS_PORT = Number(process.env.E2E_BROKER_WS_PORT ?? 9101);
/** `npm run serve -- --demo`: the production server, its CSP and the mock backend. */
export const SERVE_PORT = Number(process.env.E2E_SERVE_PORT ?? PREVIEW_PORT + 17);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: true,
  // One retry, with a trace, so a flake is visible in the report instead of silently failing CI.
  retries: 1,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PREVIEW_PORT}`,
    trace: 'on-first-retry',
    serviceWorkers: 'allow',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /serve[\\/]/, use: { ...devices['Desktop Chrome'], channel: undefined } },
    { name: 'serve-demo', testMatch: /serve[\\/]serve-demo.*\.spec\.ts/, use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${SERVE_PORT}` } },
    // `npm run serve` through the proxy, with and without sign-in: these specs start their own
    // servers (console, OpenID provider, fake APIs) on free loopback ports, one set per worker.
    { name: 'serve-proxy', testMatch: /serve[\\/]serve-(oidc|proxy).*\.spec\.ts/, use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${PREVIEW_PORT} --strictPort`,
      url: `http://127.0.0.1:${PREVIEW_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve.mjs --demo --port ${SERVE_PORT} --broker ws://127.0.0.1:${E2E_BROKER_WS_PORT}`,
      url: `http://127.0.0.1:${SERVE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The e2e broker, with the device simulator at a fixed, gentle rate and seed. The live
      // specs fill the panel's Broker URL with ws://127.0.0.1:E2E_BROKER_WS_PORT.
      command: `node scripts/broker.mjs --ws-port ${E2E_BROKER_WS_PORT} --tcp-port 0 --simulator --rate 20 --seed e2e --quiet`,
      url: `http://127.0.0.1:${E2E_BROKER_WS_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
