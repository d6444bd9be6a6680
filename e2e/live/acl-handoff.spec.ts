import { expect, test } from '../fixtures/app';
import { seriousA11yViolations } from '../fixtures/axe';
import { connectLive, messageList, subscribe } from '../fixtures/live';

/**
 * "Check these topics against an ACL…": the topics seen go through the shared hand-off store
 * (sessionStorage `iotc.topic-handoff.v1`, src/lib/topic-handoff.ts) to the chosen configuration's
 * preview, end to end: the configuration page says where they came from and checks them.
 */
test.describe('Live MQTT: topics handed to an ACL preview', () => {
  test('sends the session topics and the connection identity to the chosen configuration', async ({ page }) => {
    await connectLive(page);
    await subscribe(page, 'devices/#');
    await expect(messageList(page).getByRole('row', { name: /devices\// }).first()).toBeVisible();
    const clientId = ((await page.getByRole('group', { name: /^Client ID: / }).getAttribute('aria-label')) ?? '').replace('Client ID: ', '');

    await page.getByRole('button', { name: 'Check these topics against an ACL…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Check these topics against an ACL' });
    await expect(dialog).toContainText(`client ID "${clientId}"`);
    await expect(dialog.getByRole('button', { name: 'Open the preview' })).toBeDisabled();
    await dialog.getByLabel('Namespace').selectOption('acme-fleet');
    await expect(dialog.getByLabel('Configuration')).toBeEnabled();
    await dialog.getByLabel('Configuration').selectOption('eu');
    await expect(dialog).toHaveCSS('opacity', '1');
    expect(await seriousA11yViolations(page), 'hand-off dialog').toEqual([]);
    await dialog.getByRole('button', { name: 'Open the preview' }).click();

    await expect(page).toHaveURL(/\/namespaces\/acme-fleet\/configurations\/eu\?tab=preview&mode=matrix$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const handoff = JSON.parse((await page.evaluate(() => sessionStorage.getItem('iotc.topic-handoff.v1'))) ?? 'null') as {
      topics: string[];
      clientId?: string;
      username?: string;
      source: string;
    } | null;
    expect(handoff).not.toBeNull();
    expect(handoff?.topics.length).toBeGreaterThan(0);
    expect(handoff?.topics.every((t) => t.startsWith('devices/'))).toBe(true);
    expect(new Set(handoff?.topics).size).toBe(handoff?.topics.length);
    expect(handoff).toMatchObject({ clientId, source: expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+$/) });
    expect(handoff?.username).toBeUndefined();

    // The configuration page takes them: a notice, the topics in the matrix, the client ID in the access check.
    const count = handoff?.topics.length ?? 0;
    const notice = page.getByRole('status').filter({ hasText: 'Topics from the live viewer' });
    await expect(notice).toContainText(`${count.toLocaleString('en-US')} topic${count === 1 ? '' : 's'} from ${handoff?.source ?? ''}`);
    await expect(notice).toContainText(`client ID "${clientId}"`);
    await expect(page.getByText(new RegExp(`^${count.toLocaleString('en-US')} topics? checked in`))).toBeVisible({ timeout: 30_000 });
    const first = handoff?.topics[0] ?? '';
    await expect(page.getByRole('table', { name: 'Topic matrix' }).getByRole('row', { name: first }).first()).toBeVisible();
    await page.getByText('Access check', { exact: true }).click();
    await expect(page.getByLabel('Client ID')).toHaveValue(clientId);
  });
});
