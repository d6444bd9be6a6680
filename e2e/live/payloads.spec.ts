import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures/app';
import { connectLive, E2E_BROKER_URL, messageList, publishFromNode, subscribe, uniquePrefix } from '../fixtures/live';

test.describe('Live MQTT: payloads, publish and export', () => {
  test('publishes a message and receives it back, then opens it in every payload view', async ({ page }) => {
    const prefix = uniquePrefix('publish');
    await connectLive(page);
    await subscribe(page, `${prefix}/#`);

    const publish = page.getByRole('form', { name: 'Publish' });
    await publish.getByLabel('Topic', { exact: true }).fill(`${prefix}/set point`);
    await publish.getByLabel('Payload', { exact: true }).fill('{"temp": not json');
    await publish.getByRole('button', { name: 'Publish' }).click();
    await expect(publish.getByText(/Not valid JSON/)).toBeVisible();
    await publish.getByLabel('Payload', { exact: true }).fill('{"temp":21.5,"unit":"C"}');
    await publish.getByLabel('Payload format').selectOption('JSON');
    await publish.getByLabel('QoS').selectOption('1');
    await publish.getByRole('button', { name: 'Publish' }).click();

    const row = messageList(page).getByRole('row', { name: new RegExp(`${prefix}/set point`) });
    await expect(row).toContainText('{"temp":21.5,"unit":"C"}');
    await expect(page.getByRole('table', { name: 'Sent messages' }).getByRole('row', { name: new RegExp(`${prefix}/set point`) })).toContainText('Sent');

    await row.click();
    const detail = page.getByRole('region', { name: 'Message', exact: true });
    await expect(detail.getByRole('tab', { name: 'JSON' })).toHaveAttribute('aria-selected', 'true');
    await expect(detail.getByLabel('Payload as JSON')).toHaveText('{\n  "temp": 21.5,\n  "unit": "C"\n}');
    await detail.getByRole('tab', { name: 'Text' }).click();
    await expect(detail.getByLabel('Payload as text')).toHaveText('{"temp":21.5,"unit":"C"}');
    await detail.getByRole('tab', { name: 'Hex' }).click();
    await expect(detail.getByLabel('Payload as hex')).toContainText('7b 22 74 65 6d 70 22 3a');
    await detail.getByRole('tab', { name: 'Base64' }).click();
    await expect(detail.getByLabel('Payload as base64')).toHaveText(Buffer.from('{"temp":21.5,"unit":"C"}').toString('base64'));

    // Re-send from the history: a second copy arrives.
    await page.getByRole('button', { name: `Send again to ${prefix}/set point` }).click();
    await expect(messageList(page).getByRole('row', { name: new RegExp(`${prefix}/set point`) })).toHaveCount(2);
  });

  test('shows a binary payload as hex, in every view', async ({ page }) => {
    const prefix = uniquePrefix('binary');
    await connectLive(page);
    await subscribe(page, `${prefix}/#`);
    await publishFromNode(E2E_BROKER_URL, `${prefix}/frame`, Buffer.from([0xff, 0xfe, 0x00, 0x41, 0xc3]));
    const row = messageList(page).getByRole('row', { name: new RegExp(`${prefix}/frame`) });
    await expect(row).toContainText('ff fe 00 41 c3');
    await row.click();
    const detail = page.getByRole('region', { name: 'Message', exact: true });
    await expect(detail.getByRole('tab', { name: 'Hex' })).toHaveAttribute('aria-selected', 'true');
    await expect(detail.getByLabel('Payload as hex')).toContainText('ff fe 00 41 c3');
    await detail.getByRole('tab', { name: 'Text' }).click();
    await expect(detail.getByText('This payload is not valid UTF-8: shown as hex.')).toBeVisible();
    await expect(detail.getByLabel('Payload as hex')).toContainText('ff fe 00 41 c3');
    await detail.getByRole('tab', { name: 'Base64' }).click();
    await expect(detail.getByLabel('Payload as base64')).toHaveText(Buffer.from([0xff, 0xfe, 0x00, 0x41, 0xc3]).toString('base64'));
  });

  test('renders an HTML payload as text, never as markup', async ({ page }) => {
    const prefix = uniquePrefix('xss');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await connectLive(page);
    await subscribe(page, `${prefix}/#`);
    const publish = page.getByRole('form', { name: 'Publish' });
    await publish.getByLabel('Topic', { exact: true }).fill(`${prefix}/<b>name</b>`);
    await publish.getByLabel('Payload format').selectOption('Text');
    await publish.getByLabel('Payload', { exact: true }).fill('<img src=x onerror=alert(1)>');
    await publish.getByRole('button', { name: 'Publish' }).click();

    const row = messageList(page).getByRole('row', { name: new RegExp(`${prefix}/<b>name</b>`) });
    await expect(row).toContainText('<img src=x onerror=alert(1)>');
    await row.click();
    await page.getByRole('region', { name: 'Message', exact: true }).getByRole('tab', { name: 'Text' }).click();
    await expect(page.getByLabel('Payload as text')).toHaveText('<img src=x onerror=alert(1)>');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator('b', { hasText: 'name' })).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('exports the buffer and the filtered view as valid NDJSON', async ({ page }) => {
    const prefix = uniquePrefix('export');
    await connectLive(page);
    await subscribe(page, `${prefix}/#`);
    await publishFromNode(E2E_BROKER_URL, `${prefix}/a`, '{"n":1}');
    await publishFromNode(E2E_BROKER_URL, `${prefix}/b`, 'plain text', { retain: false });
    await publishFromNode(E2E_BROKER_URL, `${prefix}/a`, Buffer.from([0x80, 0x81]));
    await expect(messageList(page).getByRole('row', { name: new RegExp(prefix) })).toHaveCount(3);

    const exportAll = async (item: string) => {
      await page.getByRole('button', { name: 'Export NDJSON' }).click();
      const downloading = page.waitForEvent('download');
      await page.getByRole('menuitem', { name: item }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/\.ndjson$/);
      const text = await readFile((await download.path()) as string, 'utf8');
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { topic: string; payload?: string; payloadBase64?: string; qos: number; retain: boolean; time: string });
    };

    const all = await exportAll('Whole buffer');
    expect(all.map((m) => m.topic)).toEqual([`${prefix}/a`, `${prefix}/b`, `${prefix}/a`]);
    expect(all[0]?.payload).toBe('{"n":1}');
    expect(all[1]?.payload).toBe('plain text');
    expect(all[2]?.payloadBase64).toBe(Buffer.from([0x80, 0x81]).toString('base64'));
    for (const m of all) expect(Number.isNaN(Date.parse(m.time))).toBe(false);

    await page.getByLabel('View filter').fill(`${prefix}/b`);
    await expect(messageList(page).getByRole('row', { name: new RegExp(prefix) })).toHaveCount(1);
    const view = await exportAll('Filtered view');
    expect(view.map((m) => m.topic)).toEqual([`${prefix}/b`]);
  });
});
