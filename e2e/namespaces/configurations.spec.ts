import { NAMESPACE_PROBLEMS } from '../../mocks/seed/akamai-ids';
import { aclEditor } from '../fixtures/acl-editor';
import { expect, openApp, test } from '../fixtures/app';

const FLEET_EU = '/namespaces/acme-fleet/configurations/eu';

test.describe('Namespace page', () => {
  test('shows the seven jurisdictions with storage, topic expiry and active version, and creates a configuration', async ({ page }) => {
    await openApp(page, '/namespaces/acme-fleet');
    const table = page.getByRole('table', { name: 'Configurations by jurisdiction' });
    await expect(table.getByRole('row')).toHaveCount(8);
    const europe = table.getByRole('row', { name: /Europe/ });
    await expect(europe).toContainText('11');
    await expect(europe).toContainText('100 MB');
    await expect(europe).toContainText('7 days');
    await expect(europe.getByLabel('Active version 3')).toBeVisible();
    await expect(table.getByRole('row', { name: /Japan/ }).getByLabel('No active version')).toBeVisible();

    await page.getByRole('button', { name: 'Create a configuration for Brazil' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create configuration' });
    await expect(dialog.getByLabel('Jurisdiction')).toHaveValue('br');
    await dialog.getByLabel('Start with').selectOption('eu');
    await dialog.getByRole('button', { name: 'Create configuration' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'acme-fleet · Brazil' })).toBeVisible();
    await expect(aclEditor(page).filter(1)).toHaveValue('fleet/%c/telemetry');
    await expect(page.getByText('11 saved rules')).toBeVisible();
  });

  test('shows the seeded failures: a latest activation FAILED, another ABORTED, the previous version still active', async ({ page }) => {
    for (const [problem, row, outcome] of [
      [NAMESPACE_PROBLEMS.latestActivationFailed, /North America/, 'FAILED'],
      [NAMESPACE_PROBLEMS.latestActivationAborted, /Rest of the world/, 'ABORTED'],
    ] as const) {
      await openApp(page, `/namespaces/${problem.namespace}`);
      const jurisdiction = page.getByRole('table', { name: 'Configurations by jurisdiction' }).getByRole('row', { name: row });
      await expect(jurisdiction.getByLabel(`Active version ${problem.activeVersion}`)).toBeVisible();
      await expect(jurisdiction).toContainText(`Last activation of version ${problem.version}: ${outcome}`);
    }
  });

  test('deleting a configuration with an active version explains, offers the deactivation, then deletes', async ({ page }) => {
    await openApp(page, '/namespaces/acme-fleet');
    await page.getByRole('button', { name: 'Delete the North America configuration' }).click();
    const blocked = page.getByRole('dialog', { name: 'Delete configuration' });
    await expect(blocked.getByRole('alert')).toContainText('Version 1 is active in North America (na)');
    await expect(blocked.getByRole('alert')).toContainText('can be deleted only after its active version is deactivated');
    await blocked.getByRole('button', { name: 'Deactivate version 1' }).click();
    // The deactivation runs NEW -> PENDING -> DEPLOYED; the dialog follows it and then asks for the name.
    const typed = page.getByRole('dialog', { name: 'Delete configuration' }).getByLabel('Type "acme-fleet/na" to confirm');
    await expect(typed).toBeVisible({ timeout: 15_000 });
    await typed.fill('acme-fleet/na');
    await page.getByRole('dialog', { name: 'Delete configuration' }).getByRole('button', { name: 'Delete configuration' }).click();
    await expect(page.getByText('acme-fleet/na and its versions were deleted.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Configurations by jurisdiction' }).getByRole('row', { name: /North America/ })).toContainText('Not configured');
  });
});

test.describe('Configuration lifecycle', () => {
  test('save the ACL, create a version, activate it until DEPLOYED, and compare two versions', async ({ page }) => {
    // Comparing seeded versions needs their rules: the mock's GET …/versions/{version}, beyond the documented API.
    await openApp(page, `${FLEET_EU}?scenario=akamai-version-endpoint`);
    const editor = aclEditor(page);
    await editor.settled();
    await expect(editor.filter(11)).toHaveValue('fleet/+/diagnostics/#');

    await page.getByRole('button', { name: 'Add rule' }).click();
    await expect(editor.filter(12)).toBeFocused();
    await editor.filter(12).fill('fleet/+/logs/#');
    await editor.subscribers(12).fill('support');
    await editor.subscribers(12).press('Enter');
    await editor.subscribers(2).fill('dashboard');
    await editor.subscribers(2).press('Enter');
    await expect(page.getByText('Unsaved changes')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create version' })).toBeDisabled();

    const put = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/configurations/eu'));
    await page.getByRole('button', { name: 'Save ACL' }).click();
    const response = await put;
    expect(response.status()).toBe(202);
    expect(response.request().postDataJSON()).toMatchObject({ acls: expect.arrayContaining([{ topicFilter: 'fleet/+/logs/#', publishers: [], subscribers: ['support'] }]) });
    await expect(page.getByText('ACL saved')).toBeVisible();
    await expect(page.getByText('12 saved rules')).toBeVisible();
    await expect(page.getByText('Unsaved changes')).toHaveCount(0);

    await page.getByRole('button', { name: 'Create version' }).click();
    await expect(page.getByText('Version 5 created')).toBeVisible();
    await expect(page).toHaveURL(/tab=versions/);
    const versions = page.getByRole('table', { name: 'Versions' });
    await expect(versions.getByRole('row', { name: /^5 / })).toContainText('j.moreau');
    await expect(versions.getByRole('row', { name: /^5 / })).toContainText('Never activated');

    await page.getByRole('button', { name: 'Activate version 5' }).click();
    const dialog = page.getByRole('dialog', { name: 'Activate version' });
    await expect(dialog).toContainText('replacing version 3');
    await dialog.getByRole('button', { name: 'Activate' }).click();
    const history = page.getByRole('list', { name: 'Activation history' });
    const latest = history.getByRole('listitem').first();
    await expect(latest).toContainText('Activation of version 5');
    await expect(latest.getByLabel(/Status (NEW|PENDING)/)).toBeVisible();
    await expect(latest.getByLabel('Status DEPLOYED')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByLabel('Active version 5')).toBeVisible();
    await expect(versions.getByRole('row', { name: /^5 / })).toContainText('Active');

    await page.getByRole('tab', { name: 'Compare versions' }).click();
    await page.getByLabel('From', { exact: true }).selectOption('4');
    await page.getByLabel('To', { exact: true }).selectOption('5');
    await expect(page).toHaveURL(/from=4&to=5|to=5.*from=4/);
    await expect(page.getByText('From version 4 to version 5: 2 added, 0 removed, 1 changed, 9 unchanged')).toBeVisible();
    const added = page.getByRole('table', { name: 'Added rules' });
    await expect(added).toContainText('fleet/+/diagnostics/#');
    await expect(added).toContainText('fleet/+/logs/#');
    const changed = page.getByRole('table', { name: 'Changed rules' });
    await expect(changed).toContainText('fleet/+/telemetry');
    await expect(changed.getByLabel('added dashboard')).toBeVisible();

    await page.getByLabel('From', { exact: true }).selectOption('1');
    await page.getByLabel('To', { exact: true }).selectOption('2');
    await expect(page.getByText('From version 1 to version 2: 2 added, 0 removed, 0 changed, 4 unchanged')).toBeVisible();
  });

  test('an activation that fails (?scenario=activation-fail) shows FAILED in the timeline', async ({ page }) => {
    await openApp(page, '/namespaces/acme-fleet/configurations/jp?tab=versions&scenario=activation-fail');
    await expect(page.getByLabel('No active version')).toBeVisible();
    await page.getByRole('button', { name: 'Activate version 1' }).click();
    await page.getByRole('dialog', { name: 'Activate version' }).getByRole('button', { name: 'Activate' }).click();
    const latest = page.getByRole('list', { name: 'Activation history' }).getByRole('listitem').first();
    await expect(latest).toContainText('Activation of version 1');
    await expect(latest.getByLabel('Status FAILED')).toBeVisible({ timeout: 15_000 });
    await expect(latest).toContainText('The operation failed while being processed.');
    await expect(page.getByText('Last activation of version 1: FAILED')).toBeVisible();
    await expect(page.getByLabel('No active version')).toBeVisible();
  });
});
