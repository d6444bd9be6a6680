import { expect, openApp, test } from '../fixtures/app';
import { E2E_BROKER_URL, connectLive, messageList, uniquePrefix } from '../fixtures/live';

test.describe('Live MQTT from the keyboard alone', () => {
  test('fills the broker URL, connects, subscribes, publishes and opens the message without a mouse', async ({ page }) => {
    const prefix = uniquePrefix('keyboard');
    await openApp(page, '/live');
    const connection = page.getByRole('form', { name: 'Connection' });
    await connection.getByLabel('Preset').focus();
    await page.keyboard.press('Tab');
    await expect(connection.getByLabel('Broker URL')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(E2E_BROKER_URL);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status', { name: 'Connection: Connected' })).toBeVisible();

    const subscribeForm = page.getByRole('form', { name: 'Add subscription' });
    await subscribeForm.getByLabel('Topic filter', { exact: true }).focus();
    await page.keyboard.type(`${prefix}/#`);
    await page.keyboard.press('Tab');
    await expect(subscribeForm.getByLabel('QoS')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(subscribeForm.getByLabel('Colour')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(subscribeForm.getByRole('button', { name: 'Subscribe' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('listitem', { name: `Subscription ${prefix}/#` })).toContainText('Granted QoS 0');

    const publish = page.getByRole('form', { name: 'Publish' });
    await publish.getByLabel('Topic', { exact: true }).focus();
    await page.keyboard.type(`${prefix}/pump-1/command`);
    for (const field of ['Payload format', 'QoS', 'Retain', 'Payload']) {
      await page.keyboard.press('Tab');
      await expect(publish.getByLabel(field, { exact: true })).toBeFocused();
    }
    await page.keyboard.type('{"run": true}');
    await page.keyboard.press('Tab');
    await expect(publish.getByRole('button', { name: 'Publish' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('table', { name: 'Sent messages' })).toContainText(`${prefix}/pump-1/command`);

    const row = messageList(page).getByRole('row', { name: new RegExp(`${prefix}/pump-1/command`) });
    await expect(row).toContainText('{"run": true}');
    await row.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Payload as JSON')).toContainText('"run": true');

    // The export menu opens and runs from the keyboard too.
    await page.getByRole('button', { name: 'Export NDJSON' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'Whole buffer' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'Filtered view' })).toBeFocused();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/^mqtt-view-.*\.ndjson$/);
  });
});

test.describe('Live MQTT: nothing typed is lost', () => {
  test('warns before leaving with a drafted message that was not published', async ({ page }) => {
    await connectLive(page);
    const publish = page.getByRole('form', { name: 'Publish' });
    await publish.getByLabel('Topic', { exact: true }).fill('e2e/drafts/valve-3');
    await publish.getByLabel('Payload', { exact: true }).fill('{"open": false}');
    await page.getByRole('link', { name: 'Hubs' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Unsaved changes' });
    await expect(dialog).toContainText('The message you drafted has not been published');
    await dialog.getByRole('button', { name: 'Stay on this page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Live MQTT' })).toBeVisible();
    await expect(publish.getByLabel('Payload', { exact: true })).toHaveValue('{"open": false}');

    // Once published, the draft is what was sent: leaving is free.
    await publish.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByRole('table', { name: 'Sent messages' })).toContainText('e2e/drafts/valve-3');
    await page.getByRole('link', { name: 'Hubs' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hubs' })).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Unsaved changes' })).toHaveCount(0);
  });

  test('shows publish errors at the field and keeps what was typed', async ({ page }) => {
    await openApp(page, '/live');
    const publish = page.getByRole('form', { name: 'Publish' });
    await publish.getByLabel('Topic', { exact: true }).fill('e2e/drafts/+/bad');
    await expect(publish.getByLabel('Topic', { exact: true })).toHaveAccessibleDescription(/wildcard|\+/i);
    await publish.getByLabel('Topic', { exact: true }).fill('e2e/drafts/valve-4');
    await publish.getByLabel('Payload', { exact: true }).fill('{"open": tru');
    await expect(publish.getByLabel('Payload', { exact: true })).toHaveAccessibleDescription(/Not valid JSON/);
    await expect(publish.getByLabel('Payload', { exact: true })).toHaveValue('{"open": tru');
  });
});
