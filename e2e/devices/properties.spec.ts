import { expect, test } from '../fixtures/app';
import { METER_1, openDevice } from '../fixtures/devices';

test.describe('Device properties', () => {
  test('lists with protected ones marked, views, edits, adds and removes', async ({ page }) => {
    await openDevice(page, METER_1, '?tab=properties');
    const table = page.getByRole('table', { name: 'Properties' });
    await expect(table.getByRole('row').filter({ hasText: 'dev.nexigon.ota.config' })).toContainText('Protected');
    await expect(table.getByRole('row').filter({ hasText: 'fleet.labels' })).not.toContainText('Protected');

    await page.getByRole('button', { name: 'View fleet.site' }).click();
    const view = page.getByRole('dialog', { name: 'Property fleet.site' });
    await expect(view.getByLabel('Value', { exact: true })).toContainText('"site": "Rotterdam"');
    await view.getByRole('button', { name: 'Close' }).click();

    // An edit is a compare-and-swap against the version the user saw.
    const interval = table.getByRole('row').filter({ hasText: 'meter.readingIntervalSecs' });
    await expect(interval.getByRole('cell').nth(2)).toHaveText('10');
    const request = page.waitForRequest((r) => r.url().endsWith('/devices_SetProperty'));
    await page.getByRole('button', { name: 'Edit meter.readingIntervalSecs' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit meter.readingIntervalSecs' });
    await expect(edit).toContainText('Version 10');
    await edit.getByLabel('Value (JSON)').fill('{not json');
    await edit.getByRole('button', { name: 'Save property' }).click();
    await expect(edit.getByText('Not valid JSON')).toBeVisible();
    await edit.getByLabel('Value (JSON)').fill('600');
    await edit.getByRole('button', { name: 'Save property' }).click();
    expect((await request).postDataJSON()).toEqual({ deviceId: METER_1.id, name: 'meter.readingIntervalSecs', value: 600, protected: false, expectedVersion: 10 });
    await expect(edit).toBeHidden();
    await expect(interval.getByRole('cell').nth(1)).toHaveText('600');
    await expect(interval.getByRole('cell').nth(2)).toHaveText('11');

    await page.getByRole('button', { name: 'Add property' }).click();
    const add = page.getByRole('dialog', { name: 'Add property' });
    await add.getByLabel('Name').fill('fleet.labels');
    await expect(add.getByText('This device already has a property with this name')).toBeVisible();
    await expect(add.getByRole('button', { name: 'Add property' })).toBeDisabled();
    await add.getByLabel('Name').fill('fleet.owner');
    await add.getByLabel('Value (JSON)').fill('{"team": "ops", "note": "<b>bold</b>"}');
    await add.getByRole('checkbox', { name: 'Protected' }).check();
    await add.getByRole('button', { name: 'Add property' }).click();
    const owner = table.getByRole('row').filter({ hasText: 'fleet.owner' });
    await expect(owner).toContainText('Protected');
    await expect(owner).toContainText('{"team":"ops","note":"<b>bold</b>"}');

    await page.getByRole('button', { name: 'Remove fleet.owner' }).click();
    const remove = page.getByRole('dialog', { name: 'Remove property' });
    await expect(remove).toContainText('fleet.owner');
    await remove.getByRole('button', { name: 'Remove property' }).click();
    await expect(owner).toHaveCount(0);
  });

  test('on a version conflict shows the server value beside the edit and lets the user choose', async ({ page }) => {
    await openDevice(page, METER_1, '?tab=properties&scenario=property-conflict');
    const table = page.getByRole('table', { name: 'Properties' });
    await page.getByRole('button', { name: 'Edit meter.readingIntervalSecs' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit meter.readingIntervalSecs' });
    await edit.getByLabel('Value (JSON)').fill('600');
    await edit.getByRole('button', { name: 'Save property' }).click();

    // Someone else wrote version 11 (300 -> 301) first: nothing is overwritten, both values are shown.
    const clash = edit.getByRole('alert').filter({ hasText: 'Changed by someone else' });
    await expect(clash).toContainText('The server now has version 11');
    await expect(clash.getByLabel('Current server value (version 11)', { exact: true })).toHaveText('301');
    await expect(clash.getByLabel('Your edit', { exact: true })).toHaveText('600');
    await expect(table.getByRole('row').filter({ hasText: 'meter.readingIntervalSecs' }).getByRole('cell').nth(1)).not.toHaveText('600');

    const request = page.waitForRequest((r) => r.url().endsWith('/devices_SetProperty'));
    await clash.getByRole('button', { name: 'Overwrite with my edit' }).click();
    expect((await request).postDataJSON()).toMatchObject({ value: 600, expectedVersion: 11 });
    await expect(edit).toBeHidden();
    const row = table.getByRole('row').filter({ hasText: 'meter.readingIntervalSecs' });
    await expect(row.getByRole('cell').nth(1)).toHaveText('600');
    await expect(row.getByRole('cell').nth(2)).toHaveText('12');

    // The other way out: take the server's value and keep editing from there.
    await page.getByRole('button', { name: 'Edit fleet.maintenanceMode' }).click();
    const second = page.getByRole('dialog', { name: 'Edit fleet.maintenanceMode' });
    await second.getByLabel('Value (JSON)').fill('"scheduled"');
    await second.getByRole('button', { name: 'Save property' }).click();
    await expect(second.getByLabel('Current server value (version 7)', { exact: true })).toHaveText('true');
    await second.getByRole('button', { name: 'Use the server value' }).click();
    await expect(second.getByLabel('Value (JSON)')).toHaveValue('true');
    await expect(second).toContainText('Version 7');
    await second.getByRole('button', { name: 'Cancel' }).click();
    await second.getByRole('button', { name: 'Discard edit' }).click();
    await expect(table.getByRole('row').filter({ hasText: 'fleet.maintenanceMode' }).getByRole('cell').nth(1)).toHaveText('true');
  });

  test('when the property was removed meanwhile, offers to re-create it', async ({ page }) => {
    await openDevice(page, METER_1, '?tab=properties&scenario=property-deleted');
    await page.getByRole('button', { name: 'Edit fleet.labels' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit fleet.labels' });
    await edit.getByLabel('Value (JSON)').fill('["eu-west", "retrofit"]');
    await edit.getByRole('button', { name: 'Save property' }).click();
    const gone = edit.getByRole('alert').filter({ hasText: 'This property was removed meanwhile' });
    await expect(gone.getByLabel('Your edit', { exact: true })).toContainText('retrofit');
    await gone.getByRole('button', { name: 'Re-create it with my edit' }).click();
    await expect(edit).toBeHidden();
    const row = page.getByRole('table', { name: 'Properties' }).getByRole('row').filter({ hasText: 'fleet.labels' });
    await expect(row.getByRole('cell').nth(1)).toHaveText('["eu-west","retrofit"]');
    await expect(row.getByRole('cell').nth(2)).toHaveText('1');
  });
});
