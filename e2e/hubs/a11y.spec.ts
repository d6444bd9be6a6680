import { seriousA11yViolations } from '../fixtures/axe';
import { expect, openApp, test } from '../fixtures/app';

const SMART = '/hubs/fr-par/1c6d8f2b-3a4e-4b7c-9d0e-2f3a4b5c6d7e';

test.describe('Accessibility: hubs and settings (axe, no serious or critical violations)', () => {
  for (const [name, path, ready] of [
    ['hub list', '/hubs', 'smart-meters-prod'],
    ['create hub', '/hubs/new', 'Product plan'],
    ['hub overview', SMART, 'When to use it'],
    ['hub settings', `${SMART}?tab=settings`, 'Events topic prefix'],
    ['hub certificate authority', `${SMART}?tab=ca`, 'SHA-256 fingerprint'],
    ['hub metrics', `${SMART}?tab=metrics`, 'Connected devices'],
    ['settings', '/settings', 'Reset demo data'],
  ] as const) {
    test(name, async ({ page }) => {
      await openApp(page, path);
      await expect(page.getByText(ready).first()).toBeVisible();
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
  }

  test('dark theme', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await openApp(page, '/hubs');
    await expect(page.getByText('smart-meters-prod')).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});
