import { LAB_CA_PEM, LAB_CHALLENGE_PEM } from '../fixtures/certificates.gen';
import { recordCspViolations } from '../fixtures/csp';
import { expect, openApp, test } from '../fixtures/app';

/**
 * Main flows against `npm run serve -- --demo`: the production server with its
 * security headers. Any CSP violation fails the test.
 */
test.describe('served build (--demo)', () => {
  test('sends the security headers', async ({ page }) => {
    const response = await page.goto('/hubs');
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });

  test('hubs: list, create, CA check and metrics without CSP violations', async ({ page }) => {
    const violations = await recordCspViolations(page);
    await openApp(page, '/hubs');
    await expect(page.getByRole('table', { name: 'Hubs' }).getByRole('link', { name: 'lab-sandbox' })).toBeVisible();
    await page.getByRole('link', { name: 'Create hub' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Create hub' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('served-hub');
    await page.getByRole('button', { name: 'Create hub' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'served-hub' })).toBeVisible();
    await page.goto('/hubs/fr-par/c1789ed6-4f5d-4a81-8cb3-344556677889?tab=ca');
    await page.getByLabel('CA certificate (PEM)').fill(LAB_CA_PEM);
    await page.getByLabel('Challenge certificate (PEM)').fill(LAB_CHALLENGE_PEM);
    await page.getByRole('button', { name: 'Set certificate authority' }).click();
    await expect(page.getByRole('table', { name: 'Current certificate authority' })).toContainText('CN=Lab Sandbox Device CA');
    await page.getByRole('tab', { name: 'Metrics' }).click();
    await expect(page.getByRole('img', { name: 'Messages over the last day' })).toBeVisible();
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});
