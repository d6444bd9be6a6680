import type { Page } from '@playwright/test';
import { seriousA11yViolations } from '../fixtures/axe';
import { expect, openApp, test } from '../fixtures/app';

const DEVICE_API = '/load-balancers/fr-par/4a2e3d5c-6b7f-4081-9ba2-1c3d4e5f6071';
const STAGING = '/load-balancers/fr-par/6c405f7e-8d91-42a3-9dc4-3e5f60718293';

/** Every page of the area is scanned once it shows `ready`; one test per group keeps app loads (and CPU) down. */
async function scan(page: Page, where: string, ready: string) {
  await expect(page.getByText(ready).first()).toBeVisible();
  expect(await seriousA11yViolations(page), where).toEqual([]);
}

/** Opens a dialog with `open`, scans it once its opening transition is over, and closes it. */
async function scanDialog(page: Page, name: string, open: () => Promise<void>) {
  await open();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveCSS('opacity', '1');
  expect(await seriousA11yViolations(page), `dialog ${name}`).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

test.describe('Accessibility: load balancers (axe, no serious or critical violations)', () => {
  test('region-wide pages', async ({ page }) => {
    await openApp(page, '/load-balancers');
    await scan(page, 'list', 'mqtt-ingress-par');
    await page.getByRole('link', { name: 'Create load balancer' }).click();
    await scan(page, 'create', 'LB-GP-M');
    await page.goto('/load-balancers/ips');
    await scan(page, 'flexible IPs', '51.159.112.40');
    await page.getByRole('link', { name: 'Alert subscribers' }).click();
    await scan(page, 'subscribers', 'slack-fleet-alerts');
  });

  test('every tab of a load balancer', async ({ page }) => {
    await openApp(page, DEVICE_API);
    await scan(page, 'overview', 'Instances');
    for (const [tab, ready] of [
      ['Frontends', 'Client timeout'],
      ['Backends', 'firmware-cdn'],
      ['ACLs', 'Rule tester'],
      ['Certificates', 'fleet-wildcard'],
      ['Routes', 'grafana.fleet.example.com'],
      ['Private networks', 'No private network'],
      ['Statistics', 'Servers healthy'],
      ['Settings', 'Migrate to another type'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await scan(page, tab, ready);
    }
    // Problems and failures, which use their own colours.
    await page.goto(`${STAGING}?tab=acls`);
    await scan(page, 'ACL problems', 'Problem: Regex');
    await page.getByRole('tab', { name: 'Certificates' }).click();
    await scan(page, 'failed certificate', 'NXDOMAIN');
  });

  test('backend drawer and ACL dialog', async ({ page }) => {
    await openApp(page, `${DEVICE_API}?tab=backends`);
    await page.getByRole('button', { name: 'Edit api-v2' }).click();
    await expect(page.getByRole('dialog', { name: 'Edit backend api-v2' })).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.goto(`${DEVICE_API}?tab=acls`);
    await page.getByRole('button', { name: 'Edit deny-admin' }).click();
    await expect(page.getByRole('dialog', { name: 'Edit ACL deny-admin' })).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test('every other dialog of a load balancer, and the forms with errors', async ({ page }) => {
    await openApp(page, `${DEVICE_API}?tab=frontends`);
    await expect(page.getByRole('table', { name: 'Frontends' })).toBeVisible();
    await scanDialog(page, 'Add frontend', () => page.getByRole('button', { name: 'Add frontend' }).click());
    // A form with errors: client-side and the API's, at their fields.
    await page.getByRole('button', { name: 'Add frontend' }).click();
    const frontend = page.getByRole('dialog', { name: 'Add frontend' });
    await frontend.getByRole('textbox', { name: 'Name', exact: true }).fill('clash');
    await frontend.getByRole('textbox', { name: 'Port', exact: true }).fill('443');
    await frontend.getByRole('button', { name: 'Add frontend' }).click();
    await expect(frontend.getByText(/already used by frontend/)).toBeVisible();
    expect(await seriousA11yViolations(page), 'frontend form with an API error').toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: 'Certificates' }).click();
    await scanDialog(page, 'Add certificate', () => page.getByRole('button', { name: 'Add certificate' }).click());
    await page.getByRole('tab', { name: 'Routes' }).click();
    await scanDialog(page, 'Add route', () => page.getByRole('button', { name: 'Add route' }).first().click());
    await page.getByRole('tab', { name: 'Private networks' }).click();
    await scanDialog(page, 'Attach private network', () => page.getByRole('button', { name: 'Attach private network' }).first().click());
    await page.getByRole('tab', { name: 'Settings' }).click();
    await scanDialog(page, 'Delete load balancer', () => page.getByRole('button', { name: 'Delete load balancer' }).click());
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Name is required')).toBeVisible();
    expect(await seriousA11yViolations(page), 'settings with errors').toEqual([]);
    await scanDialog(page, 'Unsaved changes', () => page.getByRole('link', { name: 'Load balancers' }).first().click());
  });

  test('region-wide dialogs, the create form with errors, and a rejected token', async ({ page }) => {
    await openApp(page, '/load-balancers/new');
    await page.getByRole('button', { name: 'Create load balancer' }).click();
    await expect(page.getByText('Name is required')).toBeVisible();
    expect(await seriousA11yViolations(page), 'create with errors').toEqual([]);

    await page.goto('/load-balancers/ips');
    await expect(page.getByRole('table', { name: 'Flexible IPs' })).toContainText('51.159.112.40');
    await scanDialog(page, 'Create flexible IP', () => page.getByRole('button', { name: 'Create flexible IP' }).click());
    await page.getByRole('link', { name: 'Alert subscribers' }).click();
    await expect(page.getByText('slack-fleet-alerts').first()).toBeVisible();
    await scanDialog(page, 'Create subscriber', () => page.getByRole('button', { name: 'Create subscriber' }).click());
    await scanDialog(page, 'Subscribe a load balancer to slack-fleet-alerts', () => page.getByRole('button', { name: 'Subscribe a load balancer to slack-fleet-alerts' }).click());

    await page.goto('/load-balancers?scenario=unauthorized');
    await expect(page.getByRole('alert').filter({ hasText: 'Could not load the load balancers' })).toBeVisible();
    // The toast too, once it has faded in.
    const toast = page.getByRole('alert').filter({ hasText: 'Scaleway rejected the token' });
    await expect(toast.getByRole('button', { name: 'Dismiss notification' })).toBeVisible();
    await expect.poll(() => toast.evaluate((el) => getComputedStyle(el.parentElement ?? el).opacity)).toBe('1');
    expect(await seriousA11yViolations(page), 'rejected token').toEqual([]);
  });
});
