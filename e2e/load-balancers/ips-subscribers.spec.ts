import { expect, openApp, test } from '../fixtures/app';

test.describe('Flexible IPs and alert subscribers', () => {
  test('creates a flexible IP with reverse DNS and tags, edits it, and refuses to release an attached one', async ({ page }) => {
    await openApp(page, '/load-balancers/ips');
    await page.getByRole('button', { name: 'Create flexible IP' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create flexible IP' });
    await dialog.getByRole('textbox', { name: 'Reverse DNS' }).fill('https://broker.example.com');
    await dialog.getByRole('button', { name: 'Create flexible IP' }).click();
    await expect(dialog.getByText('Enter the domain name only, without https://')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Reverse DNS' }).fill('broker.example.com');
    await dialog.getByRole('combobox', { name: 'Tags' }).fill('broker');
    await dialog.getByRole('combobox', { name: 'Tags' }).press('Enter');
    await dialog.getByRole('button', { name: 'Create flexible IP' }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('table', { name: 'Flexible IPs' }).getByRole('row', { name: /broker\.example\.com/ });
    await expect(row).toContainText('Not attached');
    await expect(row).toContainText('broker');

    await row.getByRole('button', { name: /^Edit / }).click();
    await page.getByRole('textbox', { name: 'Reverse DNS' }).fill('mqtt-broker.example.com');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('table', { name: 'Flexible IPs' })).toContainText('mqtt-broker.example.com');

    // Attached addresses cannot be released from here.
    const attached = page.getByRole('button', { name: 'Release 51.159.24.17' });
    await expect(attached).toHaveAttribute('aria-disabled', 'true');
    await attached.click({ force: true });
    await expect(page.getByRole('dialog', { name: 'Release flexible IP' })).toHaveCount(0);
  });

  test('creates a webhook subscriber, subscribes a load balancer, and unsubscribes it', async ({ page }) => {
    await openApp(page, '/load-balancers/subscribers');
    await page.getByRole('button', { name: 'Create subscriber' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create subscriber' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('pagerduty-fleet');
    await dialog.getByText('Webhook', { exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Webhook URL' }).fill('http://events.example.com/hook');
    await dialog.getByRole('button', { name: 'Create subscriber' }).click();
    await expect(dialog.getByText('Enter an https:// URL that accepts POST requests')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Webhook URL' }).fill('https://events.example.com/hook');
    await dialog.getByRole('button', { name: 'Create subscriber' }).click();
    await expect(dialog).toBeHidden();

    const row = page.getByRole('table', { name: 'Alert subscribers' }).getByRole('row', { name: /pagerduty-fleet/ });
    await expect(row).toContainText('https://events.example.com/hook');
    await row.getByRole('button', { name: 'Subscribe a load balancer to pagerduty-fleet' }).click();
    const subscribe = page.getByRole('dialog', { name: 'Subscribe a load balancer to pagerduty-fleet' });
    await subscribe.getByRole('combobox', { name: 'Load balancer' }).click();
    await page.getByRole('option', { name: 'mqtt-ingress-par (now alerts ops-oncall)' }).click();
    await expect(subscribe).toContainText('ops-oncall will stop receiving its alerts');
    await subscribe.getByRole('button', { name: 'Subscribe' }).click();
    await expect(row.getByRole('link', { name: 'mqtt-ingress-par' })).toBeVisible();
    // A load balancer has one subscriber: it left ops-oncall.
    await expect(page.getByRole('table', { name: 'Alert subscribers' }).getByRole('row', { name: /ops-oncall/ }).getByRole('link', { name: 'mqtt-ingress-par' })).toHaveCount(0);

    await row.getByRole('button', { name: 'Unsubscribe mqtt-ingress-par' }).click();
    await expect(row).toContainText('None');
  });
});
