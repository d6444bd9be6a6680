import { expect, openApp, test } from '../fixtures/app';
import { E2E_BROKER_URL } from '../fixtures/live';

test.describe('Live MQTT: connection form', () => {
  test('offers the local broker and every hub endpoint (WebSocket over TLS, port 443) as presets', async ({ page }) => {
    await openApp(page, '/live');
    const preset = page.getByLabel('Preset');
    await expect(preset).toHaveValue('local');
    await expect(page.getByLabel('Broker URL')).toHaveValue('ws://127.0.0.1:9001');
    // Hubs come from the Scaleway IoT API (the mock backend here), across regions.
    await expect(preset.locator('option', { hasText: 'fleet-telemetry-par (fr-par)' })).toHaveCount(1);
    await expect(preset.locator('option', { hasText: 'wind-farm-scada (pl-waw)' })).toHaveCount(1);
    await preset.selectOption({ label: 'fleet-telemetry-par (fr-par)' });
    await expect(page.getByLabel('Broker URL')).toHaveValue(/^wss:\/\/.+:443$/);
    await expect(page.getByLabel('MQTT version')).toHaveValue('4');
  });

  test('generates an editable client ID and never stores the password unless asked to', async ({ page }) => {
    await openApp(page, '/live');
    const clientId = page.getByRole('textbox', { name: 'Client ID' });
    const first = await clientId.inputValue();
    expect(first).toMatch(/^iotc-[0-9a-f]{8}$/);
    await page.getByRole('button', { name: 'Generate a new client ID' }).click();
    await expect(clientId).not.toHaveValue(first);

    await page.getByLabel('Broker URL').fill('ws://192.0.2.10:9001');
    await page.getByLabel('User name').fill('operator');
    await page.getByLabel('Password', { exact: true }).fill('s3cret-pass');
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Live status' })).toContainText('ws://192.0.2.10:9001');
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).toContain('operator');
    expect(stored).not.toContain('s3cret-pass');

    // Leaving the panel keeps the session (and the password, in memory) for this tab.
    await page.getByRole('link', { name: 'Hubs' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hubs' })).toBeVisible();
    await page.getByRole('link', { name: 'Live MQTT' }).click();
    await expect(page.getByRole('region', { name: 'Live status' })).toContainText('ws://192.0.2.10:9001');
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('s3cret-pass');

    // After a reload the settings come back, the password does not.
    await page.reload();
    await expect(page.getByLabel('User name')).toHaveValue('operator');
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');

    await page.getByLabel('Password', { exact: true }).fill('s3cret-pass');
    await page.getByLabel('Remember password on this device').check();
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.reload();
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('s3cret-pass');
  });

  test('explains why an MQTT 3.1.1-only broker turns down MQTT 5.0', async ({ page }) => {
    await openApp(page, '/live');
    await page.getByLabel('Broker URL').fill(E2E_BROKER_URL);
    await page.getByLabel('MQTT version').selectOption('5');
    await expect(page.getByLabel('Session expiry (seconds)')).toBeVisible();
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByRole('status', { name: 'Connection: Reconnecting' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Live status' })).toContainText('If it speaks MQTT 3.1.1 only, choose MQTT 3.1.1.');
    await page.getByRole('button', { name: 'Disconnect' }).click();
    await expect(page.getByRole('status', { name: 'Connection: Offline' })).toBeVisible();
  });
});
