import { seriousA11yViolations } from './fixtures/axe';
import { expect, test } from './fixtures/app';
import { connectLive, messageList, subscribe } from './fixtures/live';

test.describe('Live MQTT: accessibility', () => {
  test('has no serious or critical axe violations with traffic, a selected message and the tree open', async ({ page }) => {
    await connectLive(page);
    await subscribe(page, 'devices/#');
    const list = messageList(page);
    await expect(list.getByRole('row', { name: /\/telemetry/ }).first()).toBeVisible();
    // Pointing at the list holds it still, so the row clicked is the row found.
    await list.hover();
    await list.getByRole('row', { name: /\/telemetry/ }).first().click();
    await expect(page.getByLabel('Payload as JSON')).toBeVisible();
    await page.getByRole('tree', { name: 'Topic tree' }).getByRole('button', { name: 'Expand devices' }).click();
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
