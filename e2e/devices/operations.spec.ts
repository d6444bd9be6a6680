import { expect, test } from '../fixtures/app';
import { openLongestConnectedDevice } from '../fixtures/devices';

test.describe('Device operations', () => {
  test('lists started commands with status and steps, follows them until they settle, and cancels a running one after confirming', async ({ page }) => {
    await openLongestConnectedDevice(page, '?tab=commands');
    await expect(page.getByRole('heading', { level: 2, name: 'Operations' })).toBeVisible();
    await expect(page.getByText('No operations')).toBeVisible();

    // A firmware update takes long enough to watch and cancel.
    await page.getByRole('button', { name: 'Run update-firmware' }).click();
    const dialog = page.getByRole('dialog', { name: 'Run update-firmware' });
    await dialog.getByRole('textbox', { name: 'Version' }).fill('4.3.0');
    await dialog.getByRole('button', { name: 'Run command' }).click();
    await expect(dialog.getByText('Running')).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();

    const table = page.getByRole('table', { name: 'Operations' });
    const firmware = table.getByRole('row').filter({ hasText: 'Run update-firmware' });
    await expect(firmware).toContainText('Running');
    await expect(firmware).toContainText('Step 1 of 1');
    const operationId = (await firmware.getByText(/^d_op_/).textContent()) ?? '';

    await firmware.getByRole('button', { name: `Cancel Run update-firmware (${operationId})` }).click();
    const confirm = page.getByRole('dialog', { name: 'Cancel operation' });
    await expect(confirm).toContainText(`Run update-firmware (${operationId})`);
    const request = page.waitForRequest((r) => r.url().endsWith('/devices_CancelOperation'));
    await confirm.getByRole('button', { name: 'Cancel operation' }).click();
    expect((await request).postDataJSON()).toEqual({ deviceOperationId: operationId });
    await expect(confirm).toBeHidden();
    await expect(firmware).toContainText('Cancelled');
    await expect(firmware).toContainText('cancelled before the device finished');
    await expect(firmware.getByRole('button', { name: /^Cancel / })).toHaveCount(0);

    // A quick command is followed from Running to Succeeded without a reload.
    await page.getByRole('button', { name: 'Run ping' }).click();
    const ping = page.getByRole('dialog', { name: 'Run ping' });
    await ping.getByRole('button', { name: 'Run command' }).click();
    await expect(ping.getByText('Running')).toBeVisible();
    await ping.getByRole('button', { name: 'Close' }).click();
    const pingRow = table.getByRole('row').filter({ hasText: 'Run ping' });
    await expect(pingRow).toContainText('Succeeded');
    await expect(pingRow).toContainText('1 of 1 done');
    await expect(table.getByRole('row')).toHaveCount(3);
  });
});
