import type { Dialog, Page } from '@playwright/test';
import { aclEditor } from '../fixtures/acl-editor';
import { expect, openApp, test } from '../fixtures/app';
import { NAMESPACE_PROBLEMS } from '../../mocks/seed/akamai-ids';

const { namespace, jurisdiction, version } = NAMESPACE_PROBLEMS.neverActivatedVersion;
// Every mock answer takes 5 s: long enough to try closing the tab while a change is on its way.
const CONFIG = `/namespaces/${namespace}/configurations/${jurisdiction}`;
const SLOW = { timeout: 30_000 };

/** Tries to close the tab the way a user would; answers "Stay" to the prompt. Returns the prompts seen. */
async function tryToClose(page: Page): Promise<string[]> {
  const prompts: string[] = [];
  const onDialog = (dialog: Dialog) => {
    prompts.push(dialog.type());
    void dialog.dismiss();
  };
  page.on('dialog', onDialog);
  await page.close({ runBeforeUnload: true });
  // The prompt (if any) comes before the page is gone; a page still open after "Stay" answers the evaluate.
  await expect.poll(async () => (page.isClosed() ? 'closed' : prompts.length > 0 ? 'prompted' : 'waiting')).not.toBe('waiting');
  page.off('dialog', onDialog);
  return prompts;
}

test.describe('Nothing lost on close: a change in flight asks before the tab goes', () => {
  test('while an ACL save is in flight closing asks first; once saved it does not', async ({ page, context }) => {
    await openApp(page, `${CONFIG}?scenario=slow`);
    await expect(aclEditor(page).filter(1)).toBeVisible(SLOW);
    await page.getByRole('button', { name: 'Import JSON' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import rules' });
    await dialog.getByLabel('Rules as JSON').fill(JSON.stringify({ acls: [{ topicFilter: 'plant/line-1/status', publishers: ['plc'], subscribers: ['ops'] }] }));
    await dialog.getByRole('button', { name: 'Replace all rules' }).click();
    await expect(page.getByRole('region', { name: 'Rule check' }).getByText('No findings')).toBeVisible();

    await page.getByRole('button', { name: 'Save ACL' }).click();
    await expect(page.getByRole('button', { name: 'Save ACL' })).toHaveAttribute('data-loading', 'true');
    expect(await tryToClose(page)).toEqual(['beforeunload']);
    expect(page.isClosed()).toBe(false);

    await expect(page.getByText('ACL saved')).toBeVisible(SLOW);
    await expect(page.getByText('1 saved rules')).toBeVisible(SLOW);
    expect(await tryToClose(page)).toEqual([]);
    expect(page.isClosed()).toBe(true);
    expect(context.pages()).not.toContain(page);
  });

  test('while an activation is in flight closing asks first; once accepted it does not', async ({ page }) => {
    await openApp(page, `${CONFIG}?scenario=slow&tab=versions`);
    await page.getByRole('button', { name: `Activate version ${version}` }).click(SLOW);
    const confirm = page.getByRole('dialog', { name: 'Activate version' });
    await confirm.getByRole('button', { name: 'Activate' }).click();
    // The dialog closes at once (the activation shows optimistically) while the request is on its way.
    await expect(confirm).toHaveCount(0);
    expect(await tryToClose(page)).toEqual(['beforeunload']);

    await expect(page.getByText(`Activating version ${version}`)).toBeVisible(SLOW);
    // Settled once both lists were read again: the history from the server (deployed by then) and the version's row.
    const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: `Deactivate version ${version}` }) });
    await expect(row.getByLabel('Status DEPLOYED')).toBeVisible(SLOW);
    await expect(page.getByText('You (sending…)')).toHaveCount(0);
    expect(await tryToClose(page)).toEqual([]);
    expect(page.isClosed()).toBe(true);
  });
});
