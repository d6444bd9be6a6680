import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from '../fixtures/a11y-settled';
import { expect, openApp, test } from '../fixtures/app';
import { METER_1 } from '../fixtures/devices';

const DEVICE = `/devices/${METER_1.id}`;

test.describe('Accessibility: devices (axe, no serious or critical violations)', () => {
  for (const [name, path, ready] of [
    ['device list', '/devices', (p: Page) => p.getByRole('table', { name: 'Devices' }).getByRole('row').nth(1).getByRole('link')],
    ['create device', '/devices/new', (p: Page) => p.getByRole('combobox', { name: 'Project' }).getByRole('option', { name: 'Smart meters' })],
    ['device overview', DEVICE, (p: Page) => p.getByRole('table', { name: 'Device details' })],
    ['device certificates', `${DEVICE}?tab=certificates`, (p: Page) => p.getByRole('table', { name: 'Certificates' })],
    ['device connections', `${DEVICE}?tab=connections`, (p: Page) => p.getByRole('table', { name: 'Connections' })],
    ['device events', `${DEVICE}?tab=events`, (p: Page) => p.getByRole('table', { name: 'Events' })],
    ['device properties', `${DEVICE}?tab=properties`, (p: Page) => p.getByRole('table', { name: 'Properties' })],
    ['device audit log', `${DEVICE}?tab=audit`, (p: Page) => p.getByRole('table', { name: 'Audit log' })],
    ['device commands', `${DEVICE}?tab=commands`, (p: Page) => p.getByRole('heading', { level: 2, name: 'System' })],
    ['device tokens', `${DEVICE}?tab=tokens`, (p: Page) => p.getByRole('heading', { level: 2, name: 'Validate a token' })],
  ] as const) {
    test(name, async ({ page }) => {
      await openApp(page, path);
      await expect(ready(page).first()).toBeAttached();
      await expectNoSeriousViolations(page);
    });
  }

  test('dialogs: rename, delete, property editor, certificate revocation, command form', async ({ page }) => {
    await openApp(page, DEVICE);
    await page.getByRole('button', { name: 'Rename' }).click();
    await expect(page.getByRole('dialog', { name: 'Rename device' })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Delete device' }).click();
    await expect(page.getByRole('dialog', { name: 'Delete device' })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: 'Properties' }).click();
    await page.getByRole('button', { name: 'Edit meter.readingIntervalSecs' }).click();
    await expect(page.getByRole('dialog', { name: 'Edit meter.readingIntervalSecs' })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: 'Certificates' }).click();
    const active = page.getByRole('table', { name: 'Certificates' }).getByRole('row').filter({ has: page.getByLabel('Status: Active') });
    await active.getByRole('button', { name: 'Revoke' }).click();
    await expect(page.getByRole('dialog', { name: 'Revoke certificate' })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: 'Commands' }).click();
    await page.getByRole('button', { name: 'Run set-wifi' }).click();
    await expect(page.getByRole('dialog', { name: 'Run set-wifi' }).getByLabel('SSID')).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test('dark theme, list and a device', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await openApp(page, '/devices');
    await expect(page.getByRole('table', { name: 'Devices' }).getByRole('row').nth(1).getByRole('link')).toBeVisible();
    await expectNoSeriousViolations(page);
    await openApp(page, `${DEVICE}?tab=certificates`);
    await expect(page.getByRole('table', { name: 'Certificates' })).toBeVisible();
    await expectNoSeriousViolations(page);
    await context.close();
  });
});
