import { CLUSTER_NODES, DEVICE_PROBLEMS } from '../../mocks/seed/nexigon-ids';
import { expect, test } from '../fixtures/app';
import { openDevice } from '../fixtures/devices';

const LAB_METER = { name: DEVICE_PROBLEMS.labMeter.name ?? '', id: DEVICE_PROBLEMS.labMeter.id };

test.describe('Device agent actions', () => {
  test('publishes a test event from the Events tab, refusing a body that is not JSON, and lists it first', async ({ page }) => {
    await openDevice(page, LAB_METER, '?tab=events');
    await expect(page.getByRole('table', { name: 'Events' })).toBeVisible();
    await page.getByRole('button', { name: 'Publish test event' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish test event' });
    await dialog.getByLabel('Severity').selectOption('Critical');
    await dialog.getByLabel('Category').fill('integration-check');
    await dialog.getByLabel('Body (JSON)').fill('{"message": "Valve stuck open"');
    await dialog.getByRole('button', { name: 'Publish event' }).click();
    await expect(dialog.getByText(/Not valid JSON/)).toBeVisible();
    await dialog.getByLabel('Body (JSON)').fill('{"message": "Valve stuck open", "valve": 3}');
    const request = page.waitForRequest((r) => r.url().endsWith('/devices_PublishEvents'));
    await dialog.getByRole('button', { name: 'Publish event' }).click();
    expect((await request).postDataJSON()).toMatchObject({
      deviceId: LAB_METER.id,
      events: [{ severity: 'Critical', category: 'integration-check', body: { message: 'Valve stuck open', valve: 3 }, attributes: {} }],
    });
    await expect(dialog).toBeHidden();
    const firstRow = page.getByRole('table', { name: 'Events' }).getByRole('row').nth(1);
    await expect(firstRow).toContainText('Valve stuck open');
    await expect(firstRow).toContainText('integration-check');
    await expect(firstRow).toContainText('Critical');
    // The category filter offers the new category, and the event survives a reload (the mock persists it).
    await page.reload();
    await expect(page.getByRole('table', { name: 'Events' }).getByRole('row').nth(1)).toContainText('Valve stuck open');
    await page.getByLabel('Category').selectOption('integration-check');
    await expect(page.getByRole('table', { name: 'Events' }).getByRole('row')).toHaveCount(2);
  });

  test('registers and ends connections from the Device agent tools: the Connections tab and the online state follow', async ({ page }) => {
    await openDevice(page, LAB_METER, '?tab=connections');
    await expect(page.getByRole('table', { name: 'Connections' })).toBeVisible();
    await page.getByRole('button', { name: 'Device agent tools' }).click();
    const register = page.getByRole('form', { name: 'Register connection', exact: true });
    await register.getByLabel('Node ID').fill('node-1');
    await register.getByRole('button', { name: 'Register connection', exact: true }).click();
    await expect(register.getByText(/A cluster node ID is/)).toBeVisible();
    await register.getByLabel('Node ID').fill(CLUSTER_NODES[2]);
    const connectionId = await register.getByLabel('Connection ID').inputValue();
    expect(connectionId).toMatch(/^d_conn_\w{22}$/);
    await register.getByRole('button', { name: 'Register connection', exact: true }).click();
    await expect(page.getByText(`Connection ${connectionId} is open.`)).toBeVisible();
    await expect(page.getByLabel('Online', { exact: true })).toBeVisible();
    const rows = page.getByRole('table', { name: 'Connections' }).getByRole('row');
    await expect(rows.nth(1)).toContainText('Active');
    await expect(rows.nth(1).getByTitle(CLUSTER_NODES[2])).toBeVisible();

    const unregister = page.getByRole('form', { name: 'Unregister connection' });
    await unregister.getByLabel('Connection').selectOption(connectionId);
    await unregister.getByLabel('End reason').selectOption('NodeCrashed');
    const request = page.waitForRequest((r) => r.url().endsWith('/devices_UnregisterConnection'));
    await unregister.getByRole('button', { name: 'Unregister connection' }).click();
    expect((await request).postDataJSON()).toEqual({ connectionId, endReason: 'NodeCrashed' });
    await expect(rows.nth(1)).toContainText('Node crashed');
    await expect(rows.nth(1).getByTitle(CLUSTER_NODES[2])).toBeVisible();
    await expect(unregister.getByLabel('Connection').locator('option', { hasText: connectionId })).toHaveCount(0);

    // Ending every open connection takes the device offline.
    const options = unregister.getByLabel('Connection').locator('option');
    for (const value of await options.evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value).filter(Boolean))) {
      await unregister.getByLabel('Connection').selectOption(value);
      await unregister.getByRole('button', { name: 'Unregister connection' }).click();
      await expect(unregister.getByLabel('Connection').locator('option', { hasText: value })).toHaveCount(0);
    }
    await expect(page.getByLabel('Offline', { exact: true })).toBeVisible();
    await expect(unregister.getByLabel('Connection')).toBeDisabled();
  });
});
