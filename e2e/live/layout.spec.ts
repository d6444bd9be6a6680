import type { Page } from '@playwright/test';
import { expect, openApp, test } from '../fixtures/app';
import { E2E_BROKER_URL, connectLive, messageList } from '../fixtures/live';

/**
 * The e2e broker listens on its own port, not the local preset's 9001: the panel's "local broker" is
 * the saved connection when it points at a loopback broker, so the tests save that first (as a user
 * who once connected to it has).
 */
async function rememberLocalBroker(page: Page) {
  await page.addInitScript((url) => {
    if (!localStorage.getItem('iotc.live.v1')) localStorage.setItem('iotc.live.v1', JSON.stringify({ connection: { url } }));
  }, E2E_BROKER_URL);
}

test.describe('Live MQTT: the workspace layout', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('once connected, the form folds into the status bar and the message list is on screen', async ({ page }) => {
    await connectLive(page, { query: '?filter=devices/%23' });
    const status = page.getByRole('region', { name: 'Live status' });
    await expect(page.getByRole('form', { name: 'Connection' })).toHaveCount(0);
    await expect(status).toContainText(E2E_BROKER_URL);
    await expect(status.getByRole('group', { name: /^Client ID: iotc-[0-9a-f]{8}$/ })).toBeVisible();
    // The Connect button left with the form: focus waits on Edit connection, not lost on the page.
    await expect(status.getByRole('button', { name: 'Edit connection' })).toBeFocused();

    // The device simulator's traffic, without scrolling.
    const list = messageList(page);
    await expect(list.getByRole('row', { name: /devices\// }).first()).toBeVisible();
    await expect(list).toBeInViewport({ ratio: 0.9 });
    await expect(page.getByRole('region', { name: 'Topics' })).toBeInViewport({ ratio: 0.9 });
    await expect(page.getByRole('region', { name: 'Message', exact: true })).toBeInViewport({ ratio: 0.9 });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // Edit connection opens the form again, showing what is connected.
    await status.getByRole('button', { name: 'Edit connection' }).click();
    const form = page.getByRole('form', { name: 'Connection' });
    await expect(form.getByLabel('Broker URL')).toHaveValue(E2E_BROKER_URL);
    await page.getByRole('button', { name: 'Fold connection' }).click();
    await expect(form).toHaveCount(0);

    // Disconnected, the form is back, with the one-click connect.
    await status.getByRole('button', { name: 'Disconnect' }).click();
    await expect(page.getByRole('status', { name: 'Connection: Offline' })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Connection' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Connect to the local broker and watch #' })).toBeVisible();
  });

  test('one click connects to the local broker and watches everything', async ({ page }) => {
    await rememberLocalBroker(page);
    await openApp(page, '/live');
    await page.getByRole('button', { name: 'Connect to the local broker and watch #' }).click();
    await expect(page.getByRole('status', { name: 'Connection: Connected' })).toBeVisible();
    await expect(page.getByRole('listitem', { name: 'Subscription #' })).toContainText('Granted QoS 0');
    await expect(messageList(page).getByRole('row', { name: /devices\// }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Connect to the local broker and watch #' })).toHaveCount(0);
  });

  test('/live?connect=local connects on arrival, once', async ({ page }) => {
    await rememberLocalBroker(page);
    await openApp(page, '/live?connect=local');
    await expect(page.getByRole('status', { name: 'Connection: Connected' })).toBeVisible();
    await expect(messageList(page).getByRole('row', { name: /devices\// }).first()).toBeVisible();
    // The parameter is dropped, so a reload does not connect again by itself.
    await expect(page).toHaveURL(/\/live$/);
    await expect(page.getByRole('listitem', { name: 'Subscription #' })).toHaveCount(1);
  });
});
