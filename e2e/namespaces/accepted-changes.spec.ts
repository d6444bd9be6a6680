import { expect, openApp, test } from '../fixtures/app';
import { NAMESPACE_PROBLEMS } from '../../mocks/seed/akamai-ids';

// Under `akamai-async` the mock answers 202 Accepted and applies a create or update 2.5 s later, as Akamai does.
const SLOW = { timeout: 20_000 };

test.describe('202 Accepted: a configuration change counts once Akamai applied it', () => {
  test('a save shows "applying…" and keeps the draft and Create version waiting until the configuration shows the rules', async ({ page }) => {
    const { namespace, jurisdiction } = NAMESPACE_PROBLEMS.noVersion;
    await openApp(page, `/namespaces/${namespace}/configurations/${jurisdiction}?scenario=akamai-async`);
    await expect(page.getByRole('region', { name: 'Rule check' })).toBeVisible();
    await page.getByRole('button', { name: 'Import JSON' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import rules' });
    await dialog.getByLabel('Rules as JSON').fill(JSON.stringify({ acls: [{ topicFilter: 'staging/line-9/status', publishers: ['plc'], subscribers: ['ops'] }] }));
    await dialog.getByRole('button', { name: 'Replace all rules' }).click();
    await expect(page.getByRole('region', { name: 'Rule check' }).getByText('No findings')).toBeVisible();
    const createVersion = page.getByRole('button', { name: 'Create version' });
    await expect(createVersion).toBeDisabled();

    await page.getByRole('button', { name: 'Save ACL' }).click();
    const applying = page.getByRole('status').filter({ hasText: 'Applying…' });
    await expect(applying).toContainText('Akamai accepted the rules and is applying them');
    await expect(createVersion).toBeDisabled();
    await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();

    await expect(page.getByText('ACL saved')).toBeVisible(SLOW);
    await expect(applying).toHaveCount(0);
    await expect(page.getByText('1 saved rules')).toBeVisible();
    await expect(page.getByText('Unsaved changes', { exact: true })).toHaveCount(0);
    await expect(createVersion).toBeEnabled();

    // The version snapshots the applied rules.
    await createVersion.click();
    await expect(page.getByText('Version 1 created')).toBeVisible(SLOW);
    await page.getByRole('tab', { name: 'Compare versions' }).click();
    await page.getByLabel('From', { exact: true }).selectOption('1');
    await page.getByLabel('To', { exact: true }).selectOption({ label: 'Saved configuration (not yet a version)' });
    await expect(page.getByText(/0 added, 0 removed, 0 changed, 1 unchanged/)).toBeVisible(SLOW);
  });

  test('a new configuration opens once it exists, saying it is being applied meanwhile', async ({ page }) => {
    await openApp(page, '/namespaces/acme-lab?scenario=akamai-async');
    await page.getByRole('button', { name: 'Create a configuration for Europe' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create configuration' });
    await dialog.getByRole('button', { name: 'Create configuration' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Akamai accepted the configuration; applying… It opens once it exists.');
    await expect(page.getByRole('heading', { level: 1, name: 'acme-lab · Europe' })).toBeVisible(SLOW);
    await expect(page.getByText('2 saved rules')).toBeVisible();
  });
});
