import { ORGANIZATION_ID } from '../../mocks/seed/scaleway-iot-ids';
import { expect, openApp, test } from '../fixtures/app';

test.describe('Hubs list', () => {
  test('shows seeded hubs with every column, and keeps filters, sort and page in the URL', async ({ page }) => {
    await openApp(page, '/hubs');
    await expect(page.getByRole('heading', { level: 1, name: 'Hubs' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Hubs' });
    for (const header of ['Name', 'Status', 'Product plan', 'Devices (connected / registered)', 'Region', 'Created']) {
      await expect(table.getByRole('columnheader', { name: header })).toBeVisible();
    }
    const row = table.getByRole('row', { name: /fleet-telemetry-par/ });
    await expect(row).toContainText('Ready');
    await expect(row).toContainText('High availability');
    await expect(row).toContainText('1,187 / 1,240');
    await expect(row).toContainText('fr-par');

    await page.getByLabel('Filter by name').fill('smart');
    await expect(page).toHaveURL(/name=smart/);
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table.getByRole('link', { name: 'smart-meters-prod' })).toBeVisible();

    // The URL is a shareable link: opening it again restores the filter.
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await expect(page.getByLabel('Filter by name')).toHaveValue('smart');
    await expect(page.getByRole('table', { name: 'Hubs' }).getByRole('row')).toHaveCount(2);
  });

  test('sorts by column and paginates with page_size', async ({ page }) => {
    await openApp(page, '/hubs?pageSize=2');
    const table = page.getByRole('table', { name: 'Hubs' });
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(page.getByText('1–2 of 6 hubs')).toBeVisible();
    await page.getByRole('button', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText('3–4 of 6 hubs')).toBeVisible();

    await table.getByRole('button', { name: 'Name' }).click();
    await expect(page).toHaveURL(/order=name_asc/);
    await expect(page).not.toHaveURL(/page=2/);
    await expect(table.getByRole('row').nth(1)).toContainText('cold-chain-eu');
    await table.getByRole('button', { name: 'Name' }).click();
    await expect(page).toHaveURL(/order=name_desc/);
    await expect(table.getByRole('row').nth(1)).toContainText('smart-meters-prod');
    await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  });

  test('switches region from the header and filters by project', async ({ page }) => {
    await openApp(page, '/hubs');
    await page.getByRole('combobox', { name: 'Scaleway region' }).selectOption({ label: 'Warsaw (pl-waw)' });
    await expect(page).toHaveURL(/region=pl-waw/);
    const table = page.getByRole('table', { name: 'Hubs' });
    await expect(table.getByRole('link', { name: 'wind-farm-scada' })).toBeVisible();
    await expect(table.getByRole('link', { name: 'fleet-telemetry-par' })).toHaveCount(0);

    await page.getByLabel('Filter by project ID').fill('8c1e7f20-3b6d-4e8a-b5c2-9d0f1a2b3c4d');
    await expect(page).toHaveURL(/project=8c1e7f20/);
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table.getByRole('link', { name: 'retail-kiosks-waw' })).toBeVisible();
    await expect(table.getByRole('link', { name: 'parking-sensors' })).toBeVisible();
  });

  test('shows an empty state when nothing matches', async ({ page }) => {
    await openApp(page, '/hubs?name=does-not-exist');
    await expect(page.getByText('No hubs match these filters')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByRole('table', { name: 'Hubs' }).getByRole('row')).toHaveCount(7);
  });

  test('filters by organization: in the URL and sent to the API', async ({ page }) => {
    await openApp(page, '/hubs');
    const table = page.getByRole('table', { name: 'Hubs' });
    await expect(table.getByRole('link', { name: 'fleet-telemetry-par' })).toBeVisible();
    const other = '00000000-0000-4000-8000-000000000000';
    const sent = page.waitForRequest((r) => r.url().includes('/hubs?') && new URL(r.url()).searchParams.get('organization_id') === other);
    await page.getByRole('textbox', { name: 'Filter by organization ID' }).fill(other);
    await sent;
    await expect(page).toHaveURL(new RegExp(`organization=${other}`));
    await expect(page.getByText('No hubs match these filters')).toBeVisible();

    await page.getByRole('textbox', { name: 'Filter by organization ID' }).fill(ORGANIZATION_ID);
    await expect(page).toHaveURL(new RegExp(`organization=${ORGANIZATION_ID}`));
    await expect(table.getByRole('link', { name: 'fleet-telemetry-par' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('textbox', { name: 'Filter by organization ID' })).toHaveValue(other);
    await expect(page.getByText('No hubs match these filters')).toBeVisible();
  });

  test('shows the error state on a server error, and recovers with Retry', async ({ page }) => {
    await openApp(page, '/hubs?scenario=server-error');
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the hubs' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Internal server error');
    await expect(alert).toContainText('HTTP 500');
    await page.getByRole('button', { name: 'Clear scenario' }).click();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('table', { name: 'Hubs' }).getByRole('link', { name: 'lab-sandbox' })).toBeVisible();
    await expect(alert).toHaveCount(0);
  });

  test('does not retry a 401 and leads to the token in Settings', async ({ page }) => {
    let calls = 0;
    page.on('request', (r) => {
      if (r.url().includes('/iot/v1/regions/fr-par/hubs')) calls++;
    });
    await openApp(page, '/hubs?scenario=unauthorized');
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the hubs' });
    await expect(alert).toContainText('HTTP 401');
    // The error shows only once React Query has given up: a retried 401 would have been counted by now.
    await expect(alert.getByRole('link', { name: 'Open settings' })).toBeVisible();
    expect(calls).toBe(1);
    await alert.getByRole('link', { name: 'Open settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.getByLabel('API secret key (X-Auth-Token)')).toBeVisible();
  });
});
