import { expect, openApp, test } from '../fixtures/app';
import { METER_1 } from '../fixtures/devices';

/** A fingerprint no seeded device has: "d_sk_" and 44 base 58 digits. */
const fingerprint = (seed: string) => `d_sk_${seed.repeat(44).slice(0, 44)}`;

test.describe('Devices lose nothing', () => {
  test('warns before leaving the create form with unsaved edits', async ({ page }) => {
    await openApp(page, '/devices/new');
    await page.getByLabel('Name', { exact: true }).fill('half-typed');
    await page.getByRole('link', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Unsaved changes' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Stay on this page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Create device' })).toBeVisible();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('half-typed');
  });

  test('a refused creation keeps the input and shows the error at the field', async ({ page }) => {
    const fp = fingerprint('Rt5');
    for (const attempt of [1, 2]) {
      await openApp(page, '/devices/new');
      await page.getByLabel('Project').selectOption({ label: 'Smart meters' });
      await page.getByLabel('Device fingerprint').fill(fp);
      await page.getByLabel('Name', { exact: true }).fill(`twin-${attempt}`);
      await page.getByRole('button', { name: 'Create device' }).click();
      if (attempt === 1) await expect(page.getByRole('heading', { level: 1, name: 'twin-1' })).toBeVisible();
    }
    // The second device with the same fingerprint is refused: the message belongs to the fingerprint field.
    const field = page.getByRole('textbox', { name: 'Device fingerprint' });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/a device with this fingerprint already exists in the project/);
    await expect(field).toHaveValue(fp);
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('twin-2');
    await expect(page.getByLabel('Project')).toHaveValue(/.+/);
  });

  test('a certificate status changes at once, and is rolled back with a notice when the hub fails', async ({ page }) => {
    await page.goto(`/devices/${METER_1.id}?tab=certificates&scenario=slow,certificate-status-error`);
    const table = page.getByRole('table', { name: 'Certificates' });
    await expect(table).toBeVisible({ timeout: 20_000 });
    const pendingRow = table.getByRole('row').filter({ has: page.getByLabel('Status: Pending') });
    const fp = (await pendingRow.getByRole('code').textContent()) ?? '';
    await pendingRow.getByRole('button', { name: 'Approve' }).click();
    // Optimistic: Active before the (5-second) answer...
    const row = table.getByRole('row').filter({ hasText: fp });
    await expect(row.getByLabel('Status: Active')).toBeVisible({ timeout: 2000 });
    // ...then the refusal puts Pending back and says so.
    await expect(page.getByText('Could not approve the certificate')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText(/The previous status was restored\./)).toBeVisible();
    await expect(row.getByLabel('Status: Pending')).toBeVisible();
  });
});

test.describe('Devices from the keyboard alone', () => {
  test('creates a device and opens its certificates without a mouse', async ({ page }) => {
    await openApp(page, '/devices');
    await page.getByRole('link', { name: 'Create device' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Create device' })).toBeVisible();
    const project = page.getByRole('combobox', { name: 'Project' });
    await expect(project.getByRole('option', { name: 'Smart meters' })).toBeAttached();
    await project.focus();
    // A closed native select takes the typed first letters of an option.
    await page.keyboard.type('Smart');
    await expect(project).not.toHaveValue('');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Device fingerprint' })).toBeFocused();
    await page.keyboard.type(fingerprint('Kb9'));
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused();
    await page.keyboard.type('keyboard-meter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Create device' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'keyboard-meter' })).toBeVisible();

    // Tabs switch with the arrow keys; the URL follows.
    await page.getByRole('tab', { name: 'Overview' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Certificates' })).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(/tab=certificates/);

    // The rename dialog works from the keyboard too, and gives focus back.
    await page.getByRole('button', { name: 'Rename' }).focus();
    await page.keyboard.press('Enter');
    const rename = page.getByRole('dialog', { name: 'Rename device' });
    await expect(rename).toBeVisible();
    await expect(rename.getByRole('textbox', { name: 'Name' })).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('keyboard-meter-2');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'keyboard-meter-2' })).toBeVisible();
  });
});
