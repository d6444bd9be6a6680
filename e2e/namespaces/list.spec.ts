import { expect, openApp, test } from '../fixtures/app';

test.describe('Namespaces list', () => {
  test('pages through the account’s namespaces and filters them by hostnames, with both in the URL', async ({ page }) => {
    const requested: URL[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/dcp-api/v1/namespaces?')) requested.push(new URL(r.url()));
    });
    await openApp(page, '/namespaces?size=10');
    const table = page.getByRole('table', { name: 'Your namespaces' });
    await expect(table.getByRole('link', { name: 'acme-coldchain', exact: true })).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(11);
    await expect(page.getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/page=2/);
    // The API counts pages from zero: the URL's second page is the API's page 1.
    expect(requested.some((u) => u.searchParams.get('page') === '1' && u.searchParams.get('size') === '10')).toBe(true);
    await expect(page.getByText('Page 2 · namespaces 11–20')).toBeVisible();
    await expect(table.getByRole('link', { name: 'acme-coldchain', exact: true })).toHaveCount(0);

    const hostnames = page.getByRole('combobox', { name: 'Filter by hostnames' });
    await hostnames.fill('meters.acme-energy.com');
    await hostnames.press('Enter');
    await expect(page).toHaveURL(/hostnames=meters\.acme-energy\.com/);
    await expect(page).not.toHaveURL(/page=2/);
    await expect(table.getByRole('link')).toHaveCount(1);
    await expect(table.getByRole('link', { name: 'acme-meters' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();

    await page.reload();
    await expect(page.getByRole('table', { name: 'Your namespaces' }).getByRole('link', { name: 'acme-meters' })).toBeVisible();
  });

  test('the match box keeps every keystroke typed fast, and Back restores the previous text', async ({ page }) => {
    await openApp(page, '/namespaces?tab=search');
    const box = page.getByLabel('Namespace match');
    const results = page.getByRole('table', { name: 'Search results' });
    // No pause between keys: the URL catching up must never reset the box to an older prefix.
    await box.pressSequentially('acme-*');
    await expect(box).toHaveValue('acme-*');
    await expect(page).toHaveURL(/match=acme-\*(&|$)/);
    await expect(results.getByRole('row', { name: /acme-meters/ })).toBeVisible();
    // One change, so it is one history entry however loaded the machine is (a pause in typing
    // would rightly make an entry of its own, and Back would stop there).
    await box.fill('acme-fleet');
    await expect(box).toHaveValue('acme-fleet');
    await expect(page).toHaveURL(/match=acme-fleet(&|$)/);
    await expect(results.getByRole('row')).toHaveCount(2);

    await page.goBack();
    await expect(box).toHaveValue('acme-*');
    await expect(results.getByRole('row', { name: /acme-meters/ })).toBeVisible();
    await page.goForward();
    await expect(box).toHaveValue('acme-fleet');
  });

  test('searches across accounts with * and shows connection details of its own', async ({ page }) => {
    await openApp(page, '/namespaces?tab=search');
    await page.getByLabel('Namespace match').fill('company*');
    const results = page.getByRole('table', { name: 'Search results' });
    await expect(page.getByText('No namespace matches.')).toBeVisible();
    // The box follows the URL, which updates a moment after the click.
    await page.getByRole('checkbox', { name: 'Search all accounts' }).click();
    await expect(page.getByRole('checkbox', { name: 'Search all accounts' })).toBeChecked();
    await expect(results.getByRole('row', { name: /company1/ })).toContainText('Another account');
    await expect(results.getByRole('row')).toHaveCount(3);
    await expect(page).toHaveURL(/global=true/);
    await expect(page).toHaveURL(/match=company\*/);

    await page.getByLabel('Namespace match').fill('acme-fleet');
    await expect(page).toHaveURL(/match=acme-fleet/);
    await page.getByRole('checkbox', { name: 'Show connection details' }).click();
    await expect(page.getByRole('checkbox', { name: 'Show connection details' })).toBeChecked();
    const row = results.getByRole('row', { name: /acme-fleet/ });
    await expect(row).toContainText('Your account');
    await expect(row).toContainText('mqttHostname: acme-fleet.eu.iot-edge.example');
    await row.getByRole('link', { name: 'acme-fleet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'acme-fleet' })).toBeVisible();
  });

  test('reserves a namespace: the name is checked first, the API’s refusal sits at the field', async ({ page }) => {
    await openApp(page, '/namespaces');
    await page.getByRole('button', { name: 'Reserve namespace' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reserve namespace' });
    const name = dialog.getByLabel('Namespace');
    await name.fill('acme/fleet');
    await expect(dialog.getByText('A namespace is one topic level')).toBeVisible();
    await name.fill('9lives');
    await expect(dialog.getByText('Start with a letter')).toBeVisible();

    // Taken by another account: only the API knows.
    await name.fill('globex-telemetry');
    await dialog.getByRole('button', { name: 'Reserve namespace' }).click();
    await expect(dialog.getByText('"globex-telemetry" is already reserved by another account')).toBeVisible();
    await expect(name).toHaveValue('globex-telemetry');

    await name.fill('acme-robots');
    await dialog.getByRole('button', { name: 'Reserve namespace' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'acme-robots' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Configurations by jurisdiction' }).getByText('Not configured')).toHaveCount(7);
  });

  test('removing a namespace with configurations is refused and links to them; an empty one is removed', async ({ page }) => {
    await openApp(page, '/namespaces');
    await page.getByRole('button', { name: 'Remove namespace acme-fleet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove namespace' });
    await expect(dialog.getByRole('alert')).toContainText('acme-fleet still has 3 configurations');
    await expect(dialog.getByRole('button', { name: 'Remove namespace' })).toHaveCount(0);
    await dialog.getByRole('link', { name: 'Japan (jp)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'acme-fleet · Japan' })).toBeVisible();

    await page.goto('/namespaces');
    await page.getByRole('button', { name: 'Remove namespace acme-lab' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove namespace' });
    await confirm.getByLabel('Type "acme-lab" to confirm').fill('acme-lab');
    await confirm.getByRole('button', { name: 'Remove namespace' }).click();
    await expect(page.getByText('acme-lab was released.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Your namespaces' }).getByRole('link', { name: 'acme-lab' })).toHaveCount(0);
  });
});
