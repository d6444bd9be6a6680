import { expect, test } from '../fixtures/app';
import { connectLive, freePort, messageList, publishFromNode, startBroker, stopBroker, subscribe } from '../fixtures/live';

test.describe('Live MQTT: reconnection', () => {
  test('shows "reconnecting" when the broker dies, then reconnects and restores the subscriptions', async ({ page }) => {
    // A broker of this test's own: killing the shared one would break the other tests.
    const port = await freePort();
    const url = `ws://127.0.0.1:${port}`;
    let broker = await startBroker(port);
    try {
      await connectLive(page, { url });
      await subscribe(page, 'plant/+/temperature');
      const subscription = page.getByRole('listitem', { name: 'Subscription plant/+/temperature' });
      await expect(subscription).toContainText('Granted QoS 0');

      await stopBroker(broker);
      await expect(page.getByRole('status', { name: 'Connection: Reconnecting' })).toBeVisible();
      const status = page.getByRole('region', { name: 'Live status' });
      await expect(status).toContainText(/Attempt \d+, next in \d+ s/);
      await expect(subscription).toContainText('Not active');

      broker = await startBroker(port);
      await expect(page.getByRole('status', { name: 'Connection: Connected' })).toBeVisible({ timeout: 30_000 });
      await expect(subscription).toContainText('Granted QoS 0');
      // A fresh broker knows nothing of us: a message arriving proves the subscription was restored.
      await publishFromNode(url, 'plant/boiler-2/temperature', '{"c":81.5}');
      await expect(messageList(page).getByRole('row', { name: /plant\/boiler-2\/temperature/ })).toContainText('{"c":81.5}');
    } finally {
      await stopBroker(broker);
    }
  });
});
