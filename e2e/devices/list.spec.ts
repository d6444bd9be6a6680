import { expect, openApp, test } from '../fixtures/app';
import { UNNAMED } from '../fixtures/devices';

test.describe('Device list', () => {
  test('shows the fleet with every column, filters by text, project and online state, sorts, and keeps it all in the URL', async ({ page }) => {
    await openApp(page, '/devices');
    await expect(page.getByRole('status').filter({ hasText: '2,400 devices' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Devices' });
    for (const header of ['Name or ID', 'Project', 'State', 'Last connected', 'Connected for', 'Certificates']) {
      await expect(table.getByRole('columnheader', { name: header })).toBeVisible();
    }
    // Virtualised: the table knows all rows, the DOM holds only those in view.
    await expect(table).toHaveAttribute('aria-rowcount', '2401');
    expect(await table.getByRole('row').count()).toBeLessThan(80);

    await page.getByLabel('Search').fill('meter-000');
    await expect(page.getByRole('status').filter({ hasText: '9 of 2,400 devices match' })).toBeVisible();
    await expect(page).toHaveURL(/q=meter-000/);
    await expect(table.getByRole('row', { name: /meter-0001/ })).toContainText('Smart meters');

    await page.getByLabel('Search').fill('');
    await page.getByLabel('Project').selectOption({ label: 'Cold chain' });
    await expect(page).toHaveURL(/project=p_3Hf8pZ2cNw6QkV1tXm5Rb7/);
    await expect(page.getByRole('status').filter({ hasText: /of 2,400 devices match/ })).toContainText('600 of 2,400');

    await page.getByRole('radiogroup').getByText('Offline').click();
    await expect(page).toHaveURL(/state=offline/);
    const rows = table.getByRole('row');
    await expect(rows.nth(1)).toContainText('Cold chain');
    await expect(rows.nth(1).getByLabel('Offline')).toBeVisible();
    await expect(table.getByLabel('Online', { exact: true })).toHaveCount(0);

    await table.getByRole('button', { name: 'Name or ID' }).click();
    await expect(page).toHaveURL(/dir=desc/);
    await expect(table.getByRole('columnheader', { name: 'Name or ID' })).toHaveAttribute('aria-sort', 'descending');

    // A shared link restores the same view.
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await expect(page.getByLabel('Project')).toHaveValue('p_3Hf8pZ2cNw6QkV1tXm5Rb7');
    await expect(page.getByRole('radio', { name: 'Offline' })).toBeChecked();
    await expect(page.getByRole('table', { name: 'Devices' }).getByRole('columnheader', { name: 'Name or ID' })).toHaveAttribute('aria-sort', 'descending');
  });

  test('shows unnamed devices by their ID, and connection durations tick', async ({ page }) => {
    await openApp(page, `/devices?q=${UNNAMED.id}`);
    await expect(page.getByRole('table', { name: 'Devices' }).getByRole('link', { name: UNNAMED.id })).toBeVisible();

    await openApp(page, '/devices?state=online&sort=duration&dir=asc');
    const cell = page.getByRole('table', { name: 'Devices' }).getByRole('row').nth(1).getByRole('cell').nth(4);
    const before = await cell.textContent();
    expect(before).toMatch(/\d+ (s|min)/);
    await expect(cell).not.toHaveText(before ?? '', { timeout: 5000 });
  });

  test('creates a device, validating the fingerprint format, then renames and deletes it', async ({ page }) => {
    await openApp(page, '/devices');
    await page.getByRole('link', { name: 'Create device' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Create device' })).toBeVisible();

    await page.getByRole('button', { name: 'Create device' }).click();
    await expect(page.getByText('Choose the project the device belongs to')).toBeVisible();
    await expect(page.getByText('Enter the device fingerprint')).toBeVisible();

    await page.getByLabel('Project').selectOption({ label: 'Smart meters' });
    const fingerprint = page.getByLabel('Device fingerprint');
    await fingerprint.fill('d_pk_abc');
    await page.getByRole('button', { name: 'Create device' }).click();
    await expect(page.getByText('A device fingerprint starts with "d_sk_"')).toBeVisible();
    await fingerprint.fill(`d_sk_${'0'.repeat(44)}`);
    await page.getByRole('button', { name: 'Create device' }).click();
    await expect(page.getByText('"0" is not a base 58 digit')).toBeVisible();
    await fingerprint.fill(`d_sk_${'A'.repeat(43)}`);
    await page.getByRole('button', { name: 'Create device' }).click();
    await expect(page.getByText('Expected 44 digits after "d_sk_" (43 now)')).toBeVisible();

    await fingerprint.fill(`d_sk_${'Kq7'.repeat(14)}Zz`);
    await page.getByLabel('Name', { exact: true }).fill('bench-meter');
    await page.getByRole('button', { name: 'Create device' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'bench-meter' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Device details' })).toContainText(`d_pk_${'Kq7'.repeat(7)}K`);

    // The hub refuses the same fingerprint twice in a project: the message sits at the field, the input stays.
    await page.goto('/devices/new');
    await page.getByLabel('Project').selectOption({ label: 'Smart meters' });
    await page.getByLabel('Device fingerprint').fill(`d_sk_${'Kq7'.repeat(14)}Zz`);
    await page.getByRole('button', { name: 'Create device' }).click();
    await expect(page.getByText('a device with this fingerprint already exists in the project')).toBeVisible();
    await expect(page.getByLabel('Device fingerprint')).toHaveValue(`d_sk_${'Kq7'.repeat(14)}Zz`);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog', { name: 'Unsaved changes' }).getByRole('button', { name: 'Leave and discard' }).click();

    await page.getByLabel('Search').fill('bench-meter');
    await page.getByRole('table', { name: 'Devices' }).getByRole('link', { name: 'bench-meter' }).click();
    await page.getByRole('button', { name: 'Rename' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename device' });
    await rename.getByLabel('Name').fill('bench-meter-2');
    await rename.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'bench-meter-2' })).toBeVisible();

    await page.getByRole('button', { name: 'Delete device' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete device' });
    await expect(dialog).toContainText('bench-meter-2');
    await expect(dialog.getByRole('button', { name: 'Delete device' })).toBeDisabled();
    await dialog.getByLabel('Type "bench-meter-2" to confirm').fill('bench-meter-2');
    await dialog.getByRole('button', { name: 'Delete device' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible();
    await page.getByLabel('Search').fill('bench-meter');
    await expect(page.getByText('No devices match these filters')).toBeVisible();
  });

  test('shows an error with a retry when the hub fails, and the device page says when a device does not exist', async ({ page }) => {
    await openApp(page, '/devices?scenario=server-error');
    const alert = page.getByRole('alert', { name: 'Could not load the devices' });
    await expect(alert).toContainText('internal server error');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await page.goto('/devices?scenario=none');
    await expect(page.getByRole('status').filter({ hasText: '2,400 devices' })).toBeVisible();
    await page.goto('/devices/d_doesNotExist1234567890ab');
    await expect(page.getByRole('alert', { name: 'Could not load this device' })).toContainText('device d_doesNotExist1234567890ab not found');
  });
});
