import { fleetDevices } from '../../mocks/seed/fleet';
import { expect, openApp, test } from '../fixtures/app';
import { askToSubscribeEverythingRemotely, connectLive, E2E_BROKER_URL, messageList, subscribe } from '../fixtures/live';

test.describe('Live MQTT: traffic', () => {
  test('connects to the local broker, subscribes and shows the simulator traffic in the list and the topic tree', async ({ page, consoleMessages }) => {
    await connectLive(page);
    await expect(page.getByRole('region', { name: 'Live status' })).toContainText(E2E_BROKER_URL);
    await subscribe(page, 'devices/#');
    await expect(page.getByRole('listitem', { name: 'Subscription devices/#' })).toContainText('Granted QoS 0');

    const list = messageList(page);
    // Retained status for every seeded device, then live telemetry and events.
    await expect(list.getByRole('row', { name: /devices\/d_\w+\/status/ }).first()).toBeVisible();
    await expect(list.getByRole('row', { name: /devices\/d_\w+\/telemetry/ }).first()).toBeVisible();
    await expect(page.getByRole('group', { name: /^Received: (\d{1,3},)?\d{3}/ })).toBeVisible();

    const tree = page.getByRole('tree', { name: 'Topic tree' });
    await expect(tree.getByRole('treeitem').filter({ has: page.getByRole('button', { name: 'Show devices/#' }) })).toContainText(/devices[\d,]+ · .*[\d,]+ below/);
    await tree.getByRole('button', { name: 'Expand devices' }).click();
    await expect(tree.getByRole('treeitem', { level: 2 }).first()).toBeVisible();
    // The mock backend (msw) lets the MQTT WebSocket through without a word.
    expect(consoleMessages.filter((m) => /websocket|msw|unhandled|error/i.test(m))).toEqual([]);
  });

  test('keeps a bounded buffer: the oldest messages are dropped and counted', async ({ page }) => {
    await connectLive(page);
    const size = page.getByLabel('Buffer size');
    await size.fill('1000');
    await size.press('Enter');
    await expect(page.getByRole('group', { name: /^Buffered: / })).toHaveAccessibleName(/\/ 1,000$/);
    // Subscribing delivers 2,400 retained statuses at once.
    await subscribe(page, 'devices/#');
    await expect(page.getByRole('group', { name: /^Buffered: / })).toHaveAccessibleName('Buffered: 1,000 / 1,000');
    await expect(page.getByRole('group', { name: /^Dropped: / })).toHaveAccessibleName(/^Dropped: [1-9][\d,]*$/);
    await expect(page.getByText('1,000 in view')).toBeVisible();
  });

  test('rolls back a subscription the broker refuses, says why with its reason code, and keeps the filter', async ({ page }) => {
    await connectLive(page);
    await subscribe(page, 'devices/#');
    // The local broker refuses restricted/# so that a refusal can be seen.
    await page.getByLabel('Topic filter', { exact: true }).fill('restricted/#');
    await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
    const refusal = page.getByRole('region', { name: 'Subscriptions' }).getByRole('alert');
    await expect(refusal).toContainText('Subscription refused');
    await expect(refusal).toContainText('The broker refused restricted/#: Refused 0x80: Unspecified error (refused)');
    await expect(page.getByRole('listitem', { name: 'Subscription restricted/#' })).toHaveCount(0);
    await expect(page.getByRole('listitem', { name: 'Subscription devices/#' })).toContainText('Granted QoS 0');
    await expect(page.getByLabel('Topic filter', { exact: true })).toHaveValue('restricted/#');
    // Rolled back for good: a reload does not bring it back from the saved subscriptions.
    await page.reload();
    await expect(page.getByRole('listitem', { name: 'Subscription devices/#' })).toBeVisible();
    await expect(page.getByRole('listitem', { name: 'Subscription restricted/#' })).toHaveCount(0);
  });

  test('validates subscription filters with the topic engine', async ({ page }) => {
    await openApp(page, '/live');
    await page.getByLabel('Topic filter', { exact: true }).fill('devices/#/status');
    await expect(page.getByText(/#.*last/i).first()).toBeVisible();
    await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Subscriptions' })).toHaveCount(0);
  });

  test('filters the view by a wildcard topic filter, and by clicking a tree node', async ({ page }) => {
    await connectLive(page);
    await subscribe(page, 'devices/#');
    const list = messageList(page);
    await expect(list.getByRole('row', { name: /\/telemetry/ }).first()).toBeVisible();

    await page.getByLabel('View filter').fill('devices/+/status');
    await expect.poll(() => new URL(page.url()).searchParams.get('filter')).toBe('devices/+/status');
    const rows = list.getByRole('row').filter({ hasText: /devices\// });
    await expect(rows.filter({ hasNotText: /devices\/d_\w+\/status/ })).toHaveCount(0);
    await expect(rows.first()).toBeVisible();

    await page.getByLabel('Payload contains').fill('OFFLINE');
    await expect(page).toHaveURL(/q=OFFLINE/);
    await expect(rows.filter({ hasNotText: /\/status.*offline/ })).toHaveCount(0);
    await expect(rows.first()).toBeVisible();
    await page.getByLabel('Payload contains').fill('');

    await page.getByLabel('View filter').fill('devices/#/bad');
    await expect(page.getByText(/#.*last/i).first()).toBeVisible();
    await page.getByLabel('View filter').fill('');

    const tree = page.getByRole('tree', { name: 'Topic tree' });
    await tree.getByRole('button', { name: 'Expand devices' }).click();
    const show = tree.getByRole('treeitem', { level: 2 }).first().getByRole('button', { name: /^Show / });
    const deviceName = ((await show.getAttribute('aria-label')) ?? '').replace(/^Show /, '').replace(/\/#$/, '');
    expect(deviceName).toMatch(/^devices\/d_\w+$/);
    await show.click();
    await expect(page.getByLabel('View filter')).toHaveValue(`${deviceName}/#`);
    await expect(list.getByRole('row', { name: new RegExp(`${deviceName}/status`) })).toBeVisible();
    await expect(list.getByRole('row').filter({ hasText: /devices\// }).filter({ hasNotText: deviceName })).toHaveCount(0);
  });

  test('pauses the view while messages keep arriving, then resumes', async ({ page }) => {
    await connectLive(page);
    await subscribe(page, 'devices/+/telemetry');
    const list = messageList(page);
    await expect(list.getByRole('row', { name: /\/telemetry/ }).first()).toBeVisible();

    // Rows hold still under the pointer, so a click opens the message that was under it.
    await list.hover();
    await expect(page.getByText('The list holds still while the pointer is over it.')).toBeVisible();
    await page.getByRole('button', { name: 'Pause', exact: true }).hover();
    await expect(page.getByText('The list holds still while the pointer is over it.')).toBeHidden();

    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const paused = page.getByRole('status', { name: /^View paused/ });
    await expect(paused).toBeVisible();
    const firstRow = list.getByRole('row').nth(1);
    const topAtPause = (await firstRow.textContent()) ?? '';
    // The simulator keeps publishing: the counter of arrivals grows, the list holds still.
    await expect(paused).toHaveAccessibleName(/View paused, [1-9]\d* messages arrived since/);
    await expect(firstRow).toHaveText(topAtPause);

    await page.getByRole('button', { name: 'Resume' }).click();
    await expect(paused).toBeHidden();
    await expect(firstRow).not.toHaveText(topAtPause);
  });

  test('"Watch live" from a device page pre-filters the view and subscribes to the device on the local broker', async ({ page }) => {
    const device = fleetDevices()[7];
    if (!device) throw new Error('the fleet seed has no devices');
    const filter = `devices/${device.deviceId}/#`;
    await connectLive(page, { query: `?filter=${encodeURIComponent(filter)}` });
    await expect(page.getByLabel('View filter')).toHaveValue(filter);
    await expect(page.getByRole('listitem', { name: `Subscription ${filter}` })).toContainText('Granted QoS 0');
    // Its retained status arrives at once.
    await expect(messageList(page).getByRole('row', { name: new RegExp(`devices/${device.deviceId}/status`) })).toBeVisible();
  });

  test('asks before subscribing to every topic on a broker that is not local', async ({ page }) => {
    const dialog = await askToSubscribeEverythingRemotely(page);
    await expect(dialog).toContainText('#');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('listitem', { name: 'Subscription #' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await page.getByRole('dialog', { name: 'Subscribe to every topic?' }).getByRole('button', { name: 'Subscribe to everything' }).click();
    await expect(page.getByRole('listitem', { name: 'Subscription #' })).toBeVisible();
  });
});
