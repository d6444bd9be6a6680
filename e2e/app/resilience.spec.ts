import type { Locator, Page } from '@playwright/test';
import { HUB_IDS } from '../../mocks/seed/scaleway-iot-ids';
import { LB_IDS } from '../../mocks/seed/scaleway-lb-ids';
import { expect, openApp, test } from '../fixtures/app';
import { METER_1, METER_2 } from '../fixtures/devices';

/**
 * Every area under a slow API, a navigation that abandons requests, a network that goes away,
 * and a provider that refuses the token: one table, the same four checks for each row.
 */
interface AreaCase {
  area: string;
  /** The provider's form in Settings, and its anchor. */
  settings: { form: string; hash: string };
  /** The provider's name, as the 401 alert says which token to check. */
  provider: string;
  /** Part of every API URL of the area. */
  api: string;
  list: { path: string; heading: string; loading: string; table: string; item: string; search?: { label: string; text: string } };
  detail: {
    /** A second resource of the same kind, visited first so the page's code is loaded. */
    warmUpPath: string;
    path: string;
    loading: string;
    /** What shows once the detail has loaded. */
    loaded: (page: Page) => Locator;
    /** Part of the URL of the request the detail page makes. */
    request: string;
  };
}

const heading = (name: string) => (page: Page) => page.getByRole('heading', { level: 1, name, exact: true });

const AREAS: AreaCase[] = [
  {
    area: 'Hubs',
    provider: 'Scaleway',
    settings: { form: 'Scaleway', hash: 'scaleway' },
    api: '/iot/v1/',
    list: { path: '/hubs', heading: 'Hubs', loading: 'Loading hubs…', table: 'Hubs', item: 'smart-meters-prod' },
    detail: {
      warmUpPath: `/hubs/fr-par/${HUB_IDS.labSandbox}`,
      path: `/hubs/fr-par/${HUB_IDS.smartMeters}`,
      loading: 'Loading the hub…',
      loaded: heading('smart-meters-prod'),
      request: `/hubs/${HUB_IDS.smartMeters}`,
    },
  },
  {
    area: 'Devices',
    provider: 'Nexigon Hub',
    settings: { form: 'Nexigon Hub', hash: 'nexigon' },
    api: '/api/v1/actions/invoke/',
    list: { path: '/devices?q=meter-000', heading: 'Devices', loading: 'Loading the fleet…', table: 'Devices', item: METER_1.name, search: { label: 'Search', text: 'meter-000' } },
    detail: {
      warmUpPath: `/devices/${METER_2.id}`,
      path: `/devices/${METER_1.id}`,
      loading: 'Loading the device…',
      loaded: heading(METER_1.name),
      request: '/devices_GetDetails',
    },
  },
  {
    area: 'Load balancers',
    provider: 'Scaleway',
    settings: { form: 'Scaleway', hash: 'scaleway' },
    api: '/lb/v1/',
    list: { path: '/load-balancers', heading: 'Load balancers', loading: 'Loading load balancers…', table: 'Load balancers', item: 'mqtt-ingress-par' },
    detail: {
      warmUpPath: `/load-balancers/fr-par/${LB_IDS.deviceApi}`,
      path: `/load-balancers/fr-par/${LB_IDS.mqttIngress}`,
      loading: 'Loading the load balancer…',
      loaded: heading('mqtt-ingress-par'),
      request: `/lbs/${LB_IDS.mqttIngress}`,
    },
  },
  {
    area: 'Namespaces',
    provider: 'Akamai IoT Edge Connect',
    settings: { form: 'Akamai IoT Edge Connect', hash: 'akamai' },
    api: '/dcp-api/v1/',
    list: { path: '/namespaces', heading: 'Namespaces', loading: 'Loading namespaces…', table: 'Your namespaces', item: 'acme-fleet' },
    detail: {
      warmUpPath: '/namespaces/acme-lab',
      path: '/namespaces/acme-fleet',
      loading: 'Loading the configurations…',
      loaded: (page) => page.getByRole('table', { name: 'Configurations by jurisdiction' }).getByRole('link', { name: 'Europe', exact: true }),
      request: '/namespaces/acme-fleet/configurations',
    },
  },
];

const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });
const itemLink = (page: Page, c: AreaCase) => page.getByRole('table', { name: c.list.table }).getByRole('link', { name: c.list.item, exact: true });
const withScenario = (path: string, scenario: string) => `${path}${path.includes('?') ? '&' : '?'}scenario=${scenario}`;

for (const c of AREAS) {
  test.describe(`${c.area} under slow, failing and absent networks`, () => {
    test('a 5-second latency shows loading states, then the data', async ({ page }) => {
      await page.goto(withScenario(c.list.path, 'slow'));
      await expect(page.getByRole('heading', { level: 1, name: c.list.heading })).toBeVisible();
      await expect(status(page, c.list.loading)).toBeVisible();
      await expect(page.getByRole('table', { name: c.list.table })).toHaveAttribute('aria-busy', 'true');
      await expect(itemLink(page, c)).toBeVisible({ timeout: 20_000 });
      await itemLink(page, c).click();
      await expect(status(page, c.detail.loading)).toBeVisible();
      await expect(c.detail.loaded(page)).toBeVisible({ timeout: 20_000 });
    });

    test('leaving a page cancels its requests in flight', async ({ page }) => {
      const aborted: string[] = [];
      page.on('requestfailed', (r) => {
        if (r.url().includes(c.api)) aborted.push(`${r.url()} ${r.failure()?.errorText ?? ''}`);
      });
      await page.goto(withScenario(c.detail.path, 'slow'));
      await expect(status(page, c.detail.loading)).toBeVisible();
      await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      await expect.poll(() => aborted.find((a) => a.includes(c.detail.request))).toContain('ERR_ABORTED');
    });

    test('offline, a request waits and says so; it resumes when the network is back', async ({ page, context }) => {
      // Visit a page of the same kind first, so its code is loaded, as it would be in a session.
      await openApp(page, c.detail.warmUpPath);
      await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: c.list.heading }).click();
      if (c.list.search) await page.getByRole('textbox', { name: c.list.search.label }).fill(c.list.search.text);
      await expect(itemLink(page, c)).toBeVisible();
      await context.setOffline(true);
      await expect(page.getByRole('status', { name: 'Offline' })).toBeVisible();
      await itemLink(page, c).click();
      await expect(status(page, c.detail.loading)).toContainText('Waiting for the network to come back.');
      await expect(c.detail.loaded(page)).toHaveCount(0);
      await context.setOffline(false);
      await expect(page.getByRole('status', { name: 'Offline' })).toHaveCount(0);
      await expect(c.detail.loaded(page)).toBeVisible();
    });

    test('a refused token leads to that provider in Settings', async ({ page }) => {
      await openApp(page, withScenario(c.detail.path, 'unauthorized'));
      const alert = page.getByRole('alert').filter({ hasText: 'HTTP 401' }).first();
      await expect(alert).toBeVisible();
      await expect(alert).toContainText(`Check the ${c.provider} token in Settings.`);
      await alert.getByRole('link', { name: 'Open settings' }).click();
      await expect(page).toHaveURL(new RegExp(`/settings#${c.settings.hash}$`));
      await expect(page.getByRole('form', { name: c.settings.form })).toBeVisible();
    });
  });
}
