import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from '../fixtures/app';
import { seriousA11yViolations } from '../fixtures/axe';
import { SCOPE, waitForScan } from '../fixtures/certificates';


/** Presses Tab until `target` has the focus (a keyboard user's way there), failing after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.describe('Certificates accessibility', () => {
  // Each test scans a 400-device project (a few seconds alone, more on a busy CI machine).
  test.describe.configure({ timeout: 150_000 });

  test('no serious or critical axe violations, with results, a bulk result and the confirm dialog', async ({ page }) => {
    await openApp(page, `/certificates?${SCOPE}&q=hvac-0001`);
    await waitForScan(page);
    await expect(page.getByRole('table', { name: 'Certificates' })).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('checkbox', { name: 'Select the device certificates on this page' }).check();
    await page.getByRole('button', { name: /^Approve pending \(1\)$/ }).click();
    await expect(page.getByRole('dialog', { name: 'Approve 1 certificate' })).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Approve 1' }).click();
    await expect(page.getByRole('heading', { name: 'Approve: 1 of 1 done' })).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test('filter, select and bulk approve with the keyboard alone', async ({ page }) => {
    await openApp(page, `/certificates?${SCOPE}`);
    await waitForScan(page);
    const status = page.getByRole('combobox', { name: 'Status' });
    await status.focus();
    await page.keyboard.type('Pending');
    await expect(page).toHaveURL(/status=pending/);
    await tabTo(page, page.getByRole('textbox', { name: 'Search' }));
    await page.keyboard.type('hvac-0002');
    await expect(page).toHaveURL(/q=hvac-0002/);
    const table = page.getByRole('table', { name: 'Certificates' });
    await expect(table.getByRole('row')).toHaveCount(2);

    const rowBox = table.getByRole('checkbox', { name: /^Select certificate .* of hvac-0002$/ });
    await tabTo(page, rowBox);
    await page.keyboard.press('Space');
    await expect(rowBox).toBeChecked();
    await expect(page.getByText('1 selected')).toBeVisible();

    // Back up to the bulk action (Shift+Tab), then confirm from the keyboard.
    const approve = page.getByRole('button', { name: 'Approve pending (1)' });
    for (let i = 0; i < 20 && !(await approve.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
    await expect(approve).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Approve 1 certificate' });
    await expect(dialog).toBeVisible();
    await tabTo(page, dialog.getByRole('button', { name: 'Approve 1' }), 10);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Approve: 1 of 1 done' })).toBeVisible();
    // The pending filter now shows nothing for this device.
    await expect(page.getByText('No certificate matches the filters')).toBeVisible();
  });
});
