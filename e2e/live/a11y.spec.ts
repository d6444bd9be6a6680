import { seriousA11yViolations } from '../fixtures/axe';
import { expect, openApp } from '../fixtures/app';
import { askToSubscribeEverythingRemotely, connectLive, messageList, subscribe } from '../fixtures/live';
import { test } from '../fixtures/mosquitto';

test.describe('Live MQTT: accessibility', () => {
  test('has no serious or critical axe violations with traffic, a selected message and the tree open', async ({ page }) => {
    await connectLive(page);
    await subscribe(page, 'devices/#');
    const list = messageList(page);
    // Only telemetry in view: a burst of retained status messages cannot push it out of the held window.
    await page.getByLabel('View filter').fill('devices/+/telemetry');
    await expect(list.getByRole('row', { name: /\/telemetry/ }).first()).toBeVisible();
    // Pointing at the list holds it still, so the row clicked is the row found.
    await list.hover();
    await list.getByRole('row', { name: /\/telemetry/ }).first().click();
    await expect(page.getByLabel('Payload as JSON')).toBeVisible();
    await page.getByRole('tree', { name: 'Topic tree' }).getByRole('button', { name: 'Expand devices' }).click();
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test('the forms with their errors, MQTT 5 fields, the export menu, a refusal and the leave dialog', async ({ page, mosquitto }) => {
    await openApp(page, '/live');
    // Disconnected, with errors at the fields.
    const connection = page.getByRole('form', { name: 'Connection' });
    await connection.getByLabel('Broker URL').fill('http://broker.example.com');
    await connection.getByRole('textbox', { name: 'Client ID' }).fill('');
    const publish = page.getByRole('form', { name: 'Publish' });
    await publish.getByLabel('Topic', { exact: true }).fill('a/+/b');
    await publish.getByLabel('Payload', { exact: true }).fill('{nope');
    await page.getByLabel('Topic filter', { exact: true }).fill('a/#/b');
    await expect(connection.getByText('use ws:// or wss://')).toBeVisible();
    expect(await seriousA11yViolations(page), 'forms with errors').toEqual([]);

    // MQTT 5: the properties fieldset, a refused subscription, and the export menu open.
    await connectLive(page, { url: mosquitto.url, version: '5' });
    await page.getByLabel('Topic filter', { exact: true }).fill('restricted/#');
    await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Subscriptions' }).getByRole('alert')).toContainText('0x87');
    await page.getByRole('button', { name: 'Add user property' }).click();
    await expect(publish.getByLabel('User property 1 name')).toBeVisible();
    await page.getByRole('button', { name: 'Export NDJSON' }).click();
    await expect(page.getByRole('menuitem', { name: 'Whole buffer' })).toBeVisible();
    expect(await seriousA11yViolations(page), 'MQTT 5, refusal, export menu').toEqual([]);
    await page.keyboard.press('Escape');

    // The leave dialog over a drafted message.
    await publish.getByLabel('Payload', { exact: true }).fill('{"draft":1}');
    await page.getByRole('link', { name: 'Settings' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Unsaved changes' });
    await expect(dialog).toBeVisible();
    // Scan once the opening transition is over: half-faded text is not what users read.
    await expect(dialog).toHaveCSS('opacity', '1');
    expect(await seriousA11yViolations(page), 'unsaved changes dialog').toEqual([]);
  });

  test('the confirmation before subscribing to everything, and reconnecting to a remote broker', async ({ page }) => {
    // The panel keeps retrying, with the countdown and "Retry now" on screen.
    const dialog = await askToSubscribeEverythingRemotely(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveCSS('opacity', '1');
    expect(await seriousA11yViolations(page), 'subscribe to everything').toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status', { name: 'Connection: Reconnecting' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('region', { name: 'Live status' })).toContainText(/Attempt \d+, next in/);
    expect(await seriousA11yViolations(page), 'reconnecting').toEqual([]);
  });
});
