import { expect, openApp, test } from '../fixtures/app';

const TOKEN = '0d6f1c2e-3b4a-4c5d-8e9f-a0b1c2d3e4f5';

test.describe('Hubs keep the token secret', () => {
  test('the token never shows in URLs, console output or localStorage unless remembered', async ({ page, consoleMessages }) => {
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await openApp(page, '/settings');
    const form = page.getByRole('form', { name: 'Scaleway' });
    await form.getByLabel('API secret key (X-Auth-Token)').fill(TOKEN);
    await form.getByRole('button', { name: 'Save Scaleway profile' }).click();
    // Exercise error paths too: a failing API must not echo the token anywhere.
    await page.goto('/hubs?scenario=unauthorized');
    await expect(page.getByRole('alert').filter({ hasText: 'Could not load the hubs' })).toBeVisible();
    await page.goto('/hubs?scenario=none');
    await expect(page.getByRole('link', { name: 'lab-sandbox' })).toBeVisible();
    expect(urls.filter((u) => u.includes(TOKEN))).toEqual([]);
    expect(consoleMessages.filter((m) => m.includes(TOKEN))).toEqual([]);
    const local = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(local).not.toContain(TOKEN);
    expect(await page.evaluate(() => sessionStorage.getItem('iotc.token.scaleway'))).toBe(TOKEN);
  });
});

test.describe('Hubs from the keyboard alone', () => {
  test('creates a hub and opens it without a mouse', async ({ page }) => {
    await openApp(page, '/hubs');
    await page.getByRole('link', { name: 'Create hub' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Create hub' })).toBeVisible();
    // Tab from the top of the form: project id (pre-filled), then name.
    await page.getByRole('textbox', { name: 'Project ID' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
    await page.keyboard.type('keyboard-hub');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Product plan' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('combobox', { name: 'Product plan' })).toHaveValue('Dedicated');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: 'Disable events' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Events topic prefix' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Create hub' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'keyboard-hub' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Hub details' })).toContainText('Dedicated');
    // The API refuses to delete a hub that is still enabling (transient_state): wait until it is ready.
    await expect(page.getByLabel('Status: Ready').first()).toBeVisible({ timeout: 10_000 });

    // Tabs switch with the arrow keys, and the delete dialog works from the keyboard.
    await page.getByRole('tab', { name: 'Overview' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Settings' })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('button', { name: 'Delete hub' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Delete hub' });
    await expect(dialog.getByLabel('Type "keyboard-hub" to confirm')).toBeFocused();
    await page.keyboard.type('keyboard-hub');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Hubs' })).toBeVisible();
  });
});
