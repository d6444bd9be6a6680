import { expect, openApp, test } from '../fixtures/app';

const DEVICE_API_ID = '4a2e3d5c-6b7f-4081-9ba2-1c3d4e5f6071';
const DEVICE_API = `/load-balancers/fr-par/${DEVICE_API_ID}`;

test.describe('Load balancers: nothing typed is lost', () => {
  test('warns before leaving the settings with unsaved edits', async ({ page }) => {
    await openApp(page, `${DEVICE_API}?tab=settings`);
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('half-typed');
    await page.getByRole('link', { name: 'Load balancers' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Unsaved changes' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Stay on this page' }).click();
    await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('half-typed');
    await expect(page).toHaveURL(/tab=settings/);
  });

  test('a frontend the API refuses keeps the input, with the error at the field', async ({ page }) => {
    await openApp(page, `${DEVICE_API}?tab=frontends`);
    await page.getByRole('button', { name: 'Add frontend' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add frontend' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('second-https');
    await dialog.getByRole('textbox', { name: 'Port', exact: true }).fill('443');
    await dialog.getByRole('button', { name: 'Add frontend' }).click();
    // The port clash is only known to the API: its answer lands on the Port field.
    const port = dialog.getByRole('textbox', { name: 'Port', exact: true });
    await expect(port).toHaveAccessibleDescription(/already used by frontend https-443/);
    await expect(port).toHaveAttribute('aria-invalid', 'true');
    await expect(port).toHaveValue('443');
    await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('second-https');
    await port.fill('8443');
    await dialog.getByRole('button', { name: 'Add frontend' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('table', { name: 'Frontends' }).getByRole('row', { name: /second-https/ })).toContainText('8443');
  });
});

test.describe('Load balancers from the keyboard alone', () => {
  test('creates a load balancer, switches tabs and adds a frontend without a mouse', async ({ page }) => {
    await openApp(page, '/load-balancers');
    await page.getByRole('link', { name: 'Create load balancer' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Create load balancer' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Name', exact: true }).focus();
    await page.keyboard.type('keyboard-lb');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Description' })).toBeFocused();
    await page.keyboard.type('Made without a mouse');

    // Into the offer types: the arrow keys choose one.
    const gpm = page.getByRole('radio', { name: 'LB-GP-M' });
    await expect(gpm).toBeVisible();
    for (let i = 0; i < 8 && !(await page.getByRole('radio', { name: /LB-/ }).evaluateAll((els) => els.some((el) => el === document.activeElement))); i++) await page.keyboard.press('Tab');
    for (let i = 0; i < 8 && !(await gpm.isChecked()); i++) await page.keyboard.press('ArrowDown');
    await expect(gpm).toBeChecked();
    await expect(gpm).toBeFocused();

    // On to the submit button, field by field.
    const submit = page.getByRole('button', { name: 'Create load balancer' });
    for (let i = 0; i < 20 && !(await submit.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(submit).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'keyboard-lb' })).toBeVisible();
    await expect(page.getByText('LB-GP-M · fr-par-1')).toBeVisible();

    // Tabs switch with the arrow keys; a frontend is added from its dialog.
    await page.goto(DEVICE_API);
    await page.getByRole('tab', { name: 'Overview' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Frontends' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('button', { name: 'Add frontend' })).toBeEnabled();
    await page.getByRole('button', { name: 'Add frontend' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add frontend' });
    await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
    await page.keyboard.type('mqtt-keyboard');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('textbox', { name: 'Port', exact: true })).toBeFocused();
    await page.keyboard.type('8883');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('table', { name: 'Frontends' }).getByRole('row', { name: /mqtt-keyboard/ })).toContainText('8883');
  });
});
