import { expect, openApp, test } from '../fixtures/app';

const TOKEN = '7f3c2a10-9d4e-4b8a-a1f2-53c6e8d90b77';
/** What a real API answers so a browser may call it cross-origin with an auth header. */
const CORS = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-allow-methods': '*' };

test.describe('Settings: connection profiles', () => {
  test('has one profile per provider with mode, base URL, masked token, remember choice, region and project', async ({ page }) => {
    await openApp(page, '/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    for (const provider of ['Scaleway', 'Nexigon Hub', 'Akamai IoT Edge Connect']) {
      const form = page.getByRole('form', { name: provider });
      await expect(form.getByText('Mock', { exact: true })).toBeVisible();
      // Akamai has no Direct mode: its EdgeGrid client secret must never reach a browser.
      await expect(form.getByText('Direct', { exact: true })).toHaveCount(provider === 'Akamai IoT Edge Connect' ? 0 : 1);
      await expect(form.getByText('Via server proxy', { exact: true })).toBeVisible();
      await expect(form.getByLabel('Base URL')).toBeVisible();
      await expect(form.getByLabel('Remember the token on this device')).not.toBeChecked();
      await expect(form.getByLabel('Default region', { exact: false })).toBeVisible();
      await expect(form.getByLabel('Project ID')).toBeVisible();
    }
    const token = page.getByRole('form', { name: 'Scaleway' }).getByLabel('API secret key (X-Auth-Token)');
    await expect(token).toHaveAttribute('type', 'password');
  });

  test('keeps the token in sessionStorage unless "remember" is chosen, and never in the URL', async ({ page }) => {
    await openApp(page, '/settings');
    const form = page.getByRole('form', { name: 'Scaleway' });
    await form.getByLabel('API secret key (X-Auth-Token)').fill(TOKEN);
    await form.getByRole('button', { name: 'Save Scaleway profile' }).click();
    await expect(page.getByText('Scaleway connection profile saved.')).toBeVisible();
    const stored = await page.evaluate(() => ({ session: sessionStorage.getItem('iotc.token.scaleway'), local: JSON.stringify({ ...localStorage }) }));
    expect(stored.session).toBe(TOKEN);
    expect(stored.local).not.toContain(TOKEN);
    expect(page.url()).not.toContain(TOKEN);

    await form.getByLabel('Remember the token on this device').check();
    await form.getByRole('button', { name: 'Save Scaleway profile' }).click();
    const remembered = await page.evaluate(() => ({ session: sessionStorage.getItem('iotc.token.scaleway'), local: localStorage.getItem('iotc.token.scaleway') }));
    expect(remembered).toEqual({ session: null, local: TOKEN });

    // Survives a reload, still masked.
    await page.reload();
    await expect(page.getByRole('form', { name: 'Scaleway' }).getByLabel('API secret key (X-Auth-Token)')).toHaveValue(TOKEN);
    await expect(page.getByRole('form', { name: 'Scaleway' }).getByLabel('API secret key (X-Auth-Token)')).toHaveAttribute('type', 'password');
  });

  test('switching a provider to Direct sends its requests to the real host, with the token as a header', async ({ page }) => {
    const seen: Array<{ url: string; token: string | undefined }> = [];
    await page.context().route('https://api.scaleway.test/**', async (route) => {
      if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: CORS });
      seen.push({ url: route.request().url(), token: route.request().headers()['x-auth-token'] });
      return route.fulfill({ status: 200, contentType: 'application/json', headers: CORS, body: JSON.stringify({ hubs: [], total_count: 0 }) });
    });
    await openApp(page, '/settings');
    const form = page.getByRole('form', { name: 'Scaleway' });
    await form.getByText('Direct', { exact: true }).click();
    await form.getByLabel('Base URL').fill('https://api.scaleway.test');
    await form.getByLabel('API secret key (X-Auth-Token)').fill(TOKEN);
    await form.getByRole('button', { name: 'Save Scaleway profile' }).click();
    await page.getByRole('link', { name: 'Hubs' }).click();
    await expect(page.getByText('No hubs in fr-par yet')).toBeVisible();
    await expect(page.getByLabel('Scaleway connection: api.scaleway.test')).toBeVisible();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]?.url).toContain('https://api.scaleway.test/iot/v1/regions/fr-par/hubs');
    expect(seen[0]?.url).not.toContain(TOKEN);
    expect(seen[0]?.token).toBe(TOKEN);
  });

  test('"Reset demo data" restores the seed after changes', async ({ page }) => {
    await openApp(page, '/hubs/fr-par/d289afe7-5a6e-4b92-9dc4-45566778899a');
    await page.getByRole('button', { name: 'Delete hub' }).click();
    await page.getByLabel('Type "legacy-gateway" to confirm').fill('legacy-gateway');
    await page.getByRole('dialog', { name: 'Delete hub' }).getByRole('button', { name: 'Delete hub' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hubs' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Hubs' }).getByRole('link', { name: 'lab-sandbox' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Hubs' }).getByRole('link', { name: 'legacy-gateway' })).toHaveCount(0);
    // The change survives a reload (persisted mock state)...
    await page.reload();
    await expect(page.getByRole('table', { name: 'Hubs' }).getByRole('link', { name: 'lab-sandbox' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Hubs' }).getByRole('link', { name: 'legacy-gateway' })).toHaveCount(0);
    // ...until the seed is restored.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Reset demo data' }).click();
    await page.getByRole('dialog', { name: 'Reset demo data' }).getByRole('button', { name: 'Reset demo data' }).click();
    await expect(page.getByText('The mock backend is back to its seed.')).toBeVisible();
    await page.getByRole('link', { name: 'Hubs' }).click();
    await expect(page.getByRole('table', { name: 'Hubs' }).getByRole('link', { name: 'legacy-gateway' })).toBeVisible();
  });
});

test.describe('App shell', () => {
  test('has every area in the navigation, placeholder pages for unbuilt areas, and a theme toggle', async ({ page }) => {
    await openApp(page, '/hubs');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    for (const label of ['Hubs', 'Devices', 'Certificates', 'Load balancers', 'Namespaces', 'Live MQTT', 'Settings']) {
      await expect(nav.getByRole('link', { name: label })).toBeVisible();
    }
    await expect(page.getByLabel('Scaleway connection: Mock')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Scaleway region' })).toHaveValue('fr-par');

    const toggle = page.getByRole('button', { name: /^Theme: system/ });
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
    await page.getByRole('button', { name: /^Theme: light/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  });

  test('follows the system color scheme by default', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await openApp(page, '/hubs');
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await context.close();
  });

  test('does not load msw when no provider is in Mock mode, nor MQTT.js on the first route', async ({ page }) => {
    await page.addInitScript(() => {
      const direct = { mode: 'direct', baseUrl: 'https://api.scaleway.test', rememberToken: false, defaultRegion: 'fr-par', projectId: '' };
      localStorage.setItem('iotc.profiles.v1', JSON.stringify({ scaleway: direct, nexigon: { ...direct, baseUrl: 'https://nexigon.test' }, akamai: { ...direct, baseUrl: 'https://akamai.test' } }));
    });
    await page.context().route('https://api.scaleway.test/**', (route) =>
      route.request().method() === 'OPTIONS'
        ? route.fulfill({ status: 204, headers: CORS })
        : route.fulfill({ status: 200, contentType: 'application/json', headers: CORS, body: JSON.stringify({ hubs: [], total_count: 0 }) }),
    );
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await openApp(page, '/hubs');
    await expect(page.getByText('No hubs in fr-par yet')).toBeVisible();
    const workers = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
    expect(workers).toBe(0);
    expect(scripts.some((s) => /msw|browser-|mockServiceWorker/.test(s))).toBe(false);
    expect(scripts.some((s) => /mqtt/i.test(s))).toBe(false);
  });
});
