import { LB_IDS } from '../../mocks/seed/scaleway-lb-ids';
import { expect, openApp, test } from '../fixtures/app';

const OTA = '/load-balancers/fr-par/5b3f4e6d-7c80-4192-8cb3-2d4e5f607182';
const LEGACY = '/load-balancers/fr-par/7d51607f-9ea2-43b4-8ed5-4f60718293a4';

test.describe('Delete a load balancer', () => {
  test('and release its flexible IP: the address is gone from the account', async ({ page }) => {
    await openApp(page, OTA);
    await page.getByRole('button', { name: 'Delete load balancer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete load balancer' });
    await expect(dialog).toContainText('ota-updates');
    // Each choice says what it does.
    await expect(dialog.getByRole('radio', { name: 'Keep 51.159.26.77' })).toBeChecked();
    await expect(dialog).toContainText('DNS records pointing at them keep working');
    await dialog.getByRole('radio', { name: 'Release 51.159.26.77' }).check();
    await expect(dialog).toContainText('cannot be recovered');
    const confirm = dialog.getByRole('button', { name: 'Delete and release IPs' });
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel('Type "ota-updates" to confirm').fill('ota-updates');
    await confirm.click();

    await expect(page.getByRole('heading', { level: 1, name: 'Load balancers' })).toBeVisible();
    await expect(page.getByText('ota-updates was deleted and 51.159.26.77 released.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Load balancers' }).getByRole('link', { name: 'device-api-par' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Load balancers' }).getByRole('link', { name: 'ota-updates' })).toHaveCount(0);

    await page.getByRole('link', { name: 'Flexible IPs' }).click();
    const ips = page.getByRole('table', { name: 'Flexible IPs' });
    await expect(ips).toContainText('51.159.24.17');
    await expect(ips).not.toContainText('51.159.26.77');
  });

  test('keeping its flexible IP: the address stays, detached and reusable', async ({ page }) => {
    await openApp(page, LEGACY);
    await page.getByRole('button', { name: 'Delete load balancer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete load balancer' });
    await expect(dialog.getByRole('radio', { name: 'Keep 62.210.44.118' })).toBeChecked();
    await dialog.getByLabel('Type "legacy-coap-bridge" to confirm').fill('legacy-coap-bridge');
    await dialog.getByRole('button', { name: 'Delete load balancer' }).click();
    await expect(page.getByText('legacy-coap-bridge was deleted; 62.210.44.118 stayed in your account.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Load balancers' }).getByRole('link', { name: 'legacy-coap-bridge' })).toHaveCount(0);

    await page.getByRole('link', { name: 'Flexible IPs' }).click();
    const row = page.getByRole('table', { name: 'Flexible IPs' }).getByRole('row', { name: /62\.210\.44\.118/ });
    await expect(row).toContainText('Not attached');
    // Now detached, it can be released (an irreversible action: the address is typed).
    await row.getByRole('button', { name: 'Release 62.210.44.118' }).click();
    const release = page.getByRole('dialog', { name: 'Release flexible IP' });
    await release.getByLabel('Type "62.210.44.118" to confirm').fill('62.210.44.118');
    await release.getByRole('button', { name: 'Release IP' }).click();
    await expect(page.getByRole('table', { name: 'Flexible IPs' })).not.toContainText('62.210.44.118');

    // The deleted load balancer's own page now says it is gone.
    await page.goto(LEGACY);
    await expect(page.getByRole('alert')).toContainText(`The load balancer ${LB_IDS.legacyCoap} does not exist.`);
  });
});
