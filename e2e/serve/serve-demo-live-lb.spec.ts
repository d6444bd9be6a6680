import { recordCspViolations } from '../fixtures/csp';
import { LB_CHAIN_PEM } from '../fixtures/lb-certificates.gen';
import { expect, openApp, test } from '../fixtures/app';
import { E2E_BROKER_URL, messageList, uniquePrefix } from '../fixtures/live';

/**
 * The Live MQTT and Load balancer main flows against `npm run serve -- --demo`: the production
 * server with its CSP (connect-src names the e2e broker). Any CSP violation fails the test.
 */
test.describe('served build (--demo): Live MQTT and load balancers', () => {
  test('live: connects, subscribes, publishes, opens and exports a message without CSP violations', async ({ page }) => {
    const violations = await recordCspViolations(page);
    const prefix = uniquePrefix('served');
    await openApp(page, '/live');
    await page.getByLabel('Broker URL').fill(E2E_BROKER_URL);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByRole('status', { name: 'Connection: Connected' })).toBeVisible();

    // Simulator traffic arrives through the MQTT worker.
    await page.getByLabel('Topic filter', { exact: true }).fill('devices/#');
    await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect(page.getByRole('listitem', { name: 'Subscription devices/#' })).toContainText('Granted QoS 0');
    await expect(messageList(page).getByRole('row', { name: /\/telemetry/ }).first()).toBeVisible();
    await expect(page.getByRole('tree', { name: 'Topic tree' }).getByRole('button', { name: 'Expand devices' })).toBeVisible();

    // A refused subscription is rolled back and explained.
    await page.getByLabel('Topic filter', { exact: true }).fill('restricted/#');
    await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Subscriptions' }).getByRole('alert')).toContainText('Refused 0x80');
    await page.getByLabel('Topic filter', { exact: true }).fill(`${prefix}/#`);
    await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect(page.getByRole('listitem', { name: `Subscription ${prefix}/#` })).toContainText('Granted QoS 0');

    const publish = page.getByRole('form', { name: 'Publish' });
    await publish.getByLabel('Topic', { exact: true }).fill(`${prefix}/valve-1/command`);
    await publish.getByLabel('Payload', { exact: true }).fill('{"open": true}');
    await publish.getByRole('button', { name: 'Publish' }).click();
    await page.getByLabel('View filter').fill(`${prefix}/#`);
    // Only our message is in view once the filter applies; pointing at the list holds it still.
    await expect(page.getByRole('group', { name: 'Shown: 1' })).toBeVisible();
    const row = messageList(page).getByRole('row', { name: new RegExp(`${prefix}/valve-1/command`) });
    await expect(row).toContainText('{"open": true}');
    await messageList(page).hover();
    await row.click();
    await expect(page.getByLabel('Payload as JSON')).toContainText('"open": true');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export NDJSON' }).click();
    await page.getByRole('menuitem', { name: 'Filtered view' }).click();
    expect((await download).suggestedFilename()).toMatch(/^mqtt-view-.*\.ndjson$/);
    expect(await violations()).toEqual([]);
  });

  test('load balancers: create, wire a backend, frontend and ACL, test a rule, import a certificate, IPs and subscribers without CSP violations', async ({ page }) => {
    const violations = await recordCspViolations(page);
    await openApp(page, '/load-balancers');
    await expect(page.getByRole('table', { name: 'Load balancers' }).getByRole('link', { name: 'device-api' })).toBeVisible();
    await page.getByRole('link', { name: 'Create load balancer' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('served-lb');
    await page.getByRole('radio', { name: 'LB-GP-M' }).check();
    await page.getByRole('button', { name: 'Create load balancer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'served-lb' })).toBeVisible();
    await expect(page.getByLabel('Status: Ready').first()).toBeVisible({ timeout: 10_000 });

    await page.getByRole('tab', { name: 'Backends' }).click();
    await page.getByRole('button', { name: 'Add backend' }).click();
    const drawer = page.getByRole('dialog', { name: 'Add backend' });
    await drawer.getByRole('textbox', { name: 'Name', exact: true }).fill('brokers');
    await drawer.getByRole('textbox', { name: 'Port', exact: true }).fill('8080');
    await drawer.getByLabel('Server IPs').fill('10.1.0.11\n2001:db8::11');
    await drawer.getByRole('button', { name: 'Add backend' }).click();
    await expect(drawer).toBeHidden();

    await page.getByRole('tab', { name: 'Frontends' }).click();
    await page.getByRole('button', { name: 'Add frontend' }).click();
    const frontend = page.getByRole('dialog', { name: 'Add frontend' });
    await frontend.getByRole('textbox', { name: 'Name', exact: true }).fill('http-80');
    await frontend.getByRole('textbox', { name: 'Port', exact: true }).fill('80');
    await frontend.getByRole('button', { name: 'Add frontend' }).click();
    await expect(frontend).toBeHidden();

    await page.getByRole('button', { name: 'ACLs of http-80' }).click();
    await page.getByRole('button', { name: 'Add ACL' }).click();
    const acl = page.getByRole('dialog', { name: 'Add ACL to http-80' });
    await acl.getByRole('textbox', { name: 'Name', exact: true }).fill('deny-admin');
    await acl.getByRole('combobox', { name: 'HTTP filter' }).click();
    await page.getByRole('option', { name: 'Path begins with' }).click();
    await acl.getByLabel('Values').fill('/admin');
    await acl.getByRole('button', { name: 'Add ACL' }).click();
    await expect(acl).toBeHidden();
    await page.getByRole('textbox', { name: 'Path', exact: true }).fill('/admin/settings');
    await expect(page.getByRole('status', { name: 'Verdict' })).toContainText('Denied by deny-admin (rule 1 of 1)');

    // A PEM bundle is checked in the browser (WebCrypto, a lazy chunk) before it is imported.
    await page.getByRole('tab', { name: 'Certificates' }).click();
    await page.getByRole('button', { name: 'Add certificate' }).click();
    const certificate = page.getByRole('dialog', { name: 'Add certificate' });
    await certificate.getByRole('textbox', { name: 'Name', exact: true }).fill('served-imported');
    await certificate.getByText('Import a certificate').click();
    await certificate.getByRole('textbox', { name: 'Certificate chain (PEM)' }).fill(LB_CHAIN_PEM);
    await expect(certificate).toContainText('the private key matches');
    await certificate.getByRole('button', { name: 'Import certificate' }).click();
    await expect(page.getByRole('table', { name: 'Certificates' }).getByRole('row', { name: /served-imported/ })).toContainText('Valid');

    await page.getByRole('tab', { name: 'Statistics' }).click();
    await expect(page.getByText('Servers healthy')).toBeVisible();

    await page.goto('/load-balancers/ips');
    await page.getByRole('button', { name: 'Create flexible IP' }).click();
    const ip = page.getByRole('dialog', { name: 'Create flexible IP' });
    await ip.getByRole('button', { name: 'Create flexible IP' }).click();
    await expect(ip).toBeHidden();
    await page.getByRole('link', { name: 'Alert subscribers' }).click();
    await expect(page.getByText('slack-fleet-alerts').first()).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});
