import type { Page } from '@playwright/test';
import { seriousA11yViolations } from './fixtures/axe';
import { expect, openApp, test } from './fixtures/app';

const DEVICE_API = '/load-balancers/fr-par/4a2e3d5c-6b7f-4081-9ba2-1c3d4e5f6071';
const STAGING = '/load-balancers/fr-par/6c405f7e-8d91-42a3-9dc4-3e5f60718293';

/** Every page of the area is scanned once it shows `ready`; one test per group keeps app loads (and CPU) down. */
async function scan(page: Page, where: string, ready: string) {
  await expect(page.getByText(ready).first()).toBeVisible();
  expect(await seriousA11yViolations(page), where).toEqual([]);
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
});
