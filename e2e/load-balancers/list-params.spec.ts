import { LB_IDS, LB_ORGANIZATIONS } from '../../mocks/seed/scaleway-lb-ids';
import { expect, openApp, test } from '../fixtures/app';

test.describe('Load balancer list parameters', () => {
  test('filters load balancers by organization: in the URL and sent to the API', async ({ page }) => {
    await openApp(page, '/load-balancers');
    const table = page.getByRole('table', { name: 'Load balancers' });
    await expect(table.getByRole('link', { name: 'staging-gateway' })).toBeVisible();

    const sent = page.waitForRequest((r) => r.url().includes('/lbs?') && new URL(r.url()).searchParams.get('organization_id') === LB_ORGANIZATIONS.contractor);
    await page.getByRole('textbox', { name: 'Filter by organization ID' }).fill(LB_ORGANIZATIONS.contractor);
    await sent;
    await expect(page).toHaveURL(new RegExp(`organization=${LB_ORGANIZATIONS.contractor}`));
    await expect(table.getByRole('link')).toHaveText(['staging-gateway']);

    await page.getByRole('textbox', { name: 'Filter by organization ID' }).fill(LB_ORGANIZATIONS.fleet);
    await expect(table.getByRole('link', { name: 'mqtt-ingress-par' })).toBeVisible();
    await expect(table.getByRole('link', { name: 'staging-gateway' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).not.toHaveURL(/organization=/);
    await expect(table.getByRole('link', { name: 'staging-gateway' })).toBeVisible();
  });

  test('typing fast into the name search loses nothing, and Back restores the previous text', async ({ page }) => {
    await openApp(page, '/load-balancers');
    const table = page.getByRole('table', { name: 'Load balancers' });
    const search = page.getByRole('textbox', { name: 'Filter by name' });
    await search.click();
    await page.keyboard.type('mqtt-ingress');
    await expect(search).toHaveValue('mqtt-ingress');
    await expect(page).toHaveURL(/name=mqtt-ingress/);
    await expect(table.getByRole('link')).toHaveText(['mqtt-ingress-par']);

    // One change, so it is one history entry however loaded the machine is.
    await search.fill('device-api');
    await expect(search).toHaveValue('device-api');
    await expect(page).toHaveURL(/name=device-api/);
    await expect(table.getByRole('link')).toHaveText(['device-api-par']);

    await page.goBack();
    await expect(search).toHaveValue('mqtt-ingress');
    await expect(table.getByRole('link')).toHaveText(['mqtt-ingress-par']);
  });

  test('sorts backends by name through the API, and keeps the order in the URL', async ({ page }) => {
    await openApp(page, `/load-balancers/fr-par/${LB_IDS.deviceApi}?tab=backends`);
    const table = page.getByRole('table', { name: 'Backends' });
    await expect(table.getByRole('row')).not.toHaveCount(0);

    const asc = page.waitForRequest((r) => r.url().includes('/backends?') && new URL(r.url()).searchParams.get('order_by') === 'name_asc');
    await table.getByRole('button', { name: 'Name' }).click();
    await asc;
    await expect(page).toHaveURL(/backendOrder=name_asc/);
    await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(table.getByRole('row').nth(1)).toContainText('api-v2');

    const desc = page.waitForRequest((r) => r.url().includes('/backends?') && new URL(r.url()).searchParams.get('order_by') === 'name_desc');
    await table.getByRole('button', { name: 'Name' }).click();
    await desc;
    await expect(page).toHaveURL(/backendOrder=name_desc/);
    await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
    await expect(table.getByRole('row').nth(1)).toContainText('grafana');
    await expect(table.getByRole('row').nth(3)).toContainText('api-v2');

    // Back returns to the previous order.
    await page.goBack();
    await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
  });

  test('searches the ACLs of a frontend by name through the API, keeping the rule order', async ({ page }) => {
    await openApp(page, `/load-balancers/fr-par/${LB_IDS.deviceApi}?tab=acls`);
    const acls = page.getByRole('table', { name: 'ACLs of https-443' });
    await expect(acls.getByRole('row', { name: /deny-probes/ })).toBeVisible();
    const sent = page.waitForRequest((r) => r.url().includes('/acls?') && new URL(r.url()).searchParams.get('name') === 'deny');
    await page.getByRole('textbox', { name: 'Filter ACLs by name' }).fill('deny');
    await sent;
    await expect(page).toHaveURL(/aclName=deny/);
    await expect(acls.getByRole('row', { name: /allow-office-admin/ })).toHaveCount(0);
    // Rows keep their place in the full order (deny-admin is the second rule).
    await expect(acls.getByRole('row').nth(1)).toContainText('deny-admin');
    await expect(acls.getByRole('row').nth(1)).toContainText('2');
    await expect(acls.getByRole('row', { name: /deny-probes/ })).toBeVisible();

    await page.getByRole('textbox', { name: 'Filter ACLs by name' }).fill('nothing-like-this');
    await expect(page.getByText('No ACL matches this name')).toBeVisible();
  });

  test('narrows backend statistics to one backend through the API', async ({ page }) => {
    await openApp(page, `/load-balancers/fr-par/${LB_IDS.deviceApi}?tab=statistics`);
    await expect(page.getByRole('region', { name: 'Health of api-v2' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Health of grafana' })).toBeVisible();
    const sent = page.waitForRequest((r) => r.url().includes('/backend-stats?') && new URL(r.url()).searchParams.has('backend_id'));
    await page.getByRole('combobox', { name: 'Backend' }).selectOption({ label: 'grafana' });
    await sent;
    await expect(page).toHaveURL(/statsBackend=/);
    await expect(page.getByRole('region', { name: 'Health of grafana' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Health of api-v2' })).toHaveCount(0);
  });
});
