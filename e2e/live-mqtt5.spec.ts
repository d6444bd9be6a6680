import { expect, test } from './fixtures/app';
import { connectLive, messageList, subscribe } from './fixtures/live';
import { startMqtt5Broker, type Mqtt5Broker } from './fixtures/mqtt5-broker';

test.describe('Live MQTT: MQTT 5.0', () => {
  let broker: Mqtt5Broker;
  test.beforeEach(async () => {
    broker = await startMqtt5Broker();
  });
  test.afterEach(async () => {
    await broker.close();
  });

  test('shows MQTT 5 reason codes, and publishes and shows MQTT 5 properties', async ({ page }) => {
    await connectLive(page, { url: broker.url, version: '5' });

    await page.getByLabel('Topic filter', { exact: true }).fill('restricted/#');
    await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Subscriptions' }).getByRole('alert')).toContainText('Refused 0x87: Not authorized');
    await expect(page.getByRole('listitem', { name: 'Subscription restricted/#' })).toHaveCount(0);
    await page.getByLabel('Topic filter', { exact: true }).clear();
    await subscribe(page, 'lab/#');
    await expect(page.getByRole('listitem', { name: 'Subscription lab/#' })).toContainText('Granted QoS 0');

    const publish = page.getByRole('form', { name: 'Publish' });
    await publish.getByLabel('Topic', { exact: true }).fill('lab/pump-1/command');
    await publish.getByLabel('Payload', { exact: true }).fill('{"run":true}');
    await publish.getByLabel('Content type').fill('application/json');
    await publish.getByLabel('Message expiry (seconds)').fill('120');
    await publish.getByLabel('Response topic').fill('lab/pump-1/reply');
    await publish.getByRole('button', { name: 'Add user property' }).click();
    await publish.getByLabel('User property 1 name').fill('operator');
    await publish.getByLabel('User property 1 value').fill('night shift');
    await publish.getByRole('button', { name: 'Publish' }).click();

    const row = messageList(page).getByRole('row', { name: /lab\/pump-1\/command/ });
    await expect(row).toContainText('{"run":true}');
    await row.click();
    const props = page.getByRole('table', { name: 'MQTT 5 properties' });
    await expect(props.getByRole('row', { name: /Content type/ })).toContainText('application/json');
    await expect(props.getByRole('row', { name: /Message expiry/ })).toContainText('120 s');
    await expect(props.getByRole('row', { name: /Response topic/ })).toContainText('lab/pump-1/reply');
    await expect(props.getByRole('row', { name: /User property: operator/ })).toContainText('night shift');
  });
});
