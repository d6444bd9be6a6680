import { expect, test } from '../fixtures/app';
import { openApp } from '../fixtures/app';
import { METER_1 } from '../fixtures/devices';

test.describe('Device search boxes in the URL', () => {
  test('typing fast into the device search loses no keystroke, and Back restores the previous text', async ({ page }) => {
    await openApp(page, '/devices');
    const search = page.getByRole('textbox', { name: 'Search' });
    const table = page.getByRole('table', { name: 'Devices' });
    await expect(table.getByRole('row').nth(1)).toBeVisible();

    // No delay between keys: the URL catching up mid-typing must not reset the box to an older prefix.
    await search.pressSequentially('meter-00', { delay: 0 });
    await expect(search).toHaveValue('meter-00');
    await expect(page).toHaveURL(/[?&]q=meter-00(&|$)/);
    // One change, so it is one history entry however loaded the machine is (a pause in typing
    // would rightly make an entry of its own, and Back would stop there).
    await search.fill('meter-0001');
    await expect(search).toHaveValue('meter-0001');
    await expect(page).toHaveURL(/[?&]q=meter-0001(&|$)/);
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table.getByRole('link', { name: METER_1.name })).toBeVisible();

    await page.goBack();
    await expect(search).toHaveValue('meter-00');
    await expect(page).toHaveURL(/[?&]q=meter-00(&|$)/);
    await page.goForward();
    await expect(search).toHaveValue('meter-0001');
    await expect(page).toHaveURL(/[?&]q=meter-0001(&|$)/);
  });

  test('the events and audit log searches follow Back too', async ({ page }) => {
    await openApp(page, `/devices/${METER_1.id}?tab=events`);
    const events = page.getByRole('textbox', { name: 'Search events' });
    await events.pressSequentially('firmware', { delay: 0 });
    await expect(page).toHaveURL(/evq=firmware/);
    // One change, so it is one history entry however loaded the machine is.
    await events.fill('firmware update');
    await expect(events).toHaveValue('firmware update');
    await expect(page).toHaveURL(/evq=firmware(\+|%20)update/);
    await page.goBack();
    await expect(events).toHaveValue('firmware');

    await page.getByRole('tab', { name: 'Audit log' }).click();
    const audit = page.getByRole('textbox', { name: 'Search the audit log' });
    await audit.pressSequentially('certificate', { delay: 0 });
    await expect(audit).toHaveValue('certificate');
    await expect(page).toHaveURL(/aq=certificate/);
    await audit.fill('certificate renewal');
    await expect(page).toHaveURL(/aq=certificate(\+|%20)renewal/);
    await page.goBack();
    await expect(audit).toHaveValue('certificate');
  });
});
