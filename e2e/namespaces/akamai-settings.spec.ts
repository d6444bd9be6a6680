import { expect, openApp, test } from '../fixtures/app';

test.describe('Settings, Akamai: no Direct mode', () => {
  test('offers only Mock and Via server proxy, and says why', async ({ page }) => {
    await openApp(page, '/settings');
    const form = page.getByRole('form', { name: 'Akamai IoT Edge Connect' });
    await expect(form.getByText('Mock', { exact: true })).toBeVisible();
    await expect(form.getByText('Via server proxy', { exact: true })).toBeVisible();
    await expect(form.getByText('Direct', { exact: true })).toHaveCount(0);
    await expect(form).toContainText('signed with EdgeGrid using a client secret, and that secret must never reach a browser');
    // The other providers keep Direct.
    await expect(page.getByRole('form', { name: 'Scaleway' }).getByText('Direct', { exact: true })).toBeVisible();
  });

  test('a stored Akamai Direct profile falls back to the proxy, with a notice until it is saved', async ({ page }) => {
    await openApp(page, '/settings');
    await page.evaluate(() => localStorage.setItem('iotc.profiles.v1', JSON.stringify({ akamai: { mode: 'direct', baseUrl: 'https://akab-x.luna.akamaiapis.net' } })));
    await page.reload();
    const form = page.getByRole('form', { name: 'Akamai IoT Edge Connect' });
    const notice = form.getByRole('status').filter({ hasText: 'Your saved Akamai IoT Edge Connect profile used Direct' });
    await expect(notice).toContainText('the console uses Via server proxy instead');
    await expect(form.getByRole('radio', { name: 'Via server proxy' })).toBeChecked();

    // Saving keeps the proxy; the notice goes.
    await form.getByLabel('Project ID').fill('edge-1');
    await form.getByRole('button', { name: 'Save Akamai IoT Edge Connect profile' }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('form', { name: 'Akamai IoT Edge Connect' }).getByRole('radio', { name: 'Via server proxy' })).toBeChecked();
    await expect(page.getByText('profile used Direct')).toHaveCount(0);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('iotc.profiles.v1') ?? '{}').akamai.mode as string)).toBe('proxy');
  });
});
