import { DEVICE_PROBLEMS } from '../../mocks/seed/nexigon-ids';
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
});
