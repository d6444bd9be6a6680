import { aclEditor } from '../fixtures/acl-editor';
import { expect, openApp, test } from '../fixtures/app';
import { NAMESPACE_PROBLEMS } from '../../mocks/seed/akamai-ids';

const { namespace, jurisdiction } = NAMESPACE_PROBLEMS.neverActivatedVersion;
const CONFIG = `/namespaces/${namespace}/configurations/${jurisdiction}`;

test.describe('Match preview as part of the editor workspace', () => {
  test('at 1280×720 the preview sits beside the rules and follows an unsaved edit', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, CONFIG);
    const editor = aclEditor(page);
    await editor.settled();
    const preview = page.getByRole('region', { name: 'Match preview' });
    await expect(preview).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Match preview' })).toHaveCount(0);

    await preview.getByLabel('Topic to publish to').fill('fleet/ABC123/telemetry');
    await preview.getByLabel('Client ID').fill('ABC123');
    await expect(preview.getByText('Allowed: publish is granted')).toBeVisible();
    await expect(preview.getByRole('region', { name: 'Rules that grant' })).toContainText('Rule #1');

    // An edit that is not saved changes the verdict beside it.
    await editor.filter(1).fill('fleet/%c/telemetry/raw');
    await expect(page.getByText('Unsaved changes')).toBeVisible();
    await expect(preview.getByText('Denied: no rule grants publish')).toBeVisible();
    await editor.filter(1).fill('fleet/%c/telemetry');
    await expect(preview.getByText('Allowed: publish is granted')).toBeVisible();
  });

  test('on a narrow screen the preview keeps its tab', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await openApp(page, CONFIG);
    await aclEditor(page).settled();
    await expect(page.getByRole('region', { name: 'Match preview' })).toHaveCount(0);
    await page.getByRole('tab', { name: 'Match preview' }).click();
    await expect(page.getByRole('textbox', { name: 'Client ID' })).toBeVisible();
  });

  test('the inputs survive switching views, leaving the page and a reload, per configuration', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await openApp(page, `${CONFIG}?tab=preview`);
    await page.getByLabel('Topic to publish to').fill('fleet/XYZ/status');
    await page.getByLabel('Client ID').fill('XYZ');
    await page.getByLabel('User ID').fill('driver-7');
    const groups = page.getByRole('combobox', { name: 'Authorization groups' });
    await groups.fill('fleet-ops');
    await groups.press('Enter');
    await page.getByText('Topic matrix', { exact: true }).click();
    await page.getByLabel('Sample topics, one per line').fill('fleet/XYZ/status\nfleet/XYZ/telemetry');
    await expect(page.getByText('2 sample topics.')).toBeVisible();

    // Straight to another tab and back, before the URL has caught up with the typing.
    await page.getByRole('tab', { name: 'ACL rules' }).click();
    await page.getByRole('tab', { name: 'Match preview' }).click();
    await expect(page.getByLabel('Sample topics, one per line')).toHaveValue('fleet/XYZ/status\nfleet/XYZ/telemetry');
    await page.getByText('Access check', { exact: true }).click();
    await expect(page.getByLabel('Topic to publish to')).toHaveValue('fleet/XYZ/status');
    await expect(page.getByLabel('Client ID')).toHaveValue('XYZ');
    await expect(page.getByLabel('User ID')).toHaveValue('driver-7');
    await expect(page.getByText('Allowed: publish is granted')).toBeVisible();

    // Away by a link (the URL no longer carries them), back by a link, then a reload.
    await page.getByRole('link', { name: namespace, exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: namespace })).toBeVisible();
    await page.goto(`${CONFIG}?tab=preview`);
    await expect(page.getByLabel('Topic to publish to')).toHaveValue('fleet/XYZ/status');
    await expect(page.getByLabel('User ID')).toHaveValue('driver-7');
    await expect(page.getByRole('tabpanel', { name: 'Match preview' }).getByText('fleet-ops', { exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Client ID')).toHaveValue('XYZ');
    await page.getByText('Topic matrix', { exact: true }).click();
    await expect(page.getByLabel('Sample topics, one per line')).toHaveValue('fleet/XYZ/status\nfleet/XYZ/telemetry');

    // Another configuration has its own inputs.
    await page.goto(`/namespaces/${namespace}/configurations/jp?tab=preview`);
    await expect(page.getByLabel('Topic to publish to')).toHaveValue('');
  });

  test('topics handed over by the live viewer fill the topic matrix and the access check, with a notice', async ({ page }) => {
    await openApp(page, CONFIG);
    await aclEditor(page).settled();
    const topics = Array.from({ length: 1234 }, (_, i) => `fleet/dev-${String(i).padStart(4, '0')}/telemetry`);
    await page.evaluate((handoff) => sessionStorage.setItem('iotc.topic-handoff.v1', JSON.stringify(handoff)), {
      topics,
      clientId: 'dev-0007',
      username: 'driver-7',
      source: 'ws://127.0.0.1:9001',
      createdAt: Date.now(),
    });
    await page.goto(`${CONFIG}?tab=preview&mode=matrix`);
    const notice = page.getByRole('status').filter({ hasText: 'Topics from the live viewer' });
    await expect(notice).toContainText('1,234 topics from ws://127.0.0.1:9001 — used as sample topics');
    await expect(page.getByText('1,234 sample topics.')).toBeVisible();
    const matrix = page.getByRole('table', { name: 'Topic matrix' });
    await expect(page.getByText(/^1,234 topics checked in/)).toBeVisible({ timeout: 30_000 });
    await expect(matrix.getByRole('row', { name: /fleet\/dev-0000\/telemetry/ })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Matrix summary' })).toContainText('1,234 covered');

    // The identity of the live connection is in the access check.
    await page.getByText('Access check', { exact: true }).click();
    await expect(page.getByLabel('Client ID')).toHaveValue('dev-0007');
    await expect(page.getByLabel('User ID')).toHaveValue('driver-7');

    // Dismissed: the notice goes and stays gone after a reload; the topics stay in the preview.
    await notice.getByRole('button', { name: 'Dismiss the live topics notice' }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await page.getByText('Topic matrix', { exact: true }).click();
    await expect(page.getByText('1,234 sample topics.')).toBeVisible();
    await expect(page.getByText('Topics from the live viewer')).toHaveCount(0);
  });
});
