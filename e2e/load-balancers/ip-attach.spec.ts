import { LB_IDS, LB_IP_ADDRESSES } from '../../mocks/seed/scaleway-lb-ids';
import { expect, openApp, test } from '../fixtures/app';

const SPARE = LB_IP_ADDRESSES.spareParis;

test.describe('Flexible IP attachment', () => {
  test('attaches a spare IP to a load balancer, detaches it, then releases it', async ({ page }) => {
    await openApp(page, `/load-balancers/ips?address=${SPARE}`);
    await expect(page.getByRole('textbox', { name: 'Filter by address' })).toHaveValue(SPARE);
    const table = page.getByRole('table', { name: 'Flexible IPs' });
    await expect(table.getByRole('row')).toHaveCount(2);
    const row = table.getByRole('row', { name: new RegExp(SPARE.replaceAll('.', '\\.')) });
    await expect(row).toContainText('Not attached');

    await row.getByRole('button', { name: `Attach to load balancer: ${SPARE}` }).click();
    const attach = page.getByRole('dialog', { name: `Attach ${SPARE} to a load balancer` });
    // Only load balancers of the address's zone can take it.
    await attach.getByRole('combobox', { name: 'Load balancer' }).click();
    await expect(page.getByRole('option', { name: 'device-api-par (fr-par-2, another zone)' })).toBeDisabled();
    await page.getByRole('option', { name: 'mqtt-ingress-par', exact: true }).click();
    await attach.getByRole('button', { name: 'Attach' }).click();
    await expect(attach).toBeHidden();
    await expect(row.getByRole('link', { name: 'mqtt-ingress-par' })).toBeVisible();
    await expect(row.getByRole('button', { name: `Release ${SPARE}` })).toHaveAttribute('aria-disabled', 'true');

    await row.getByRole('button', { name: `Detach ${SPARE}` }).click();
    const detach = page.getByRole('dialog', { name: 'Detach flexible IP' });
    await expect(detach).toContainText(`${SPARE} from mqtt-ingress-par`);
    await detach.getByRole('button', { name: 'Detach' }).click();
    await expect(detach).toBeHidden();
    await expect(row).toContainText('Not attached');

    await row.getByRole('button', { name: `Release ${SPARE}` }).click();
    const release = page.getByRole('dialog', { name: 'Release flexible IP' });
    await release.getByLabel(`Type "${SPARE}" to confirm`).fill(SPARE);
    await release.getByRole('button', { name: 'Release IP' }).click();
    await expect(page.getByText(`${SPARE} was released.`)).toBeVisible();
    await expect(page.getByText('No flexible IPs match these filters')).toBeVisible();
  });

  test('attaches and detaches from the load balancer page', async ({ page }) => {
    await openApp(page, `/load-balancers/fr-par/${LB_IDS.mqttIngress}`);
    const addresses = page.getByRole('table', { name: 'Public addresses' });
    await expect(addresses).toContainText(LB_IP_ADDRESSES.mqttIngress);
    await page.getByRole('button', { name: 'Attach flexible IP' }).click();
    const attach = page.getByRole('dialog', { name: 'Attach a flexible IP to mqtt-ingress-par' });
    await attach.getByRole('button', { name: 'Attach' }).click();
    await expect(attach.getByText('Choose a flexible IP')).toBeVisible();
    await attach.getByRole('combobox', { name: 'Flexible IP' }).click();
    await page.getByRole('option', { name: SPARE, exact: true }).click();
    await attach.getByRole('button', { name: 'Attach' }).click();
    await expect(attach).toBeHidden();
    await expect(addresses.getByRole('row', { name: new RegExp(SPARE.replaceAll('.', '\\.')) })).toBeVisible();

    await addresses.getByRole('button', { name: `Detach ${SPARE}` }).click();
    const detach = page.getByRole('dialog', { name: 'Detach flexible IP' });
    await expect(detach).toContainText(`${SPARE} from mqtt-ingress-par`);
    await detach.getByRole('button', { name: 'Detach' }).click();
    await expect(page.getByText(`${SPARE} was detached from mqtt-ingress-par. It can now be released.`)).toBeVisible();
    await expect(addresses).not.toContainText(SPARE);
    await expect(addresses).toContainText(LB_IP_ADDRESSES.mqttIngress);
  });
});
