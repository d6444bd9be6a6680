import { expect, test } from '../fixtures/app';
import { METER_1, openDevice } from '../fixtures/devices';

test.describe('Device page: overview and history', () => {
  test('overview shows identity and online state, tabs are in the URL, and Watch live opens the live panel on the device topics', async ({ page }) => {
    await openDevice(page, METER_1);
    const details = page.getByRole('table', { name: 'Device details' });
    for (const label of ['Name', 'Device ID', 'Fingerprint', 'Project', 'Online state', 'Connection duration']) {
      await expect(details.getByRole('rowheader', { name: label, exact: true })).toBeVisible();
    }
    await expect(details).toContainText('Smart meters');
    await expect(details).toContainText(/d_pk_[1-9A-HJ-NP-Za-km-z]{22}/);
    await expect(page.getByRole('link', { name: 'Watch live' })).toHaveAttribute('href', `/live?filter=${encodeURIComponent(`devices/${METER_1.id}/#`)}`);

    await page.getByRole('tab', { name: 'Connections' }).click();
    await expect(page).toHaveURL(/tab=connections/);
    await page.goBack();
    await expect(page.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
  });

  test('connections: history with node, start, end, duration and every end reason; limit and active only', async ({ page }) => {
    await openDevice(page, METER_1, '?tab=connections');
    const table = page.getByRole('table', { name: 'Connections' });
    for (const header of ['Node', 'Started', 'Ended', 'Duration', 'End reason']) await expect(table.getByRole('columnheader', { name: header })).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(101);
    for (const reason of ['Disconnected', 'Node crashed', 'Server shutdown', 'Unknown']) await expect(table.getByText(reason, { exact: true }).first()).toBeVisible();

    const request = page.waitForRequest((r) => r.url().endsWith('/devices_QueryConnections') && r.postDataJSON().limit === 10);
    await page.getByLabel('Show the last').selectOption('10');
    await request;
    await expect(page).toHaveURL(/limit=10/);
    await expect(table.getByRole('row')).toHaveCount(11);

    const activeRequest = page.waitForRequest((r) => r.url().endsWith('/devices_QueryConnections') && r.postDataJSON().activeOnly === true);
    await page.getByRole('switch', { name: 'Active connections only' }).click();
    await activeRequest;
    await expect(page).toHaveURL(/conn=active/);
    // At most the current connection, still running.
    await expect(page.getByRole('status').filter({ hasText: /connection/ }).or(page.getByText('No active connection'))).toBeVisible();
    if (await page.getByRole('table', { name: 'Connections' }).isVisible()) {
      await expect(page.getByRole('table', { name: 'Connections' }).getByRole('row')).toHaveCount(2);
      await expect(page.getByRole('table', { name: 'Connections' })).toContainText('Still connected');
    }
  });

  test('events: filtered client-side by severity, category and text; bodies shown as formatted, escaped text', async ({ page }) => {
    await openDevice(page, METER_1, '?tab=events');
    await expect(page.getByRole('status').filter({ hasText: 'The 100 latest events' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Events' });

    await page.getByRole('checkbox', { name: /^Critical/ }).click();
    await expect(page.getByRole('checkbox', { name: /^Critical/ })).toBeChecked();
    await expect(page).toHaveURL(/sev=Critical/);
    await expect(page.getByRole('status').filter({ hasText: /latest events match/ })).toBeVisible();
    const rows = table.getByRole('row');
    await expect(rows.nth(1)).toContainText('Critical');
    expect(await table.getByText('Warning', { exact: true }).count()).toBe(0);

    await page.getByLabel('Category').selectOption('tamper');
    await expect(page).toHaveURL(/cat=tamper/);
    await expect(rows.nth(1)).toContainText('Terminal cover opened');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Search events').fill('onerror');
    const row = rows.filter({ hasText: 'user-supplied log line' }).first();
    await expect(row).toContainText('<img src=x onerror=alert(1)> user-supplied log line');
    await row.getByRole('button', { name: /Show details/ }).click();
    const body = page.getByLabel('Body', { exact: true }).first();
    await expect(body).toHaveText('"<img src=x onerror=alert(1)> user-supplied log line"');
    await expect(page.getByLabel('Attributes', { exact: true }).first()).toContainText('"event.code": "I_LOG"');
    // Rendered as text: no image element was created from the device's data.
    await expect(page.locator('img[src="x"]')).toHaveCount(0);

    const more = page.waitForRequest((r) => r.url().endsWith('/devices_QueryEvents') && r.postDataJSON().limit === 500);
    await page.getByLabel('Fetch the latest').selectOption('500');
    await more;
    await expect(page).toHaveURL(/evlimit=500/);
    await page.getByLabel('Search events').fill('');
    await expect(page).not.toHaveURL(/evq=/);
    await expect(page).toHaveURL(/evlimit=500/);
    await expect(page.getByRole('status').filter({ hasText: /The \d+ latest events/ })).not.toContainText('The 100 latest');
  });

  test('audit log: every actor kind rendered readably, with event, data and time; the console records its own changes', async ({ page }) => {
    await openDevice(page, METER_1, '?tab=properties');
    await page.getByRole('button', { name: 'Edit fleet.maintenanceMode' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit fleet.maintenanceMode' });
    await edit.getByLabel('Value (JSON)').fill('true');
    await edit.getByRole('button', { name: 'Save property' }).click();
    await expect(edit).toBeHidden();

    await page.getByRole('tab', { name: 'Audit log' }).click();
    const table = page.getByRole('table', { name: 'Audit log' });
    for (const label of ['User (signed in)', 'User via API token', 'Organization API token', 'Device', 'Cluster node', 'System (the hub itself)', 'Anonymous (not authenticated)']) {
      await page.getByLabel('Actor').selectOption({ index: 0 });
      await expect(table.getByText(label, { exact: true }).first()).toBeVisible();
    }
    const newest = table.getByRole('row').nth(1);
    await expect(newest).toContainText('User (signed in)');
    await expect(newest).toContainText('Device property set');
    await expect(newest).toContainText('"name":"fleet.maintenanceMode"');
    await newest.getByRole('button', { name: /Show data of Device property set/ }).click();
    await expect(newest.getByLabel('Event data', { exact: true })).toContainText('"version": 7');

    await page.getByLabel('Actor').selectOption({ label: 'Anonymous' });
    await expect(page).toHaveURL(/actor=Anonymous/);
    await expect(table.getByRole('row').nth(1)).toContainText('Device authentication failed');
    await expect(table.getByText('User (signed in)', { exact: true })).toHaveCount(0);
  });
});
