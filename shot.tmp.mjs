import { chromium } from '@playwright/test';
const [,, path, out, ...actions] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.type() + ': ' + m.text()); });
await page.goto('http://127.0.0.1:4202' + path);
await page.getByRole('heading', { level: 1 }).waitFor();
await page.waitForTimeout(1200);
for (const a of actions) {
  const [kind, ...rest] = a.split(':');
  const arg = rest.join(':');
  if (kind === 'click') await page.getByRole('button', { name: arg }).first().click();
  if (kind === 'tab') await page.getByRole('tab', { name: arg }).click();
  if (kind === 'fill') { const [label, value] = arg.split('='); await page.getByLabel(label, { exact: true }).fill(value); }
  if (kind === 'wait') await page.waitForTimeout(Number(arg));
}
await page.waitForTimeout(800);
await page.screenshot({ path: out, fullPage: true });
console.log(errors.join('\n'));
await browser.close();
