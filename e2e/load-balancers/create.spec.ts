import { expect, openApp, test } from '../fixtures/app';

test.describe('Create a load balancer with a backend, a frontend and an ACL', () => {
  test('creates the load balancer, refuses an invalid server IP at the exact entry, then wires frontend, backend and ACL', async ({ page }) => {
    await openApp(page, '/load-balancers');
    await page.getByRole('link', { name: 'Create load balancer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Create load balancer' })).toBeVisible();

    // Client-side rules first.
    await page.getByRole('button', { name: 'Create load balancer' }).click();
    await expect(page.getByText('Name is required')).toBeVisible();

    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('fleet-edge-e2e');
    await page.getByLabel('Description').fill('Made by the e2e suite');
    await page.getByRole('combobox', { name: 'Tags' }).fill('e2e');
    await page.getByRole('combobox', { name: 'Tags' }).press('Enter');
    await expect(page.getByRole('radio', { name: 'LB-GP-L (Low stock)' })).toBeVisible();
    await page.getByRole('radio', { name: 'LB-GP-M' }).check();
    await page.getByRole('radio', { name: 'Modern' }).check();
    await expect(page.getByText('TLS 1.3 only.')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Also assign a new flexible IPv6' }).check();
    await page.getByRole('button', { name: 'Create load balancer' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'fleet-edge-e2e' })).toBeVisible();
    await expect(page.getByText('LB-GP-M · fr-par-1')).toBeVisible();
    // Created, then settles to Ready; changes are blocked meanwhile.
    await expect(page.getByLabel('Status: Ready').first()).toBeVisible({ timeout: 10_000 });

    // Backend: the invalid server entry is named by line and value, the input is kept.
    await page.getByRole('tab', { name: 'Backends' }).click();
    await expect(page).toHaveURL(/tab=backends/);
    await page.getByRole('button', { name: 'Add backend' }).click();
    const drawer = page.getByRole('dialog', { name: 'Add backend' });
    await drawer.getByRole('textbox', { name: 'Name', exact: true }).fill('brokers');
    await drawer.getByRole('textbox', { name: 'Port', exact: true }).fill('8080');
    await drawer.getByLabel('Server IPs').fill('10.1.0.11\n10.1.0.300\n2001:db8::11');
    await drawer.getByRole('combobox', { name: 'Health check type' }).click();
    await page.getByRole('option', { name: 'HTTP', exact: true }).click();
    await drawer.getByLabel('Check path').fill('/healthz');
    await drawer.getByRole('button', { name: 'Add backend' }).click();
    await expect(drawer.getByText('Line 2 ("10.1.0.300"): Not a valid IPv4 address: number 4 (300) is out of range 0–255')).toBeVisible();
    await expect(drawer.getByLabel('Server IPs')).toHaveValue('10.1.0.11\n10.1.0.300\n2001:db8::11');
    await drawer.getByLabel('Server IPs').fill('10.1.0.11\n10.1.0.12\n2001:db8::11');
    await drawer.getByRole('button', { name: 'Add backend' }).click();
    await expect(drawer).toBeHidden();
    const backends = page.getByRole('table', { name: 'Backends' });
    await expect(backends.getByRole('row', { name: /brokers/ })).toContainText('HTTP 8080');
    await expect(backends.getByRole('row', { name: /brokers/ })).toContainText('HTTP GET /healthz');
    await expect(backends.getByRole('row', { name: /brokers/ })).toContainText('2001:db8::11');

    // Frontend on port 80 to that backend.
    await page.getByRole('tab', { name: 'Frontends' }).click();
    await page.getByRole('button', { name: 'Add frontend' }).click();
    const frontendDialog = page.getByRole('dialog', { name: 'Add frontend' });
    await frontendDialog.getByRole('textbox', { name: 'Name', exact: true }).fill('http-80');
    await frontendDialog.getByRole('textbox', { name: 'Port', exact: true }).fill('80');
    await expect(frontendDialog.getByRole('combobox', { name: 'Backend' })).toHaveValue('brokers (HTTP 8080)');
    await frontendDialog.getByRole('button', { name: 'Add frontend' }).click();
    await expect(frontendDialog).toBeHidden();
    await expect(page.getByRole('table', { name: 'Frontends' }).getByRole('row', { name: /http-80/ })).toContainText('brokers (HTTP 8080)');

    // ACL on that frontend, then the rule tester shows it firing.
    await page.getByRole('button', { name: 'ACLs of http-80' }).click();
    await expect(page).toHaveURL(/tab=acls/);
    await page.getByRole('button', { name: 'Add ACL' }).click();
    const aclDialog = page.getByRole('dialog', { name: 'Add ACL to http-80' });
    await aclDialog.getByRole('textbox', { name: 'Name', exact: true }).fill('deny-admin');
    await aclDialog.getByRole('combobox', { name: 'HTTP filter' }).click();
    await page.getByRole('option', { name: 'Path begins with' }).click();
    await aclDialog.getByLabel('Values').fill('/admin');
    await expect(aclDialog.getByText('Deny when path begins with "/admin".')).toBeVisible();
    await aclDialog.getByRole('button', { name: 'Add ACL' }).click();
    await expect(aclDialog).toBeHidden();
    await expect(page.getByRole('table', { name: 'ACLs of http-80' })).toContainText('deny-admin');

    await page.getByRole('textbox', { name: 'Path', exact: true }).fill('/admin/settings');
    await expect(page.getByRole('status', { name: 'Verdict' })).toContainText('Denied by deny-admin (rule 1 of 1)');
    await page.getByRole('textbox', { name: 'Path', exact: true }).fill('/status');
    await expect(page.getByRole('status', { name: 'Verdict' })).toContainText('Allowed: none of the 1 rules fired');
    await expect(page.getByRole('status', { name: 'Verdict' })).toContainText('Backend: brokers');

    // The list shows the new load balancer with its counts and both addresses.
    await page.getByRole('link', { name: 'Load balancers' }).first().click();
    const row = page.getByRole('table', { name: 'Load balancers' }).getByRole('row', { name: /fleet-edge-e2e/ });
    await expect(row).toContainText('LB-GP-M');
    await expect(row).toContainText('e2e');
    await expect(row.getByRole('cell').nth(4)).toHaveText('1');
    await expect(row.getByRole('cell').nth(5)).toHaveText('1');
  });
});
