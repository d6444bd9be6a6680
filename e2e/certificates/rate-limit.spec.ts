import { DEVICE_PROBLEMS } from '../../mocks/seed/nexigon-ids';
import { expect, openApp, test } from '../fixtures/app';
import { HVAC_DEVICES, scanStatus, SCOPE, setMockScenarios, waitForScan } from '../fixtures/certificates';

/**
 * Under the mock's `rate-limit` scenario (a request budget per second, past which Nexigon answers
 * 429 RateLimited with Retry-After: mocks/lib/rate-limit.ts), the scan and the bulk actions back
 * off and ask again: nothing fails because of a rate limit, and the progress says what happens.
 */
test.describe('Certificates under a rate limit', () => {
  test.describe.configure({ timeout: 150_000 });

  test('the scan completes with no failed device and shows its progress', async ({ page }) => {
    await openApp(page, `/certificates?${SCOPE}&scenario=rate-limit`);
    await expect(scanStatus(page)).toContainText(new RegExp(`Scanning: [1-9]\\d* of ${HVAC_DEVICES}`));
    const progress = page.getByRole('progressbar', { name: 'Devices scanned' });
    await expect(progress).toHaveAttribute('aria-valuetext', new RegExp(`^[1-9]\\d* of ${HVAC_DEVICES} devices$`));
    await expect(page.getByText(/requests? at a time\./)).toBeVisible();
    await waitForScan(page);
    await expect(progress).toHaveAttribute('aria-valuetext', `${HVAC_DEVICES} of ${HVAC_DEVICES} devices`);
    // The budget was met, and every rate-limited device was asked again.
    await expect(page.getByText(/^The API rate-limited [\d,]+ requests?; each was asked again after a pause\.$/)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Devices that could not be read' })).toBeHidden();
  });

  test('a bulk approval succeeds for every selected certificate', async ({ page }) => {
    await openApp(page, `/certificates?${SCOPE}&kind=device&status=pending&q=hvac-000&scenario=rate-limit`);
    await waitForScan(page);
    // A tight budget from here on (2 requests a second), so the approval surely meets it.
    await setMockScenarios(page, 'rate-limit:2');
    const table = page.getByRole('table', { name: 'Certificates' });
    const count = DEVICE_PROBLEMS.pendingRollout.filter((d) => d.name?.startsWith('hvac-000')).length;
    await expect(table.getByRole('row')).toHaveCount(count + 1);
    await page.getByRole('checkbox', { name: 'Select the device certificates on this page' }).check();
    await page.getByRole('button', { name: `Approve pending (${count})` }).click();
    await page.getByRole('dialog', { name: `Approve ${count} certificates` }).getByRole('button', { name: `Approve ${count}` }).click();

    await expect(page.getByRole('progressbar', { name: 'Approve progress' })).toBeVisible();
    await expect(page.getByRole('heading', { name: `Approve: ${count} of ${count} done` })).toBeVisible({ timeout: 60_000 });
    const results = page.getByRole('table', { name: 'Approve results' });
    await expect(results.getByRole('row').filter({ hasText: 'Done' })).toHaveCount(count);
    await expect(results.getByRole('row').filter({ hasText: 'Failed' })).toHaveCount(0);
    const summary = page.getByRole('region', { name: `Approve: ${count} of ${count} done` });
    await expect(summary.getByText(/^The API rate-limited [\d,]+ requests?; each was asked again after a pause\.$/)).toBeVisible();
    await expect(summary.getByRole('button', { name: 'Retry failed' })).toBeHidden();
  });
});
