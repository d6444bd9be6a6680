import { expect, openApp, test } from '../fixtures/app';

interface Snapshot {
  done: number;
  rows: number;
}

test.describe('Match preview at scale', () => {
  test('1,000 rules × 10,000 sample topics: the matrix completes off the main thread and fills in progressively', async ({ page }) => {
    await openApp(page, '/namespaces/fleet-scale/configurations/xw?tab=preview&mode=matrix');
    await expect(page.getByText('1,000 saved rules')).toBeVisible();

    // Record what the page shows while the worker streams: progress text and rows on screen.
    await page.evaluate(() => {
      const seen: Snapshot[] = [];
      (window as unknown as { __matrixSnapshots: Snapshot[] }).__matrixSnapshots = seen;
      new MutationObserver(() => {
        const text = document.body.innerText.match(/Checked ([\d,]+) of 10,000 topics/);
        if (!text) return;
        const rows = document.querySelectorAll('[aria-label="Topic matrix"] [role="row"]').length - 1;
        seen.push({ done: Number((text[1] ?? '0').replace(/,/g, '')), rows });
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });

    await page.getByLabel('How many to generate').fill('10000');
    await page.getByRole('button', { name: 'Generate from the rules' }).click();
    await expect(page.getByText('10,000 sample topics.')).toBeVisible();
    const finished = page.getByText(/^10,000 topics checked in ([\d,]+) batches/);
    await expect(finished).toBeVisible({ timeout: 45_000 });

    const batches = Number((/in ([\d,]+) batches/.exec((await finished.textContent()) ?? '')?.[1] ?? '0').replace(/,/g, ''));
    expect(batches).toBeGreaterThanOrEqual(2);
    const snapshots = await page.evaluate(() => (window as unknown as { __matrixSnapshots: Snapshot[] }).__matrixSnapshots);
    // Part-way through, results were already on screen.
    expect(snapshots.some((s) => s.done > 0 && s.done < 10_000 && s.rows > 0)).toBe(true);

    await expect(page.getByRole('progressbar', { name: 'Topic matrix progress' })).toHaveAttribute('aria-valuenow', '100');
    const summary = page.getByRole('group', { name: 'Matrix summary' });
    await expect(summary).toContainText('9,500 covered');
    await expect(summary).toContainText('500 not covered');
    const matrix = page.getByRole('table', { name: 'Topic matrix' });
    await expect(matrix.getByRole('row', { name: /plants\/site-001\/device-0000\/telemetry/ })).toContainText('* (only client "device-0000")');

    await page.getByRole('radiogroup', { name: 'Show topics' }).getByText('Not covered').click();
    await expect(page.getByText('Showing 500 of 10,000')).toBeVisible();
    await expect(matrix.getByRole('row').nth(1)).toContainText('unmapped/');

    await page.getByRole('radiogroup', { name: 'Show topics' }).getByText('All').click();
    await matrix.getByRole('button', { name: 'Focus on rule 1', exact: true }).first().click();
    await expect(page).toHaveURL(/mode=focus/);
    await expect(page).toHaveURL(/rule=1(&|$)/);
    await expect(page.getByText(/matches 20 of 10,000 sample topics\.$/)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('table', { name: 'Matching sample topics' })).toContainText('Only for client id "device-0000"');
  });
});
