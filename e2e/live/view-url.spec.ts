import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/app';
import { connectLive, messageList, subscribe } from '../fixtures/live';

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** Issue 15: the view fields keep their text in the URL (nuqs), lose no keystroke, and follow Back. */
test.describe('Live MQTT: the view filter and payload search in the URL', () => {
  test('typing fast while traffic flows loses nothing, and Back restores the previous text', async ({ page }) => {
    await connectLive(page);
    await subscribe(page, 'devices/#');
    const list = messageList(page);
    await expect(list.getByRole('row', { name: /devices\// }).first()).toBeVisible();

    const filter = page.getByLabel('View filter');
    await filter.pressSequentially('devices/+/telemetry', { delay: 0 });
    await expect(filter).toHaveValue('devices/+/telemetry');
    await expect.poll(() => param(page, 'filter')).toBe('devices/+/telemetry');
    await expect(list.getByRole('row', { name: /\/telemetry/ }).first()).toBeVisible();
    await expect(list.getByRole('row', { name: /\/status/ })).toHaveCount(0);

    const search = page.getByLabel('Payload contains');
    await search.pressSequentially('temperature', { delay: 0 });
    await expect(search).toHaveValue('temperature');
    await expect.poll(() => param(page, 'q')).toBe('temperature');

    // A second edit of the filter, then Back: the previous text, in the field and the view.
    await filter.fill('devices/+/events');
    await expect.poll(() => param(page, 'filter')).toBe('devices/+/events');
    await page.goBack();
    await expect(filter).toHaveValue('devices/+/telemetry');
    await expect(search).toHaveValue('temperature');
    // Forward, not Back again: typing that pauses (a loaded machine) rightly leaves entries of its own.
    await page.goForward();
    await expect(filter).toHaveValue('devices/+/events');
    await expect(search).toHaveValue('temperature');
  });

  test('a link with a filter opens the view filtered, and the tree sets it as one step of history', async ({ page }) => {
    await connectLive(page, { query: '?filter=devices/%2B/status' });
    await expect(page.getByLabel('View filter')).toHaveValue('devices/+/status');
    await subscribe(page, 'devices/#');
    await page.getByRole('tree', { name: 'Topic tree' }).getByRole('button', { name: 'Show devices/#' }).click();
    await expect(page.getByLabel('View filter')).toHaveValue('devices/#');
    await page.goBack();
    await expect(page.getByLabel('View filter')).toHaveValue('devices/+/status');
  });
});
