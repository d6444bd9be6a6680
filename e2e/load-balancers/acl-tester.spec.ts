import type { Page } from '@playwright/test';
import { expect, openApp, test } from '../fixtures/app';

const DEVICE_API = '/load-balancers/fr-par/4a2e3d5c-6b7f-4081-9ba2-1c3d4e5f6071?tab=acls';
const STAGING = '/load-balancers/fr-par/6c405f7e-8d91-42a3-9dc4-3e5f60718293?tab=acls';

async function chooseFrontend(page: Page, label: string) {
  await page.getByRole('combobox', { name: 'Frontend' }).click();
  await page.getByRole('option', { name: label }).click();
}

const verdict = (page: Page) => page.getByRole('status', { name: 'Verdict' });
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

test.describe('ACL rule tester', () => {
  test('shows which rule fires first, its action, and why each earlier rule did not match', async ({ page }) => {
    await openApp(page, DEVICE_API);
    await chooseFrontend(page, 'https-443 (port 443, HTTP)');
    const acls = page.getByRole('table', { name: 'ACLs of https-443' });
    await expect(acls.getByRole('row')).toHaveCount(7);

    await field(page, 'Client IP').fill('198.51.100.7');
    await field(page, 'Path').fill('/admin/users');
    await expect(verdict(page)).toContainText('Denied by deny-admin (rule 2 of 6)');
    await expect(verdict(page)).toContainText('403 Forbidden');
    const why = page.getByRole('list', { name: 'Evaluation, rule by rule' });
    await expect(why).toContainText('Client IP 198.51.100.7 is not in 203.0.113.0/24 or 2001:db8:ace::/48.');
    await expect(why).toContainText('Both conditions must hold.');
    await expect(page.getByText('4 later rules are not evaluated.')).toBeVisible();
    await expect(acls.getByRole('row', { name: /deny-admin/ })).toContainText('Fires');
    await expect(acls.getByRole('row', { name: /allow-office-admin/ })).toContainText('No match');

    // The office, over IPv6, reaches the admin console.
    await field(page, 'Client IP').fill('2001:db8:ace:7::5');
    await expect(verdict(page)).toContainText('Allowed by allow-office-admin (rule 1 of 6)');
    await expect(verdict(page)).toContainText('Backend: api-v2');

    // A header rule.
    await field(page, 'Client IP').fill('198.51.100.7');
    await field(page, 'Path').fill('/v2/devices');
    await page.getByRole('button', { name: 'Add header' }).click();
    await field(page, 'Header 1 name').fill('x-debug');
    await field(page, 'Header 1 value').fill('true');
    await expect(verdict(page)).toContainText('Denied by no-debug-header (rule 3 of 6)');
    await page.getByRole('button', { name: 'Remove header 1' }).click();

    // A redirect keeps the path; a regex rule; and the default.
    await field(page, 'Path').fill('/docs/getting-started?lang=fr');
    await expect(verdict(page)).toContainText('Redirected by docs-redirect (rule 5 of 6)');
    await expect(verdict(page)).toContainText('Location: https://docs.fleet.example.com/docs/getting-started');
    await field(page, 'Path').fill('/v1/telemetry/batch');
    await expect(verdict(page)).toContainText('Denied by retired-v1 (rule 6 of 6)');
    await field(page, 'Host').fill('grafana.fleet.example.com');
    await field(page, 'Path').fill('/d/fleet-overview');
    await expect(verdict(page)).toContainText('Allowed: none of the 6 rules fired');
    await expect(verdict(page)).toContainText('Backend: grafana. Host "grafana.fleet.example.com" matches the route');

    // An unreadable client IP is pointed out, not crashed on.
    await field(page, 'Client IP').fill('10.0.0.256');
    await expect(page.getByText('Client IP: Not a valid IPv4 address: number 4 (256) is out of range 0–255.')).toBeVisible();
  });

  test('makes order visible: moving a rule changes the verdict, survives a reload, and rolls back when the API fails', async ({ page }) => {
    await openApp(page, DEVICE_API);
    await chooseFrontend(page, 'https-443 (port 443, HTTP)');
    await field(page, 'Client IP').fill('203.0.113.10');
    await field(page, 'Path').fill('/admin');
    await expect(verdict(page)).toContainText('Allowed by allow-office-admin (rule 1 of 6)');

    await page.getByRole('button', { name: 'Move deny-admin up' }).click();
    await expect(verdict(page)).toContainText('Denied by deny-admin (rule 1 of 6)');
    await expect(page.getByRole('list', { name: 'Evaluation, rule by rule' })).not.toContainText('allow-office-admin');
    // The optimistic order shows at once; wait for the API calls before reloading (DataTable drops aria-busy when idle).
    await expect(page.getByRole('table', { name: 'ACLs of https-443' })).not.toHaveAttribute('aria-busy', 'true');
    await page.reload();
    await chooseFrontend(page, 'https-443 (port 443, HTTP)');
    const firstRow = page.getByRole('table', { name: 'ACLs of https-443' }).getByRole('row').nth(1);
    await expect(firstRow).toContainText('deny-admin');
    await expect(firstRow).toContainText('index 0');

    // The API refuses: the previous order comes back and the user is told.
    await page.goto(`${DEVICE_API}&scenario=lb-acl-update-error`);
    await chooseFrontend(page, 'https-443 (port 443, HTTP)');
    await page.getByRole('button', { name: 'Move allow-office-admin up' }).click();
    await expect(page.getByText('Could not reorder the ACLs')).toBeVisible();
    await expect(page.getByText('The previous order was restored.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'ACLs of https-443' }).getByRole('row').nth(1)).toContainText('deny-admin');
  });

  test('shows an invalid regex and a PCRE-only regex as problems, and says the verdict may differ', async ({ page }) => {
    await openApp(page, STAGING);
    await chooseFrontend(page, 'https-443 (port 443, HTTP)');
    const acls = page.getByRole('table', { name: 'ACLs of https-443' });
    await expect(acls.getByRole('list', { name: 'Problems of api-version-check' })).toContainText('Problem: Regex "^/(api|v[0-9]+/": Not a valid regular expression');
    await expect(acls.getByRole('list', { name: 'Problems of internal-ids' })).toContainText('possessive quantifier');

    await field(page, 'Client IP').fill('203.0.113.50');
    await field(page, 'Path').fill('/api/v2');
    await expect(verdict(page)).toContainText('Denied by deny-rest (rule 4 of 4)');
    await expect(verdict(page)).toContainText('"api-version-check" could not be evaluated in the browser');
    await expect(acls.getByRole('row', { name: /api-version-check/ })).toContainText('Undetermined');
    // The team network is allowed before any of that is reached.
    await field(page, 'Client IP').fill('198.51.100.20');
    await expect(verdict(page)).toContainText('Allowed by team-only (rule 1 of 4)');
  });
});
