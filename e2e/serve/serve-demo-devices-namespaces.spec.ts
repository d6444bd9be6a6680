import { aclEditor } from '../fixtures/acl-editor';
import { recordCspViolations } from '../fixtures/csp';
import { expect, openApp, test } from '../fixtures/app';
import { METER_1 } from '../fixtures/devices';

/**
 * The Devices and Namespaces main flows against `npm run serve -- --demo`: the production
 * server with its Content-Security-Policy. Any CSP violation fails the test.
 */
test.describe('served build (--demo): devices and namespaces', () => {
  test('devices: list, create, certificates, properties, commands and tokens without CSP violations', async ({ page }) => {
    const violations = await recordCspViolations(page);
    await openApp(page, '/devices?q=meter-000');
    await expect(page.getByRole('table', { name: 'Devices' }).getByRole('link', { name: METER_1.name })).toBeVisible();

    await page.getByRole('link', { name: 'Create device' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Create device' })).toBeVisible();
    await page.getByLabel('Project').selectOption({ label: 'Smart meters' });
    await page.getByLabel('Device fingerprint').fill(`d_sk_${'Sv4'.repeat(14)}Zz`);
    await page.getByLabel('Name', { exact: true }).fill('served-meter');
    await page.getByRole('button', { name: 'Create device' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'served-meter' })).toBeVisible();

    await openApp(page, `/devices/${METER_1.id}?tab=certificates`);
    const table = page.getByRole('table', { name: 'Certificates' });
    const pendingRow = table.getByRole('row').filter({ has: page.getByLabel('Status: Pending') });
    const fingerprint = (await pendingRow.getByRole('code').textContent()) ?? '';
    await pendingRow.getByRole('button', { name: 'Approve' }).click();
    await expect(table.getByRole('row').filter({ hasText: fingerprint }).getByLabel('Status: Active')).toBeVisible();

    await page.getByRole('tab', { name: 'Properties' }).click();
    await page.getByRole('button', { name: 'View fleet.site' }).click();
    await expect(page.getByRole('dialog', { name: 'Property fleet.site' }).getByLabel('Value', { exact: true })).toContainText('Rotterdam');
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: 'Commands' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'System' })).toBeVisible();
    await page.getByRole('tab', { name: 'Tokens' }).click();
    await page.getByRole('button', { name: 'Issue device JWT' }).click();
    await expect(page.getByText('Device JWT issued')).toBeVisible();
    await page.getByRole('tab', { name: 'Events' }).click();
    await expect(page.getByRole('table', { name: 'Events' })).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test('namespaces: reserve, configure, edit and save the ACL, preview in the worker, version, activate and compare without CSP violations', async ({ page }) => {
    const violations = await recordCspViolations(page);
    await openApp(page, '/namespaces');
    await page.getByRole('button', { name: 'Reserve namespace' }).click();
    await page.getByRole('dialog', { name: 'Reserve namespace' }).getByLabel('Namespace').fill('served-robots');
    await page.getByRole('dialog', { name: 'Reserve namespace' }).getByRole('button', { name: 'Reserve namespace' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'served-robots' })).toBeVisible();
    await page.getByRole('button', { name: 'Create a configuration for Europe' }).click();
    await page.getByRole('dialog', { name: 'Create configuration' }).getByRole('button', { name: 'Create configuration' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'served-robots · Europe' })).toBeVisible();

    const editor = aclEditor(page);
    await editor.subscribers(2).fill('dashboards');
    await editor.subscribers(2).press('Enter');
    await page.getByRole('button', { name: 'Save ACL' }).click();
    await expect(page.getByText('ACL saved')).toBeVisible();

    // The match preview runs in a Web Worker: the CSP must allow it.
    await aclEditor(page).showPreview();
    await page.getByText('Topic matrix', { exact: true }).click();
    await page.getByRole('button', { name: 'Generate from the rules' }).click();
    await expect(page.getByText(/topics checked in/)).toBeVisible({ timeout: 20_000 });

    await page.getByRole('button', { name: 'Create version' }).click();
    await expect(page.getByText('Version 1 created')).toBeVisible();
    await page.getByRole('button', { name: 'Activate version 1' }).click();
    await page.getByRole('dialog', { name: 'Activate version' }).getByRole('button', { name: 'Activate' }).click();
    await expect(page.getByRole('list', { name: 'Activation history' }).getByRole('listitem').first()).toContainText('Activation of version 1');

    await openApp(page, '/namespaces/acme-fleet/configurations/eu?tab=compare&scenario=akamai-version-endpoint');
    await page.getByLabel('From', { exact: true }).selectOption('1');
    await page.getByLabel('To', { exact: true }).selectOption('2');
    await expect(page.getByText('From version 1 to version 2: 2 added, 0 removed, 0 changed, 4 unchanged')).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});
