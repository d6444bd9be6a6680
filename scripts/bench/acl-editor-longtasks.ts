/**
 * Main-thread long tasks (PerformanceObserver "longtask", > 50 ms) while the ACL editor holds
 * 1,000 rules: typing in a rule, then a topic matrix of 10,000 sample topics (beside the rules at
 * 1440 px), typing in a rule while that matrix follows, then a rule focus.
 * Needs the production build served, e.g. `npx vite preview --port 4204`, then:
 *   BASE_URL=http://127.0.0.1:4204 npx tsx scripts/bench/acl-editor-longtasks.ts
 */
import { chromium, type Page } from '@playwright/test';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const CONFIG = '/namespaces/fleet-scale/configurations/xw';

interface LongTask {
  start: number;
  duration: number;
}

async function tasksSince(page: Page, since: number): Promise<LongTask[]> {
  return page.evaluate((t) => (window as unknown as { __longTasks: LongTask[] }).__longTasks.filter((task) => task.start >= t), since);
}

async function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

function describe(label: string, tasks: readonly LongTask[]): string {
  if (tasks.length === 0) return `${label}: no task over 50 ms`;
  const longest = Math.max(...tasks.map((t) => t.duration));
  return `${label}: ${tasks.length} task(s) over 50 ms, longest ${longest.toFixed(0)} ms`;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.addInitScript(() => {
    const tasks: Array<{ start: number; duration: number }> = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  // App start first (bundle, mock worker), then the configuration page by an in-app link.
  await page.goto(`${BASE_URL}${CONFIG.slice(0, CONFIG.indexOf('/configurations'))}`);
  await page.getByRole('link', { name: 'Rest of the world', exact: true }).waitFor();
  await page.waitForTimeout(1000);
  const results: string[] = [describe('app start and namespace page', await tasksSince(page, 0))];

  let t = await now(page);
  await page.getByRole('link', { name: 'Rest of the world', exact: true }).click();
  await page.getByRole('textbox', { name: 'Topic filter of rule 1', exact: true }).waitFor();
  await page.getByText(/No findings|finding/).first().waitFor();
  await page.waitForTimeout(500);
  results.push(describe('opening the configuration: 1,000 rules loaded, editor rendered, first lint', await tasksSince(page, t)));

  t = await now(page);
  const filter = page.getByRole('textbox', { name: 'Topic filter of rule 3', exact: true });
  await filter.click();
  await filter.press('End');
  await page.keyboard.type('/extra/levels/typed/one/by/one', { delay: 30 });
  const subscribers = page.getByRole('combobox', { name: 'Subscribers of rule 3', exact: true });
  await subscribers.click();
  await page.keyboard.type('night-shift', { delay: 30 });
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1000);
  results.push(describe('typing 42 characters into rule 3 (with lint re-runs)', await tasksSince(page, t)));

  t = await now(page);
  // At 1440 px the preview sits beside the rules (no tab to open).
  await page.getByText('Topic matrix', { exact: true }).click();
  await page.getByLabel('How many to generate').fill('10000');
  await page.getByRole('button', { name: 'Generate from the rules' }).click();
  await page.getByText(/^10,000 topics checked in/).waitFor({ timeout: 60_000 });
  const summary = await page.getByText(/^10,000 topics checked in/).textContent();
  results.push(describe(`topic matrix, 1,000 rules x 10,000 topics (${summary})`, await tasksSince(page, t)));

  // Editing a rule while the 10,000-topic matrix beside it follows the unsaved rules.
  t = await now(page);
  const filter5 = page.getByRole('textbox', { name: 'Topic filter of rule 5', exact: true });
  await filter5.click();
  await filter5.press('End');
  await page.keyboard.type('/beside', { delay: 30 });
  await page.getByText(/^10,000 topics checked in/).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1000);
  results.push(describe('typing 7 characters into rule 5 with the 10,000-topic matrix beside', await tasksSince(page, t)));

  t = await now(page);
  await page.getByRole('table', { name: 'Topic matrix' }).getByRole('button', { name: 'Focus on rule 1', exact: true }).first().click();
  await page.getByText(/matches \d+ of 10,000 sample topics\.$/).waitFor({ timeout: 60_000 });
  results.push(describe('rule focus over 10,000 topics', await tasksSince(page, t)));

  console.log(results.join('\n'));
} finally {
  await browser.close();
}
