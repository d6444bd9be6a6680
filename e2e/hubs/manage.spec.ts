import { HUB_IDS } from '../../mocks/seed/scaleway-iot-ids';
import { expect, openApp, test } from '../fixtures/app';

const LAB = '/hubs/fr-par/c1789ed6-4f5d-4a81-8cb3-344556677889';
const FLEET = '/hubs/fr-par/0b5c7e1a-2f3d-4a6b-8c9d-1e2f3a4b5c6d';
const LEGACY = '/hubs/fr-par/d289afe7-5a6e-4b92-9dc4-45566778899a';

test.describe('Create hub', () => {
  test('validates in the browser, shows API field errors at the field, keeps the input, then creates', async ({ page }) => {
    await openApp(page, '/hubs');
    await page.getByRole('link', { name: 'Create hub' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Create hub' })).toBeVisible();

    // Client-side rules mirror the API's.
    await page.getByRole('button', { name: 'Create hub' }).click();
    await expect(page.getByText('Name is required')).toBeVisible();
    await page.getByLabel('Name').fill('x'.repeat(256));
    await page.getByRole('button', { name: 'Create hub' }).click();
    await expect(page.getByText('At most 255 characters (256 now)')).toBeVisible();

    // A name the API refuses (already taken in this project and region): the error sits at the field.
    await page.getByLabel('Name').fill('fleet-telemetry-par');
    await page.getByLabel('Events topic prefix').fill('$SCW/fleet-events');
    await page.getByRole('button', { name: 'Create hub' }).click();
    await expect(page.getByText('a hub named "fleet-telemetry-par" already exists in this project and region')).toBeVisible();
    await expect(page.getByLabel('Name')).toHaveValue('fleet-telemetry-par');
    await expect(page.getByLabel('Events topic prefix')).toHaveValue('$SCW/fleet-events');

    await page.getByLabel('Name').fill('fleet-telemetry-2');
    await page.getByRole('combobox', { name: 'Product plan' }).click();
    await page.getByRole('option', { name: 'Dedicated' }).click();
    await page.getByRole('button', { name: 'Create hub' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'fleet-telemetry-2' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Hub details' })).toContainText('$SCW/fleet-events');
    await expect(page.getByRole('table', { name: 'Hub details' })).toContainText('Dedicated');
    // The new hub settles from Enabling to Ready.
    await expect(page.getByLabel('Status: Ready').first()).toBeVisible({ timeout: 10_000 });

    await page.getByRole('link', { name: 'Hubs' }).first().click();
    await expect(page.getByRole('table', { name: 'Hubs' }).getByRole('link', { name: 'fleet-telemetry-2' })).toBeVisible();
  });

  test('shows an SDK-era invalid_arguments error (?scenario=scaleway-sdk-errors) at its field', async ({ page }) => {
    await openApp(page, '/hubs/new?scenario=scaleway-sdk-errors');
    await expect(page.getByRole('heading', { level: 1, name: 'Create hub' })).toBeVisible();
    await page.getByLabel('Name').fill('fleet-telemetry-par');
    await page.getByLabel('Events topic prefix').fill('$SCW/fleet-events');
    const answer = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/iot/v1/regions/fr-par/hubs');
    await page.getByRole('button', { name: 'Create hub' }).click();
    // The mock answered in the SDK-era family: details[] instead of fields.
    const response = await answer;
    expect(response.status()).toBe(400);
    expect(await response.json()).toEqual({
      type: 'invalid_arguments',
      message: 'invalid argument(s)',
      details: [{ argument_name: 'name', reason: 'constraint', help_message: 'a hub named "fleet-telemetry-par" already exists in this project and region' }],
    });
    const name = page.getByLabel('Name');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(/a hub named "fleet-telemetry-par" already exists in this project and region/);
    await expect(name).toHaveValue('fleet-telemetry-par');
    await expect(page.getByLabel('Events topic prefix')).toHaveValue('$SCW/fleet-events');
    // Placed at its field, it needs no form-level alert.
    await expect(page.getByRole('alert').filter({ hasText: 'The hub was not saved' })).toHaveCount(0);
  });
});

test.describe('Hub page', () => {
  test('shows every field, the endpoint with its four ports and device counts', async ({ page }) => {
    await openApp(page, FLEET);
    await expect(page.getByRole('heading', { level: 1, name: 'fleet-telemetry-par' })).toBeVisible();
    const details = page.getByRole('table', { name: 'Hub details' });
    for (const label of ['ID', 'Product plan', 'Region', 'Endpoint', 'Events topic prefix', 'Project ID', 'Organization ID', 'Created', 'Last updated', 'Device auto-provisioning']) {
      await expect(details.getByRole('rowheader', { name: label, exact: true })).toBeVisible();
    }
    const ports = page.getByRole('table', { name: 'Endpoint ports' });
    await expect(ports.getByRole('row')).toHaveCount(5);
    await expect(ports).toContainText('mqtts://0b5c7e1a.iot.fr-par.scw.cloud:8883');
    await expect(ports).toContainText('wss://0b5c7e1a.iot.fr-par.scw.cloud:443');
    await expect(page.getByRole('button', { name: 'Copy MQTT over WebSocket over TLS URL' })).toBeVisible();
    await expect(page.getByText('1,187', { exact: true })).toBeVisible();
  });

  test('edits every updatable field, with the tab in the URL', async ({ page }) => {
    await openApp(page, LAB);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await expect(page).toHaveURL(/tab=settings/);
    await expect(page.getByRole('switch', { name: 'Device auto-provisioning' })).toBeDisabled();
    await expect(page.getByText('Requires a custom certificate authority')).toBeVisible();
    await page.getByLabel('Name').fill('lab-sandbox-renamed');
    await page.getByRole('checkbox', { name: 'Disable events' }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'lab-sandbox-renamed' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'lab-sandbox-renamed' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Disable events' })).toBeChecked();
  });

  test('warns before leaving a form with unsaved edits', async ({ page }) => {
    await openApp(page, `${LAB}?tab=settings`);
    await page.getByLabel('Name').fill('half-typed');
    await page.getByRole('link', { name: 'Devices' }).click();
    const dialog = page.getByRole('dialog', { name: 'Unsaved changes' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Stay on this page' }).click();
    await expect(page.getByLabel('Name')).toHaveValue('half-typed');
  });

  test('disables and enables at once, and rolls the status back when the call fails', async ({ page }) => {
    await openApp(page, LAB);
    await page.getByRole('button', { name: 'Disable hub' }).click();
    await expect(page.getByLabel('Status: Disabling').first()).toBeVisible();
    await expect(page.getByLabel('Status: Disabled').first()).toBeVisible({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Enable hub' }).click();
    await expect(page.getByLabel('Status: Enabling').first()).toBeVisible();
    await expect(page.getByLabel('Status: Ready').first()).toBeVisible({ timeout: 10_000 });

    await page.goto(`${LAB}?scenario=hub-action-error`);
    await page.getByRole('button', { name: 'Disable hub' }).click();
    await expect(page.getByText('Could not disable lab-sandbox')).toBeVisible();
    await expect(page.getByText('The previous status was restored.')).toBeVisible();
    await expect(page.getByLabel('Status: Ready').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Disable hub' })).toBeEnabled();
  });

  test('delete is refused for a hub with devices, explained, then succeeds with "also delete its devices"', async ({ page }) => {
    await openApp(page, FLEET);
    await page.getByRole('button', { name: 'Delete hub' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete hub' });
    await expect(dialog).toContainText('fleet-telemetry-par');
    const confirm = dialog.getByRole('button', { name: 'Delete hub' });
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel('Type "fleet-telemetry-par" to confirm').fill('fleet-telemetry');
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel('Type "fleet-telemetry-par" to confirm').fill('fleet-telemetry-par');
    await confirm.click();
    await expect(dialog.getByRole('alert')).toContainText('still has 1,240 registered devices');
    await expect(dialog.getByRole('alert')).toContainText('Also delete its devices');
    await dialog.getByRole('checkbox', { name: /Also delete its devices/ }).check();
    await confirm.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hubs' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Hubs' }).getByRole('link', { name: 'smart-meters-prod' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Hubs' }).getByRole('link', { name: 'fleet-telemetry-par' })).toHaveCount(0);
  });

  test('deletes a hub without devices', async ({ page }) => {
    await openApp(page, LEGACY);
    await page.getByRole('button', { name: 'Delete hub' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete hub' });
    await dialog.getByLabel('Type "legacy-gateway" to confirm').fill('legacy-gateway');
    await dialog.getByRole('button', { name: 'Delete hub' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hubs' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Hubs' }).getByRole('link', { name: 'lab-sandbox' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Hubs' }).getByRole('link', { name: 'legacy-gateway' })).toHaveCount(0);
    await page.goto(LEGACY);
    await expect(page.getByRole('alert')).toContainText(`The hub ${HUB_IDS.legacyGateway} does not exist.`);
  });

  test('charts metrics over a chosen range kept in the URL', async ({ page }) => {
    await openApp(page, `${FLEET}?tab=metrics`);
    await expect(page.getByRole('img', { name: 'Messages over the last day' })).toBeVisible();
    const metricsRequest = page.waitForRequest((r) => r.url().includes('/metrics?start_date='));
    await page.getByText('Last week').click();
    const request = await metricsRequest;
    const start = new Date(new URL(request.url()).searchParams.get('start_date') ?? '').getTime();
    expect(Math.abs(Date.now() - 7 * 86_400_000 - start)).toBeLessThan(120_000);
    await expect(page).toHaveURL(/range=week/);
    await expect(page.getByRole('img', { name: 'Connected devices over the last week' })).toBeVisible();
  });
});
