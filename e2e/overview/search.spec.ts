import { seriousA11yViolations } from '../fixtures/axe';
import { expect, openApp, test } from '../fixtures/app';

/** The global search palette (Ctrl/Cmd+K, `/`, or the header's Search button). */
test.describe('Global search', () => {
  test('keyboard only: Ctrl+K, part of a device name, Enter opens the device; it comes back as a recent', async ({ page }) => {
    await openApp(page, '/');
    await page.keyboard.press('Control+k');
    const search = page.getByRole('textbox', { name: 'Search the console' });
    await expect(search).toBeFocused();
    await page.keyboard.type('meter-0001');
    const first = page.getByRole('button', { name: /meter-0001/ }).first();
    await expect(first).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/devices\/d_/);
    await expect(page.getByRole('heading', { level: 1, name: 'meter-0001' })).toBeVisible();

    // `/` opens it again (not while typing in a field); an empty query lists the recent first.
    await page.locator('body').press('/');
    await expect(search).toBeFocused();
    const dialog = page.getByRole('dialog', { name: 'Search the console' });
    await expect(dialog.getByRole('group', { name: 'Recent' }).getByRole('button', { name: /meter-0001/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(search).toBeHidden();
  });

  test('groups results by area, and an action goes to its page', async ({ page }) => {
    await openApp(page, '/hubs');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Search the console' })).toBeFocused();
    await page.keyboard.type('par');
    const dialog = page.getByRole('dialog', { name: 'Search the console' });
    await expect(dialog.getByRole('group', { name: 'Hubs' }).getByRole('button', { name: /fleet-telemetry-par/ })).toBeVisible();
    await expect(dialog.getByRole('group', { name: 'Load balancers' }).getByRole('button', { name: /mqtt-ingress-par/ })).toBeVisible();
    await page.getByRole('textbox', { name: 'Search the console' }).fill('create load');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Create load balancer' })).toBeVisible();
  });

  test('typing `/` in a field does not open it', async ({ page }) => {
    await openApp(page, '/devices');
    await page.getByLabel('Search', { exact: true }).fill('a/b');
    await expect(page.getByRole('textbox', { name: 'Search the console' })).toHaveCount(0);
  });

  test('axe finds no serious violation in the open palette', async ({ page }) => {
    await openApp(page, '/');
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('textbox', { name: 'Search the console' })).toBeFocused();
    await page.keyboard.type('meter-000');
    await expect(page.getByRole('button', { name: /meter-0001/ })).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
