import { LAB_CA_PEM, LAB_CHALLENGE_PEM } from '../fixtures/certificates.gen';
import { LB_CHAIN_PEM } from '../fixtures/lb-certificates.gen';
import { expect, openApp, test } from '../fixtures/app';
import { SCOPE } from '../fixtures/certificates';

/**
 * The Certificates page shares its cloud queries (and their invalidation) with the load balancer
 * and hub pages: a certificate added to a load balancer, or a CA set on a hub, is listed as soon as
 * the user comes back, within the same session (no reload, which would empty the cache anyway).
 */
test.describe('Certificates follow changes made elsewhere', () => {
  test('a certificate added to a load balancer is listed right away', async ({ page }) => {
    await openApp(page, `/certificates?${SCOPE}&kind=lb`);
    const table = page.getByRole('table', { name: 'Certificates' });
    const wildcard = table.getByRole('row', { name: /fleet-wildcard/ });
    await expect(wildcard).toBeVisible();
    await expect(table.getByRole('row', { name: /devices-imported/ })).toHaveCount(0);

    await wildcard.getByRole('link', { name: 'device-api-par' }).click();
    await page.getByRole('button', { name: 'Add certificate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add certificate' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('devices-imported');
    await dialog.getByText('Import a certificate').click();
    await dialog.getByRole('textbox', { name: 'Certificate chain (PEM)' }).fill(LB_CHAIN_PEM);
    await dialog.getByRole('button', { name: 'Import certificate' }).click();
    await expect(page.getByRole('table', { name: 'Certificates' }).getByRole('row', { name: /devices-imported/ })).toContainText('Valid');

    await page.getByRole('link', { name: 'Certificates' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();
    await page.getByLabel('Kind').selectOption('lb');
    await expect(table.getByRole('row', { name: /devices-imported/ })).toContainText('device-api-par');
  });

  test('a CA set on a hub is listed right away', async ({ page }) => {
    await openApp(page, `/certificates?${SCOPE}&kind=hub-ca`);
    const table = page.getByRole('table', { name: 'Certificates' });
    await expect(table.getByRole('row', { name: /Acme Fleet Device CA 2024/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /Lab Sandbox Device CA/ })).toHaveCount(0);

    await page.getByRole('link', { name: 'hubs', exact: true }).click();
    await page.getByRole('link', { name: 'lab-sandbox' }).click();
    await page.getByRole('tab', { name: 'Certificate authority' }).click();
    await page.getByLabel('CA certificate (PEM)').fill(LAB_CA_PEM);
    await page.getByLabel('Challenge certificate (PEM)').fill(LAB_CHALLENGE_PEM);
    await page.getByRole('button', { name: 'Set certificate authority' }).click();
    await expect(page.getByText('lab-sandbox now trusts your CA.')).toBeVisible();

    await page.getByRole('link', { name: 'Certificates' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();
    await page.getByLabel('Kind').selectOption('hub-ca');
    await expect(table.getByRole('row', { name: /Lab Sandbox Device CA/ })).toContainText('lab-sandbox');
  });
});
