import type { Page } from '@playwright/test';
import { NAMESPACE_PROBLEMS } from '../../mocks/seed/akamai-ids';
import { seedDevices } from '../../mocks/seed/nexigon';
import { seriousA11yViolations } from '../fixtures/axe';
import { expect, openApp, test } from '../fixtures/app';

/** The overview at `/`: one tile per concern, each loading and failing on its own. */
const tile = (page: Page, name: string) => page.getByRole('region', { name });
const SEED_DEVICES = seedDevices();
/** Devices' health follows their simulated presence: the tests read the count the tile shows. */
const IN_ERROR = /^[\d,]+ in error$/;
const countOf = async (link: ReturnType<Page['getByRole']>) => (await link.innerText()).match(/^[\d,]+/)?.[0] ?? 'none';

async function openOverview(page: Page, query = '') {
  await openApp(page, `/${query}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
}

test.describe('Overview', () => {
  test('with every provider healthy, every tile shows the seed numbers and how fresh they are', async ({ page }) => {
    await openOverview(page);
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').first()).toHaveText('Overview');

    const hubs = tile(page, 'Hubs');
    await expect(hubs.getByRole('link', { name: '1 hub in error in fr-par' })).toBeVisible();
    await expect(hubs.getByRole('link', { name: '1 hub enabling or disabling in nl-ams' })).toBeVisible();
    await expect(hubs.getByRole('link', { name: '1 hub disabled in pl-waw' })).toBeVisible();
    await expect(hubs.getByText(/Updated \d+ s ago/)).toBeVisible();
    await expect(hubs.getByRole('img', { name: /smart-meters-prod: [\d,]+ messages in the last day/ })).toBeVisible();

    const devices = tile(page, 'Devices');
    await expect(devices.getByRole('link', { name: IN_ERROR })).toBeVisible();
    await expect(devices.getByText(/Updated \d+ s ago/)).toBeVisible();

    const lbs = tile(page, 'Load balancers');
    await expect(lbs.getByRole('link', { name: '1 error in nl-ams' })).toBeVisible();
    await expect(lbs.getByRole('link', { name: '1 locked in pl-waw' })).toBeVisible();
    await expect(lbs.getByRole('link', { name: /^telemetry-ams: \d+ down$/ })).toBeVisible();
    await expect(lbs.getByRole('link', { name: /^mqtt-ingress-par: \d+ down$/ })).toBeVisible();

    const certs = tile(page, 'Certificates');
    await expect(certs.getByRole('link', { name: /^[1-9]\d* expired in fr-par$/ })).toBeVisible();
    await expect(certs.getByRole('link', { name: /^[1-9]\d* expiring within 30 days in fr-par$/ })).toBeVisible();
    await expect(certs.getByRole('button', { name: 'Scan now' })).toBeEnabled();
    await expect(certs.getByRole('img', { name: /Expiry timeline/ })).toBeVisible();

    const namespaces = tile(page, 'Namespaces');
    const { latestActivationFailed: failed, latestActivationAborted: aborted } = NAMESPACE_PROBLEMS;
    await expect(namespaces.getByRole('link', { name: `${failed.namespace} (${failed.jurisdiction})` })).toBeVisible();
    await expect(namespaces.getByRole('link', { name: `${aborted.namespace} (${aborted.jurisdiction})` })).toBeVisible();
    await expect(namespaces.getByText('1 failed, 1 aborted')).toBeVisible();

    const live = tile(page, 'Live MQTT');
    await expect(live.getByRole('link', { name: 'Connect to the local broker' })).toHaveAttribute('href', '/live?connect=local');

    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('Nexigon refusing the token fails the device tiles only, with the way to Settings', async ({ page }) => {
    await openOverview(page, '?scenario=nexigon:unauthorized');
    const devices = tile(page, 'Devices');
    await expect(devices.getByRole('alert')).toContainText('Could not load the devices');
    await expect(devices.getByRole('link', { name: 'Open settings' })).toHaveAttribute('href', '/settings#nexigon');
    await expect(tile(page, 'Certificates').getByRole('alert')).toContainText('Could not load the devices to scan');
    // The other providers still answer.
    await expect(tile(page, 'Hubs').getByRole('link', { name: '1 hub in error in fr-par' })).toBeVisible();
    await expect(tile(page, 'Load balancers').getByRole('link', { name: '1 error in nl-ams' })).toBeVisible();
    await expect(tile(page, 'Certificates').getByRole('link', { name: /^[1-9]\d* expired in fr-par$/ })).toBeVisible();
    await expect(tile(page, 'Namespaces').getByRole('link', { name: 'acme-coldchain (na)' })).toBeVisible();
  });

  test('a Scaleway server error fails the hub and load balancer tiles with Retry, the others go on', async ({ page }) => {
    await openOverview(page, '?scenario=scaleway:server-error');
    for (const [name, title] of [
      ['Hubs', 'Could not load the hubs'],
      ['Load balancers', 'Could not load the load balancers'],
      ['Certificates', 'Could not load the cloud certificates'],
    ] as const) {
      const alert = tile(page, name).getByRole('alert');
      await expect(alert).toContainText(title);
      await expect(alert).toContainText('HTTP 500');
      await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    }
    await expect(tile(page, 'Devices').getByRole('link', { name: IN_ERROR })).toBeVisible();
    await expect(tile(page, 'Namespaces').getByRole('link', { name: 'acme-coldchain (na)' })).toBeVisible();

    // The provider recovers: Retry brings the numbers back.
    await page.getByRole('button', { name: 'Clear scenario' }).click();
    await tile(page, 'Hubs').getByRole('button', { name: 'Retry' }).click();
    await expect(tile(page, 'Hubs').getByRole('link', { name: '1 hub in error in fr-par' })).toBeVisible();
    await expect(tile(page, 'Hubs').getByRole('alert')).toHaveCount(0);
  });

  test('Akamai not answering at all fails the namespaces tile only; a slow Akamai keeps only that tile loading', async ({ page }) => {
    await openOverview(page, '?scenario=akamai:unreachable');
    const alert = tile(page, 'Namespaces').getByRole('alert');
    // Network failures are retried with backoff before the tile gives up.
    await expect(alert).toContainText('Could not load the namespaces', { timeout: 30_000 });
    await expect(alert).toContainText('no response');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(tile(page, 'Hubs').getByRole('link', { name: '1 hub in error in fr-par' })).toBeVisible();
    await expect(tile(page, 'Devices').getByRole('link', { name: IN_ERROR })).toBeVisible();

    await openOverview(page, '?scenario=akamai:slow');
    await expect(tile(page, 'Namespaces').getByRole('status')).toContainText('Loading the namespaces');
    await expect(tile(page, 'Hubs').getByRole('link', { name: '1 hub in error in fr-par' })).toBeVisible();
    await expect(tile(page, 'Namespaces').getByRole('status')).toContainText('Loading the namespaces');
  });

  test('each tile’s numbers open the list they count, filtered', async ({ page }) => {
    await openOverview(page);
    await tile(page, 'Hubs').getByRole('link', { name: '1 hub in error in fr-par' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hubs' })).toBeVisible();
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('error');
    const hubRows = page.getByRole('table', { name: 'Hubs' }).getByRole('row');
    await expect(hubRows).toHaveCount(2);
    await expect(hubRows.nth(1)).toContainText('cold-chain-eu');

    await page.goBack();
    const inError = tile(page, 'Devices').getByRole('link', { name: IN_ERROR });
    const errorCount = await countOf(inError);
    await inError.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible();
    await expect(page.getByLabel('Health', { exact: true })).toHaveValue('error');
    await expect(page.getByRole('status').filter({ hasText: 'devices match' })).toContainText(`${errorCount} of ${SEED_DEVICES.length.toLocaleString('en-US')} devices match`);
    await expect(page.getByRole('table', { name: 'Devices' }).getByRole('row').nth(1).getByLabel(/^Health: /)).toContainText(/error/i);

    await page.goBack();
    await tile(page, 'Load balancers').getByRole('link', { name: '1 error in nl-ams' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Load balancers' })).toBeVisible();
    const lbRows = page.getByRole('table').first().getByRole('row');
    await expect(lbRows).toHaveCount(2);
    await expect(lbRows.nth(1)).toContainText('telemetry-ams');

    await page.goBack();
    const expired = tile(page, 'Certificates').getByRole('link', { name: /expired in fr-par$/ });
    const count = Number(await countOf(expired));
    await expired.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();
    const certRows = page.getByRole('table', { name: 'Certificates' }).getByRole('row');
    await expect(certRows).toHaveCount(count + 1);
    await expect(certRows.nth(1)).toContainText(/Expired/i);

    await page.goBack();
    await tile(page, 'Namespaces').getByRole('link', { name: 'acme-coldchain (na)' }).click();
    await expect(page).toHaveURL(/\/namespaces\/acme-coldchain\/configurations\/na/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('acme-coldchain');
  });

  test('Scan now reads every device certificate, shows its progress, and links the pending ones', async ({ page }) => {
    // The whole fleet (2,400 devices) is scanned: a few seconds alone, more on a busy machine.
    test.setTimeout(240_000);
    await openOverview(page);
    const certs = tile(page, 'Certificates');
    await expect(certs.getByText('No scan yet in this tab')).toBeVisible();
    await certs.getByRole('button', { name: 'Scan now' }).click();
    await expect(certs.getByRole('progressbar', { name: /Scanning device certificates: \d+ of 2400 devices/ })).toBeVisible();
    await expect(certs.getByText(/Last scan \d+ s ago, 2400 devices/)).toBeVisible({ timeout: 200_000 });
    const pending = certs.getByRole('link', { name: /^[1-9][\d,]* pending approval$/ });
    const count = await countOf(pending);
    await pending.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();
    await expect(page).toHaveURL(/kind=device&status=pending/);
    // The certificates page reads the same scan: no new one starts, and it lists the same count.
    await expect(page.getByRole('table', { name: 'Certificates' }).getByRole('row').nth(1)).toContainText(/Pending/i);
    await expect(page.getByText(new RegExp(`\\b${count}\\b.*(certificates|match)`)).first()).toBeVisible();
  });

  test('the hub tile narrows to one region', async ({ page }) => {
    await openOverview(page);
    await tile(page, 'Hubs').getByLabel('Hub regions').selectOption('pl-waw');
    await expect(page).toHaveURL(/region=pl-waw/);
    await expect(tile(page, 'Hubs').getByRole('link', { name: '1 hub disabled in pl-waw' })).toBeVisible();
    await expect(tile(page, 'Hubs').getByRole('link', { name: /in fr-par$/ })).toHaveCount(0);
  });

  test('axe finds no serious violation on the overview', async ({ page }) => {
    await openOverview(page);
    await expect(tile(page, 'Namespaces').getByRole('link', { name: 'acme-coldchain (na)' })).toBeVisible();
    await expect(tile(page, 'Hubs').getByRole('img', { name: /smart-meters-prod/ })).toBeVisible();
    await expect(tile(page, 'Load balancers').getByText(/backend servers? down/)).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test('axe finds no serious violation on the overview in the dark theme, with a failing tile', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await openOverview(page, '?scenario=nexigon:unauthorized');
    await expect(tile(page, 'Devices').getByRole('link', { name: 'Open settings' })).toBeVisible();
    await expect(tile(page, 'Namespaces').getByRole('link', { name: 'acme-coldchain (na)' })).toBeVisible();
    await expect(tile(page, 'Load balancers').getByText(/backend servers? down/)).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});
