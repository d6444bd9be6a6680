import { LB_CHAIN_PEM, LB_CHAIN_WRONG_KEY_PEM } from '../fixtures/lb-certificates.gen';
import { expect, openApp, test } from '../fixtures/app';

const DEVICE_API = '/load-balancers/fr-par/4a2e3d5c-6b7f-4081-9ba2-1c3d4e5f6071';
const STAGING = '/load-balancers/fr-par/6c405f7e-8d91-42a3-9dc4-3e5f60718293';

test.describe('Certificates of a load balancer', () => {
  test('show status, validity, days remaining, and why generation failed', async ({ page }) => {
    await openApp(page, `${DEVICE_API}?tab=certificates`);
    const table = page.getByRole('table', { name: 'Certificates' });
    const wildcard = table.getByRole('row', { name: /fleet-wildcard/ });
    await expect(wildcard).toContainText('Imported');
    await expect(wildcard).toContainText('*.fleet.example.com');
    await expect(wildcard).toContainText('Expiring soon');
    await expect(wildcard).toContainText('12 days left');
    await expect(table.getByRole('row', { name: /api-fleet-le/ })).toContainText('47 days left');

    await page.goto(`${STAGING}?tab=certificates`);
    const failed = page.getByRole('table', { name: 'Certificates' }).getByRole('row', { name: /staging-le/ });
    await expect(failed).toContainText('Failed');
    await expect(failed).toContainText('DNS problem: NXDOMAIN looking up A for staging-api.fleet.example.com');
  });

  test("requests a Let's Encrypt certificate that fails, and imports a PEM bundle checked in the browser", async ({ page }) => {
    await openApp(page, `${DEVICE_API}?tab=certificates`);
    await page.getByRole('button', { name: 'Add certificate' }).click();
    let dialog = page.getByRole('dialog', { name: 'Add certificate' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('shop-le');
    await dialog.getByRole('textbox', { name: 'Common name' }).fill('shop.fleet.invalid');
    await dialog.getByRole('button', { name: 'Request certificate' }).click();
    const requested = page.getByRole('table', { name: 'Certificates' }).getByRole('row', { name: /shop-le/ });
    await expect(requested).toContainText('Being issued');
    await expect(requested).toContainText('Failed', { timeout: 10_000 });
    await expect(requested).toContainText('NXDOMAIN looking up A for shop.fleet.invalid');

    await page.getByRole('button', { name: 'Add certificate' }).click();
    dialog = page.getByRole('dialog', { name: 'Add certificate' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('devices-imported');
    await dialog.getByText('Import a certificate').click();
    await dialog.getByRole('textbox', { name: 'Certificate chain (PEM)' }).fill(LB_CHAIN_WRONG_KEY_PEM);
    await expect(dialog.getByRole('list', { name: 'Certificate check' })).toContainText('The private key does not belong to the first certificate.');
    await expect(dialog.getByRole('button', { name: 'Import certificate' })).toBeDisabled();
    await dialog.getByRole('textbox', { name: 'Certificate chain (PEM)' }).fill(LB_CHAIN_PEM);
    await expect(dialog).toContainText('devices.fleet.example.com, also mqtt.fleet.example.com');
    await expect(dialog).toContainText('the private key matches');
    await dialog.getByRole('button', { name: 'Import certificate' }).click();
    const imported = page.getByRole('table', { name: 'Certificates' }).getByRole('row', { name: /devices-imported/ });
    await expect(imported).toContainText('Valid');
    await expect(imported).toContainText('also mqtt.fleet.example.com');
  });
});
