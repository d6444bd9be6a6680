import type { IPublishPacket } from 'mqtt';
import type { Page } from '@playwright/test';
import { expect, openApp } from '../fixtures/app';
import { connectLive, messageList, subscribe, uniquePrefix } from '../fixtures/live';
import { test } from '../fixtures/mosquitto';

/** MQTT 5 through the panel, against a real broker (Mosquitto), with Node clients as the devices. */

function rowFor(page: Page, text: string) {
  return messageList(page).getByRole('row', { name: new RegExp(text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')) });
}

function properties(page: Page) {
  return page.getByRole('table', { name: 'MQTT 5 properties' });
}

test.describe('Live MQTT: MQTT 5.0 against Mosquitto', () => {
  test('sends MQTT 5 properties a device receives, and shows those of its reply (response topic, correlation data)', async ({ page, mosquitto }) => {
    const prefix = uniquePrefix('mqtt5-props');
    // The device: answers each command on its response topic, with binary correlation data.
    const device = await mosquitto.nodeClient();
    const commands: IPublishPacket[] = [];
    device.on('message', (_topic, _payload, packet) => {
      commands.push(packet);
      const responseTopic = packet.properties?.responseTopic;
      if (responseTopic) {
        device.publish(responseTopic, '{"ok":true}', {
          qos: 1,
          properties: { contentType: 'application/json', correlationData: Buffer.from([0x00, 0x2a, 0xff]), userProperties: { device: 'pump-1', firmware: ['1.2', 'beta'] } },
        });
      }
    });
    await device.subscribeAsync(`${prefix}/command`, { qos: 1 });

    await connectLive(page, { url: mosquitto.url, version: '5' });
    await subscribe(page, `${prefix}/#`);
    const publish = page.getByRole('form', { name: 'Publish' });
    await publish.getByLabel('Topic', { exact: true }).fill(`${prefix}/command`);
    await publish.getByLabel('Payload', { exact: true }).fill('{"run":true}');
    await publish.getByLabel('Content type').fill('application/json');
    await publish.getByLabel('Message expiry (seconds)').fill('120');
    await publish.getByLabel('Response topic').fill(`${prefix}/reply`);
    await publish.getByRole('button', { name: 'Add user property' }).click();
    await publish.getByLabel('User property 1 name').fill('operator');
    await publish.getByLabel('User property 1 value').fill('night shift');
    await publish.getByRole('button', { name: 'Publish' }).click();

    // What Mosquitto delivered to the device: every property the panel set.
    await expect.poll(() => commands.length).toBe(1);
    expect(commands[0]?.properties).toMatchObject({ contentType: 'application/json', responseTopic: `${prefix}/reply`, userProperties: { operator: 'night shift' } });
    // Mosquitto forwards the remaining lifetime: 120 s, or 119 if a second boundary passed on the way.
    expect(commands[0]?.properties?.messageExpiryInterval).toBeGreaterThanOrEqual(119);

    // Both in the list before clicking, so no arrival moves the row under the pointer.
    await expect(rowFor(page, `${prefix}/reply`)).toBeVisible();
    // The command, as the panel received it back from Mosquitto.
    await rowFor(page, `${prefix}/command`).click();
    await expect(properties(page).getByRole('row', { name: /Content type/ })).toContainText('application/json');
    await expect(properties(page).getByRole('row', { name: /Message expiry/ })).toContainText(/(119|120) s/);
    await expect(properties(page).getByRole('row', { name: /Response topic/ })).toContainText(`${prefix}/reply`);
    await expect(properties(page).getByRole('row', { name: /User property: operator/ })).toContainText('night shift');

    // The device's reply, on the response topic.
    await rowFor(page, `${prefix}/reply`).click();
    await expect(page.getByLabel('Payload as JSON')).toContainText('"ok": true');
    await expect(properties(page).getByRole('row', { name: /Correlation data/ })).toContainText('00 2a ff');
    await expect(properties(page).getByRole('row', { name: /Content type/ })).toContainText('application/json');
    await expect(properties(page).getByRole('row', { name: /User property: device/ })).toContainText('pump-1');
    // A repeated user property keeps every value, in order.
    await expect(properties(page).getByRole('row', { name: /User property: firmware/ })).toHaveText([/1\.2/, /beta/]);
  });

  test('retained messages: a device’s retained state reaches the panel, and the panel’s reaches a late subscriber', async ({ page, mosquitto }) => {
    const prefix = uniquePrefix('mqtt5-retain');
    const device = await mosquitto.nodeClient();
    await device.publishAsync(`${prefix}/status`, 'online', { qos: 1, retain: true });

    await connectLive(page, { url: mosquitto.url, version: '5' });
    await subscribe(page, `${prefix}/#`);
    const status = rowFor(page, `${prefix}/status`);
    await expect(status).toContainText('online');
    await expect(status.getByRole('cell', { name: 'R', exact: true })).toBeVisible();
    await status.click();
    await expect(page.getByRole('region', { name: 'Message' }).getByText(/· retained ·/)).toBeVisible();

    const publish = page.getByRole('form', { name: 'Publish' });
    await publish.getByLabel('Topic', { exact: true }).fill(`${prefix}/config`);
    await publish.getByLabel('Payload', { exact: true }).fill('{"interval":30}');
    await publish.getByLabel('QoS').selectOption('1');
    await publish.getByLabel('Retain').check();
    await publish.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByRole('table', { name: 'Sent messages' })).toContainText(`${prefix}/config`);
    await expect(rowFor(page, `${prefix}/config`)).toBeVisible();

    // Subscribing only now, a device still gets it: Mosquitto kept it.
    const late = await mosquitto.nodeClient();
    const retained: Array<{ payload: string; retain: boolean }> = [];
    late.on('message', (_topic, payload, packet) => retained.push({ payload: payload.toString(), retain: packet.retain }));
    await late.subscribeAsync(`${prefix}/config`, { qos: 1 });
    await expect.poll(() => retained).toEqual([{ payload: '{"interval":30}', retain: true }]);
  });

  test('session expiry and resume: messages published while the panel was away arrive when it reconnects', async ({ page, mosquitto }) => {
    const prefix = uniquePrefix('mqtt5-session');
    await openApp(page, '/live');
    const form = page.getByRole('form', { name: 'Connection' });
    await form.getByLabel('Broker URL').fill(mosquitto.url);
    await form.getByLabel('MQTT version').selectOption('5');
    await form.getByRole('textbox', { name: 'Client ID' }).fill(`e2e-session-${Date.now().toString(36)}`);
    await form.getByLabel('Clean start').uncheck();
    await form.getByLabel('Session expiry (seconds)').fill('300');
    await form.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByRole('status', { name: 'Connection: Connected' })).toBeVisible();
    // QoS 1: Mosquitto queues QoS 1 and 2 messages for a session that is away, not QoS 0.
    const add = page.getByRole('form', { name: 'Add subscription' });
    await add.getByLabel('QoS').selectOption('1');
    await subscribe(page, `${prefix}/#`);
    await expect(page.getByRole('listitem', { name: `Subscription ${prefix}/#` })).toContainText('Granted QoS 1');

    // Connected, the form is folded into the status bar, which offers Disconnect.
    await page.getByRole('region', { name: 'Live status' }).getByRole('button', { name: 'Disconnect' }).click();
    await expect(page.getByRole('status', { name: 'Connection: Offline' })).toBeVisible();
    const device = await mosquitto.nodeClient();
    await device.publishAsync(`${prefix}/events`, 'while away 1', { qos: 1 });
    // Expires in the broker before the panel is back: MQTT 5 message expiry drops it from the session.
    await device.publishAsync(`${prefix}/events`, 'short-lived', { qos: 1, properties: { messageExpiryInterval: 1 } });
    const expiringSince = Date.now();
    await device.publishAsync(`${prefix}/events`, 'while away 2', { qos: 1 });
    // Mosquitto counts expiry in whole seconds: past 2 s the 1-second message is gone for sure.
    // This wait is the behaviour under test (the broker's clock), not a wait for the page.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiringSince + 2100 - Date.now())));

    await form.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByRole('status', { name: 'Connection: Connected' })).toBeVisible();
    await expect(rowFor(page, 'while away 1')).toBeVisible();
    await expect(rowFor(page, 'while away 2')).toBeVisible();
    // Queued in order: once the message after it is shown, the expired one would have been too.
    await expect(rowFor(page, 'short-lived')).toHaveCount(0);
  });

  test('shared subscriptions: the panel and a Node client in one share group each get a part of the messages', async ({ page, mosquitto }) => {
    const prefix = uniquePrefix('mqtt5-share');
    const group = `e2e-${Date.now().toString(36)}`;
    const other = await mosquitto.nodeClient();
    const otherGot: string[] = [];
    other.on('message', (_topic, payload) => otherGot.push(payload.toString()));
    await other.subscribeAsync(`$share/${group}/${prefix}/#`, { qos: 1 });

    await connectLive(page, { url: mosquitto.url, version: '5' });
    await subscribe(page, `$share/${group}/${prefix}/#`);
    await expect(page.getByRole('listitem', { name: `Subscription $share/${group}/${prefix}/#` })).toContainText('Granted QoS 0');

    const device = await mosquitto.nodeClient();
    const payloads = Array.from({ length: 20 }, (_, i) => `reading-${String(i).padStart(2, '0')}`);
    for (const p of payloads) await device.publishAsync(`${prefix}/telemetry`, p, { qos: 1 });

    const panelRows = rowFor(page, `${prefix}/telemetry`);
    await expect(async () => {
      expect(otherGot.length).toBeGreaterThan(0);
      expect(otherGot.length).toBeLessThan(payloads.length);
      await expect(panelRows).toHaveCount(payloads.length - otherGot.length, { timeout: 1000 });
    }).toPass();
    // Each message went to exactly one member of the group.
    for (const p of otherGot) await expect(rowFor(page, p)).toHaveCount(0);
  });

  test('a subscription the ACL refuses shows reason code 0x87 with its meaning, and is rolled back', async ({ page, mosquitto }) => {
    await connectLive(page, { url: mosquitto.url, version: '5' });
    await page.getByLabel('Topic filter', { exact: true }).fill('restricted/#');
    await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Subscriptions' }).getByRole('alert')).toContainText('Refused 0x87: Not authorized');
    await expect(page.getByRole('listitem', { name: 'Subscription restricted/#' })).toHaveCount(0);
    // The same connection still subscribes where the ACL allows it.
    const prefix = uniquePrefix('mqtt5-acl');
    await page.getByLabel('Topic filter', { exact: true }).clear();
    await subscribe(page, `${prefix}/#`);
    await expect(page.getByRole('listitem', { name: `Subscription ${prefix}/#` })).toContainText('Granted QoS 0');
  });
});
