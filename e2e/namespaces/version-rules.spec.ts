import { expect, openApp, test } from '../fixtures/app';
import { NAMESPACE_PROBLEMS } from '../../mocks/seed/akamai-ids';

const { namespace, jurisdiction } = NAMESPACE_PROBLEMS.neverActivatedVersion;
const CONFIG = `/namespaces/${namespace}/configurations/${jurisdiction}`;

test.describe("Comparing versions: a version's rules (GET …/versions/{version} is not in the documented API)", () => {
  test('by default, a version not created here says why, and offers the saved configuration and versions created from this browser', async ({ page }) => {
    await openApp(page, `${CONFIG}?tab=compare`);
    await page.getByLabel('From', { exact: true }).selectOption('1');
    const unknown = page.getByRole('alert').filter({ hasText: 'The rules of version 1 are not known here' });
    await expect(unknown).toContainText('has no documented way to read a version');
    await expect(unknown).toContainText('No version of this configuration was created from this browser');
    await unknown.getByRole('button', { name: 'The saved configuration' }).click();
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('saved');

    // A version created from this browser is known from then on.
    await page.getByRole('button', { name: 'Create version' }).click();
    await expect(page.getByText('Version 5 created')).toBeVisible();
    await page.getByRole('tab', { name: 'Compare versions' }).click();
    await page.getByLabel('To', { exact: true }).selectOption('2');
    const unknown2 = page.getByRole('alert').filter({ hasText: 'The rules of version 2 are not known here' });
    await unknown2.getByRole('button', { name: 'Version 5 (created from this browser)' }).click();
    await expect(page.getByLabel('To', { exact: true })).toHaveValue('5');
    await expect(page.getByText(/^From the saved configuration to version 5: 0 added, 0 removed, 0 changed, \d+ unchanged/)).toBeVisible();
  });

  test('under ?scenario=akamai-version-endpoint the server returns a version’s rules', async ({ page }) => {
    await openApp(page, `${CONFIG}?tab=compare&scenario=akamai-version-endpoint`);
    await page.getByLabel('From', { exact: true }).selectOption('1');
    await page.getByLabel('To', { exact: true }).selectOption('2');
    await expect(page.getByText('From version 1 to version 2: 2 added, 0 removed, 0 changed, 4 unchanged')).toBeVisible();
    await expect(page.getByText('are not known here')).toHaveCount(0);
  });
});
