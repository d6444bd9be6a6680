import { aclEditor } from '../fixtures/acl-editor';
import { expect, openApp, test } from '../fixtures/app';

const FLEET_EU = '/namespaces/acme-fleet/configurations/eu';

test.describe('Namespaces lose nothing', () => {
  test('warns before leaving the ACL editor with unsaved edits', async ({ page }) => {
    await openApp(page, FLEET_EU);
    const editor = aclEditor(page);
    await editor.filter(1).fill('fleet/%c/half-typed');
    await page.getByRole('link', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Unsaved changes' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Stay on this page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'acme-fleet · Europe' })).toBeVisible();
    await expect(editor.filter(1)).toHaveValue('fleet/%c/half-typed');
  });

  test('a refused reservation keeps the input and shows the error at the field', async ({ page }) => {
    await openApp(page, '/namespaces');
    await page.getByRole('button', { name: 'Reserve namespace' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reserve namespace' });
    const field = dialog.getByRole('textbox', { name: 'Namespace' });
    await field.fill('globex-telemetry');
    await dialog.getByRole('button', { name: 'Reserve namespace' }).click();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/"globex-telemetry" is already reserved by another account/);
    await expect(field).toHaveValue('globex-telemetry');
    await expect(dialog).toBeVisible();
  });

  test('a refused ACL save keeps the edits and shows the API errors at the rule', async ({ page }) => {
    await openApp(page, FLEET_EU);
    const editor = aclEditor(page);
    await expect(editor.filter(11)).toBeVisible();
    // A blank group name gets past the editor (imported JSON) but not the API.
    await page.getByRole('button', { name: 'Import JSON' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import rules' });
    await dialog.getByLabel('Rules as JSON').fill('[{"topicFilter": "fleet/%c/blank", "publishers": [" "], "subscribers": []}]');
    await dialog.getByRole('button', { name: 'Append rules' }).click();
    await expect(editor.filter(12)).toHaveValue('fleet/%c/blank');
    await page.getByRole('button', { name: 'Save ACL' }).click();
    // The new rule has no complementary rule: a warning the user accepts.
    await page.getByRole('dialog', { name: 'Save with warnings?' }).getByRole('button', { name: 'Save anyway' }).click();
    const problem = page.getByRole('alert').filter({ hasText: 'The ACL was not saved' });
    await expect(problem).toContainText('Rule #12');
    await expect(editor.filter(12)).toHaveAttribute('aria-invalid', 'true');
    await expect(editor.filter(12)).toHaveAccessibleDescription(/Rejected by the API: authorization group names must not be blank/);
    await expect(editor.filter(12)).toHaveValue('fleet/%c/blank');
    await expect(page.getByText('Unsaved changes')).toBeVisible();
  });

  test('an activation shows at once, and is rolled back with a notice when the request fails', async ({ page }) => {
    await page.goto('/namespaces/acme-fleet/configurations/jp?tab=versions&scenario=slow,activation-request-error');
    await expect(page.getByLabel('No active version')).toBeVisible({ timeout: 20_000 });
    const history = page.getByRole('list', { name: 'Activation history' });
    await page.getByRole('button', { name: 'Activate version 1' }).click();
    await page.getByRole('dialog', { name: 'Activate version' }).getByRole('button', { name: 'Activate' }).click();
    // Optimistic: under way before the (5-second) answer...
    await expect(page.getByRole('dialog', { name: 'Activate version' })).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Activation of version 1 in progress' })).toBeVisible({ timeout: 2000 });
    await expect(history.getByRole('listitem').first()).toContainText('Activation of version 1');
    await expect(history.getByRole('listitem').first().getByLabel('Status NEW')).toBeVisible();
    // ...then the refusal restores the previous state and says so.
    await expect(page.getByText('Could not activate version 1')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('The activation service is temporarily unavailable. The previous state was restored.')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Activation of version 1 in progress' })).toHaveCount(0);
    await expect(history.getByLabel('Status NEW')).toHaveCount(0);
    await expect(page.getByLabel('No active version')).toBeVisible();
  });
});

test.describe('Namespaces from the keyboard alone', () => {
  test('reserves a namespace, configures it and saves an ACL edit without a mouse', async ({ page }) => {
    await openApp(page, '/namespaces');
    await page.getByRole('button', { name: 'Reserve namespace' }).focus();
    await page.keyboard.press('Enter');
    const reserve = page.getByRole('dialog', { name: 'Reserve namespace' });
    await expect(reserve.getByRole('textbox', { name: 'Namespace' })).toBeFocused();
    await page.keyboard.type('kb-robots');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'kb-robots' })).toBeVisible();

    await page.getByRole('button', { name: 'Create a configuration for Europe' }).focus();
    await page.keyboard.press('Enter');
    const create = page.getByRole('dialog', { name: 'Create configuration' });
    await expect(create).toBeVisible();
    const submit = create.getByRole('button', { name: 'Create configuration' });
    for (let i = 0; i < 6 && !(await submit.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(submit).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'kb-robots · Europe' })).toBeVisible();

    const editor = aclEditor(page);
    await editor.subscribers(2).focus();
    await page.keyboard.type('dashboards');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Unsaved changes')).toBeVisible();
    const put = page.waitForRequest((r) => r.method() === 'PUT' && r.url().endsWith('/kb-robots/configurations/eu'));
    await page.getByRole('button', { name: 'Save ACL' }).focus();
    await page.keyboard.press('Enter');
    expect((await put).postDataJSON()).toMatchObject({ acls: expect.arrayContaining([expect.objectContaining({ subscribers: ['telemetry-readers', 'dashboards'] })]) });
    await expect(page.getByText('ACL saved')).toBeVisible();
    await expect(page.getByText('Unsaved changes')).toHaveCount(0);
  });
});
