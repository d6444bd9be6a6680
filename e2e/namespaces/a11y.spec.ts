import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from '../fixtures/a11y-settled';
import { expect, openApp, test } from '../fixtures/app';

const FLEET_EU = '/namespaces/acme-fleet/configurations/eu';

test.describe('Accessibility: namespaces (axe, no serious or critical violations)', () => {
  for (const [name, path, ready] of [
    ['namespace list', '/namespaces', (p: Page) => p.getByRole('table', { name: 'Your namespaces' }).getByRole('link', { name: 'acme-fleet', exact: true })],
    ['namespace search', '/namespaces?tab=search&match=acme*', (p: Page) => p.getByRole('table', { name: 'Search results' }).getByRole('link', { name: 'acme-fleet', exact: true })],
    ['namespace', '/namespaces/acme-fleet', (p: Page) => p.getByRole('table', { name: 'Configurations by jurisdiction' }).getByRole('link', { name: 'Europe', exact: true })],
    ['ACL editor', FLEET_EU, (p: Page) => p.getByRole('textbox', { name: 'Topic filter of rule 1', exact: true })],
    ['preview: access check', `${FLEET_EU}?tab=preview`, (p: Page) => p.getByRole('textbox', { name: 'Client ID' })],
    ['versions and activations', `${FLEET_EU}?tab=versions`, (p: Page) => p.getByRole('list', { name: 'Activation history' }).getByRole('listitem').first()],
  ] as const) {
    test(name, async ({ page }) => {
      await openApp(page, path);
      await expect(ready(page)).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  }

  test('namespace, while each active version is still loading', async ({ page }) => {
    // Under a slow API the configurations arrive first and each row's active version follows: the
    // scan sees the loaders, which must be named only where a name is allowed.
    await openApp(page, '/namespaces/acme-fleet?scenario=slow');
    await expect(page.getByRole('table', { name: 'Configurations by jurisdiction' }).getByRole('link', { name: 'Europe', exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('status', { name: 'Loading the active version' }).first()).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test('preview: topic matrix and rule focus, with results', async ({ page }) => {
    await openApp(page, `${FLEET_EU}?tab=preview&mode=matrix`);
    await page.getByRole('button', { name: 'Generate from the rules' }).click();
    await expect(page.getByText(/topics checked in/)).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('table', { name: 'Topic matrix' })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByText('Rule focus', { exact: true }).click();
    await page.getByRole('combobox', { name: 'Rule', exact: true }).selectOption({ index: 1 });
    await expect(page.getByRole('table', { name: 'Matching sample topics' })).toBeVisible({ timeout: 20_000 });
    await expectNoSeriousViolations(page);
  });

  test('compare versions, with a diff shown', async ({ page }) => {
    await openApp(page, `${FLEET_EU}?tab=compare&scenario=akamai-version-endpoint`);
    await page.getByLabel('From', { exact: true }).selectOption('1');
    await page.getByLabel('To', { exact: true }).selectOption('2');
    await expect(page.getByText('From version 1 to version 2: 2 added, 0 removed, 0 changed, 4 unchanged')).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  // Two tests, not one: seven axe scans in a row (the configuration page is large, with the preview beside the rules) outgrew one test's time on a loaded machine.
  test('dialogs: reserve, remove, create and delete configuration', async ({ page }) => {
    await openApp(page, '/namespaces');
    await page.getByRole('button', { name: 'Reserve namespace' }).click();
    await expect(page.getByRole('dialog', { name: 'Reserve namespace' })).toBeVisible();
    await page.getByRole('dialog', { name: 'Reserve namespace' }).getByLabel('Namespace').fill('9');
    await expect(page.getByRole('dialog', { name: 'Reserve namespace' }).getByText('At least 3 characters')).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Remove namespace acme-fleet' }).click();
    await expect(page.getByRole('dialog', { name: 'Remove namespace' })).toContainText('acme-fleet');
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');

    await openApp(page, '/namespaces/acme-fleet');
    await page.getByRole('button', { name: 'Create configuration' }).click();
    await expect(page.getByRole('dialog', { name: 'Create configuration' })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Delete the Europe configuration' }).click();
    await expect(page.getByRole('dialog', { name: 'Delete configuration' })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');
  });

  test('dialogs: import rules, unsaved changes, save with warnings, activate', async ({ page }) => {
    await openApp(page, FLEET_EU);
    await page.getByRole('button', { name: 'Import JSON' }).click();
    await expect(page.getByRole('dialog', { name: /Import/ })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');

    await page.getByRole('textbox', { name: 'Topic filter of rule 1', exact: true }).fill('fleet/%c/edited');
    await page.getByRole('link', { name: 'Hubs' }).first().click();
    await expect(page.getByRole('dialog', { name: 'Unsaved changes' })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Stay on this page' }).click();
    await page.getByRole('button', { name: 'Revert changes' }).click();

    // A rule without its complementary rule: saving asks first.
    await page.getByRole('button', { name: 'Add rule' }).click();
    await page.getByRole('textbox', { name: 'Topic filter of rule 12', exact: true }).fill('fleet/%c/solo');
    await page.getByRole('combobox', { name: 'Publishers of rule 12', exact: true }).fill('ops');
    await page.getByRole('combobox', { name: 'Publishers of rule 12', exact: true }).press('Enter');
    await page.getByRole('button', { name: 'Save ACL' }).click();
    await expect(page.getByRole('dialog', { name: 'Save with warnings?' })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByRole('dialog', { name: 'Save with warnings?' }).getByRole('button', { name: 'Review the warnings' }).click();
    await page.getByRole('button', { name: 'Revert changes' }).click();

    await page.getByRole('tab', { name: 'Versions and activations' }).click();
    await page.getByRole('button', { name: 'Activate version 1' }).click();
    await expect(page.getByRole('dialog', { name: 'Activate version' })).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test('dark theme, editor', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await openApp(page, FLEET_EU);
    await expect(page.getByRole('textbox', { name: 'Topic filter of rule 1', exact: true })).toBeVisible();
    await expectNoSeriousViolations(page);
    await context.close();
  });
});
