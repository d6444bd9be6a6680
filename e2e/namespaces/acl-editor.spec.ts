import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { aclEditor } from '../fixtures/acl-editor';
import { expect, openApp, test } from '../fixtures/app';

async function readDownload(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

async function newEmptyConfiguration(page: Page): Promise<void> {
  await openApp(page, '/namespaces/acme-lab');
  await page.getByRole('button', { name: 'Create a configuration for Europe' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create configuration' });
  await dialog.getByLabel('Start with').selectOption('empty');
  await dialog.getByRole('button', { name: 'Create configuration' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'acme-lab · Europe' })).toBeVisible();
}

async function checkAccess(page: Page, inputs: { action: 'Publish' | 'Subscribe'; topic: string; client?: string; user?: string; groups?: string[] }): Promise<void> {
  await page.getByText(inputs.action, { exact: true }).click();
  await page.getByLabel(inputs.action === 'Publish' ? 'Topic to publish to' : 'Topic filter to subscribe to').fill(inputs.topic);
  await page.getByLabel('Client ID').fill(inputs.client ?? '');
  await page.getByLabel('User ID').fill(inputs.user ?? '');
  const groups = page.getByRole('combobox', { name: 'Authorization groups' });
  // Backspace in the empty field removes the last group, as in any chips input.
  await groups.click();
  for (let i = 0; i < 3; i++) await groups.press('Backspace');
  for (const group of inputs.groups ?? []) {
    await groups.fill(group);
    await groups.press('Enter');
  }
}

test.describe('Visual ACL editor', () => {
  test('the identity-filter example pairs of the reference get the documented access verdicts', async ({ page }) => {
    await newEmptyConfiguration(page);
    const editor = aclEditor(page);
    await editor.settled();
    // "company/model/%u  Empty  *" + "company/model/+  Pub1  Empty"
    await editor.addRule(1, 'company/model/%u', [], ['*']);
    await editor.addRule(2, 'company/model/+', ['Pub1'], []);
    // "company/%c/model  Pub1  Empty" + "company/+/model  Empty  Sub1"
    await editor.addRule(3, 'company/%c/model', ['Pub1'], []);
    await editor.addRule(4, 'company/+/model', [], ['Sub1']);
    await expect(page.getByRole('region', { name: 'Rule check' }).getByText('No findings')).toBeVisible();

    await aclEditor(page).showPreview();
    const granting = page.getByRole('region', { name: 'Rules that grant' });
    const others = page.getByRole('region', { name: 'Why the other rules do not apply' });

    // The user with identifier ABC123 may subscribe to company/model/ABC123...
    await checkAccess(page, { action: 'Subscribe', topic: 'company/model/ABC123', user: 'ABC123' });
    await expect(page.getByText('Allowed: subscribe is granted')).toBeVisible();
    await expect(granting).toContainText('Rule #1');
    await expect(granting).toContainText('with your user id "ABC123" as %u covers the requested filter');
    await expect(others).toContainText('This rule lists no subscribers, so it never grants subscribe.');
    // ...another user may not.
    await page.getByLabel('User ID').fill('XYZ789');
    await expect(page.getByText('Denied: no rule grants subscribe')).toBeVisible();
    await expect(others).toContainText('Your identity does not match');
    await expect(others).toContainText('only admits your user id (%u) "XYZ789" there');
    // A wildcard where the identity goes would reach other users' topics.
    await page.getByLabel('Topic filter to subscribe to').fill('company/model/+');
    await page.getByLabel('User ID').fill('ABC123');
    await expect(page.getByText('Denied: no rule grants subscribe')).toBeVisible();
    await expect(others).toContainText('is the wildcard "+", which includes other callers\' ids');

    // Any member of Pub1 may publish to it, through the + rule.
    await checkAccess(page, { action: 'Publish', topic: 'company/model/ABC123', groups: ['Pub1'] });
    await expect(page.getByText('Allowed: publish is granted')).toBeVisible();
    await expect(granting).toContainText('Rule #2');
    await expect(granting).toContainText('you are in "Pub1", one of its publishers');
    await checkAccess(page, { action: 'Publish', topic: 'company/model/ABC123', groups: [] });
    await expect(page.getByText('Denied: no rule grants publish')).toBeVisible();
    await expect(others).toContainText('you are in no authorization group');

    // Second pair: a Pub1 device publishes only to its own client id's topic; Sub1 reads all of them.
    await checkAccess(page, { action: 'Publish', topic: 'company/CDE123/model', client: 'CDE123', groups: ['Pub1'] });
    await expect(page.getByText('Allowed: publish is granted')).toBeVisible();
    await expect(granting).toContainText('Rule #3');
    await page.getByLabel('Client ID').fill('OTHER1');
    await expect(page.getByText('Denied: no rule grants publish')).toBeVisible();
    await expect(others).toContainText('only admits your client id (%c) "OTHER1" there');
    await checkAccess(page, { action: 'Subscribe', topic: 'company/+/model', client: 'reader-1', groups: ['Sub1'] });
    await expect(page.getByText('Allowed: subscribe is granted')).toBeVisible();
    await expect(granting).toContainText('Rule #4');
    // The inputs are in the URL, so the check can be shared.
    await expect.poll(() => new URL(page.url()).searchParams.get('topic')).toBe('company/+/model');
  });

  test('every lint finding appears on its rule and in the summary; errors block saving, warnings need a confirmation', async ({ page }) => {
    await openApp(page, '/namespaces/acme-staging/configurations/eu');
    const editor = aclEditor(page);
    await editor.settled();
    const rules = [
      { topicFilter: 'a/#/b', publishers: ['p'], subscribers: [] },
      { topicFilter: 'x/dev%c/y', publishers: ['p'], subscribers: [] },
      { topicFilter: 'nothing/here', publishers: [], subscribers: [] },
      { topicFilter: 'solo/%c/t', publishers: [], subscribers: ['*'] },
      { topicFilter: 'inc/%c/t', publishers: [], subscribers: ['*'] },
      { topicFilter: 'inc/+/t', publishers: [], subscribers: ['readers'] },
      { topicFilter: 'ov/%c/t', publishers: ['ops'], subscribers: [] },
      { topicFilter: 'ov/+/t', publishers: [], subscribers: ['ops'] },
      { topicFilter: 'both/%u/t', publishers: ['*'], subscribers: ['*'] },
      { topicFilter: 'both/+/t', publishers: ['writers'], subscribers: ['readers'] },
      { topicFilter: 'open/topic', publishers: ['*'], subscribers: [] },
      { topicFilter: 'dup/x', publishers: ['p'], subscribers: [] },
      { topicFilter: 'dup/x', publishers: ['p'], subscribers: [] },
      { topicFilter: 'wide/#', publishers: ['p'], subscribers: [] },
      { topicFilter: 'wide/a', publishers: ['p'], subscribers: [] },
    ];
    await page.getByRole('button', { name: 'Import JSON' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import rules' });
    await dialog.getByLabel('Rules as JSON').fill(JSON.stringify({ acls: rules }));
    await dialog.getByRole('button', { name: 'Replace all rules' }).click();
    await expect(page.getByText(/^15 rules · /)).toBeVisible();
    await expect(editor.filter(1)).toHaveValue('a/#/b');

    const summary = page.getByRole('region', { name: 'Rule check' });
    await expect(summary).toContainText('1 error');
    const showAll = summary.getByRole('button', { name: /Show all \d+ findings/ });
    if (await showAll.isVisible()) await showAll.click();
    const findings = summary.getByRole('list', { name: 'Findings' });
    for (const label of [
      'Invalid topic filter',
      '%c or %u inside a level',
      'Rule grants nothing',
      'Missing complementary + rule',
      'Complementary rule incomplete',
      'Complementary rule on the same side',
      'Overlapping groups',
      'Identity rule grants both sides',
      '* on a regular topic filter',
      'Duplicate rule',
      'Shadowed rule',
    ]) {
      await expect(findings.getByText(label, { exact: true }).first()).toBeVisible();
    }

    // The offending level is highlighted as you type, on the row itself.
    await expect(editor.rule(1)).toContainText('Level 2: The multi-level wildcard "#" must be the last level of the filter');
    await expect(editor.rule(1).locator('mark')).toHaveText('#');
    // Rows are virtualised: the summary brings a rule into view.
    await summary.getByRole('button', { name: 'Go to rule #11' }).click();
    await expect(editor.filter(11)).toBeFocused();
    await expect(editor.rule(11).getByRole('group', { name: 'Findings for rule 11' })).toContainText('* on a regular topic filter');
    await summary.getByRole('button', { name: 'Go to rule #13' }).click();
    await expect(editor.filter(13)).toBeFocused();
    await expect(editor.rule(13).getByRole('group', { name: 'Findings for rule 13' })).toContainText('Duplicate rule');
    await summary.getByRole('button', { name: 'Go to rule #3' }).click();
    await editor.filter(3).fill('nothing/here/+');
    await expect(editor.rule(3)).not.toContainText('Level');
    await editor.filter(3).fill('nothing/here/+x');
    await expect(editor.rule(3)).toContainText('Level 3: The single-level wildcard "+" must occupy an entire level');
    await expect(editor.rule(3).locator('mark')).toHaveText('+x');
    await editor.filter(3).fill('nothing/here');

    await page.getByRole('button', { name: 'Save ACL' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Fix 1 error before saving' })).toContainText('Rule #1 — Invalid topic filter');
    await expect(editor.filter(1)).toBeFocused();

    await editor.filter(1).fill('a/b/#');
    await expect(summary).not.toContainText('error');
    await page.getByRole('button', { name: 'Save ACL' }).click();
    const confirm = page.getByRole('dialog', { name: 'Save with warnings?' });
    await expect(confirm).toContainText('Missing complementary + rule');
    await confirm.getByRole('button', { name: 'Review the warnings' }).click();
    await expect(page.getByText('Unsaved changes')).toBeVisible();
    await page.getByRole('button', { name: 'Save ACL' }).click();
    await confirm.getByRole('button', { name: 'Save anyway' }).click();
    await expect(page.getByText('ACL saved')).toBeVisible();
    await expect(page.getByText('15 saved rules')).toBeVisible();
  });

  test('rows are added, duplicated, reordered and deleted; unsaved edits survive leaving as a local draft', async ({ page }) => {
    await openApp(page, '/namespaces/acme-fleet/configurations/eu');
    const editor = aclEditor(page);
    await editor.settled();
    await page.getByRole('button', { name: 'Duplicate rule 1', exact: true }).click();
    await expect(editor.filter(2)).toHaveValue('fleet/%c/telemetry');
    await expect(editor.rule(2).getByRole('group', { name: 'Findings for rule 2' })).toContainText('Duplicate rule');
    await page.getByRole('button', { name: 'Delete rule 2', exact: true }).click();
    await expect(editor.filter(2)).toHaveValue('fleet/+/telemetry');
    await page.getByRole('button', { name: 'Move rule 1 down', exact: true }).click();
    await expect(editor.filter(1)).toHaveValue('fleet/+/telemetry');
    await expect(editor.filter(2)).toHaveValue('fleet/%c/telemetry');
    await editor.dragRule(3, 1);
    await expect(editor.filter(1)).toHaveValue('fleet/%c/commands');
    await editor.filter(4).fill('fleet/+/commands/urgent');

    // Leaving by accident: warned, and the edits are kept on this device.
    await page.getByRole('link', { name: 'Hubs' }).click();
    const leave = page.getByRole('dialog', { name: 'Unsaved changes' });
    await expect(leave).toContainText('kept as a draft on this device');
    await leave.getByRole('button', { name: 'Leave and keep the draft' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hubs' })).toBeVisible();

    await page.goto('/namespaces/acme-fleet/configurations/eu');
    const banner = page.getByRole('status').filter({ hasText: 'You have an unsaved draft from' });
    await expect(banner).toBeVisible();
    await expect(editor.filter(1)).toHaveValue('fleet/%c/telemetry');
    await banner.getByRole('button', { name: 'Restore draft' }).click();
    await expect(editor.filter(1)).toHaveValue('fleet/%c/commands');
    await expect(editor.filter(4)).toHaveValue('fleet/+/commands/urgent');
    await expect(page.getByText('Unsaved changes')).toBeVisible();

    await page.getByRole('link', { name: 'Hubs' }).click();
    await page.getByRole('dialog', { name: 'Unsaved changes' }).getByRole('button', { name: 'Leave and keep the draft' }).click();
    await page.goto('/namespaces/acme-fleet/configurations/eu');
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await expect(page.getByText('You have an unsaved draft from')).toHaveCount(0);
    await expect(editor.filter(4)).toHaveValue('fleet/+/commands');
    await page.goto('/namespaces/acme-fleet');
    await page.goto('/namespaces/acme-fleet/configurations/eu');
    await expect(editor.filter(1)).toHaveValue('fleet/%c/telemetry');
    await expect(page.getByText('You have an unsaved draft from')).toHaveCount(0);
  });

  test('"Export JSON" downloads the edited rules in the API format, and they import back as they were', async ({ page }) => {
    await openApp(page, '/namespaces/acme-fleet/configurations/eu');
    const editor = aclEditor(page);
    await editor.settled();
    await editor.filter(1).fill('fleet/%c/telemetry/raw');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const exported = JSON.parse(await readDownload(download)) as { acls: { topicFilter: string }[] };
    expect(exported.acls[0]?.topicFilter).toBe('fleet/%c/telemetry/raw');
    const count = exported.acls.length;
    expect(count).toBeGreaterThan(1);

    await page.getByRole('button', { name: 'Import JSON' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import rules' });
    await dialog.getByLabel('Rules as JSON').fill(JSON.stringify(exported));
    await dialog.getByRole('button', { name: 'Replace all rules' }).click();
    await expect(page.getByText(new RegExp(`^${count} rules · `))).toBeVisible();
    await expect(editor.filter(1)).toHaveValue('fleet/%c/telemetry/raw');
  });
});
