import { expect, openApp, test } from '../fixtures/app';

test.describe('Load balancer list', () => {
  test('filters by name and tag, orders, and keeps it all in the URL', async ({ page }) => {
    await openApp(page, '/load-balancers');
    const table = page.getByRole('table', { name: 'Load balancers' });
    await expect(table.getByRole('row')).toHaveCount(6);
    const row = table.getByRole('row', { name: /mqtt-ingress-par/ });
    for (const text of ['Ready', 'LB-GP-M', '51.159.24.17', '2001:bc8:710:4a2::17', 'production', 'fr-par-1']) await expect(row).toContainText(text);

    // A tag badge filters the list.
    await row.getByRole('button', { name: 'Filter by tag mqtt' }).click();
    await expect(page).toHaveURL(/tag=mqtt/);
    await expect(table.getByRole('row')).toHaveCount(2);
    await page.getByRole('button', { name: 'Clear filters' }).click();

    await page.getByRole('textbox', { name: 'Filter by name' }).fill('api');
    await expect(page).toHaveURL(/name=api/);
    await expect(table.getByRole('link')).toHaveText(['device-api-par']);

    await page.goto('/load-balancers?tag=production&order=name_desc&pageSize=10');
    await expect(table.getByRole('link')).toHaveText(['ota-updates', 'mqtt-ingress-par', 'device-api-par']);
    await page.getByRole('button', { name: 'Name' }).click();
    await expect(page).toHaveURL(/order=name_asc/);
    await expect(table.getByRole('link').first()).toHaveText('device-api-par');

    // Another region, from the header.
    await page.getByRole('combobox', { name: 'Scaleway region' }).selectOption('nl-ams');
    await expect(page).toHaveURL(/region=nl-ams/);
    await expect(table.getByRole('link')).toHaveText(['factory-edge-ams', 'telemetry-ams']);
  });

  test('shows an error state with a retry when the API fails', async ({ page }) => {
    await openApp(page, '/load-balancers?scenario=server-error');
    await expect(page.getByRole('alert').filter({ hasText: 'Could not load the load balancers' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  });
});
