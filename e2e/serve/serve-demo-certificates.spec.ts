import { recordCspViolations } from '../fixtures/csp';
import { expect, openApp, test } from '../fixtures/app';

/** The Certificates page under the production server's CSP (`npm run serve -- --demo`): any violation fails. */
test.describe('served build (--demo): certificates', () => {
  // Each test scans a 400-device project (a few seconds alone, more on a busy CI machine).
  test.describe.configure({ timeout: 150_000 });

  test('scan, chart, filters, bulk approval and CSV export without CSP violations', async ({ page }) => {
    const violations = await recordCspViolations(page);
    await openApp(page, '/certificates?project=p_5Nv1bR8hKx4CwJ9pZt2Gm6&q=hvac-0003');
    await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /devices scanned/ })).toContainText('Scan complete: 400 of 400', { timeout: 90_000 });
    await expect(page.getByRole('img', { name: /Expiry timeline, next 90 days/ })).toBeVisible();
    // The hub CA is parsed in the browser (X.509 over WebCrypto).
    await page.getByLabel('Kind').selectOption('hub-ca');
    await page.getByLabel('Search').fill('');
    await expect(page.getByRole('table', { name: 'Certificates' })).toContainText('smart-meters-prod');
    await page.getByLabel('Kind').selectOption('device');
    await page.getByLabel('Search').fill('hvac-0003');
    await page.getByLabel('Status').selectOption('pending');
    // Wait for this view (the hub CA view before it also had one row).
    // The parameters' order depends on which update landed first: compare them, not the string.
    await expect
      .poll(() => {
        const params = new URL(page.url()).searchParams;
        return ['kind', 'q', 'status'].map((name) => params.get(name)).join(' ');
      })
      .toBe('device hvac-0003 pending');
    await expect(page.getByRole('table', { name: 'Certificates' }).getByRole('row')).toHaveCount(2);
    await expect(page.getByRole('table', { name: 'Certificates' })).toContainText('hvac-0003');
    await page.getByRole('checkbox', { name: 'Select the device certificates on this page' }).check();
    await page.getByRole('button', { name: 'Approve pending (1)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Approve 1 certificate' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Approve 1' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Approve: 1 of 1 done' })).toBeVisible();
    await page.getByLabel('Status').selectOption('active');
    await expect(page.getByRole('table', { name: 'Certificates' }).getByRole('row')).toHaveCount(3);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(await violations()).toEqual([]);
  });
});
