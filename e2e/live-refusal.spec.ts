import type { Page } from '@playwright/test';
import { AUTH_BROKER_PASSWORD, AUTH_BROKER_USER, startAuthBroker, type AuthBroker } from './fixtures/auth-broker';
import { expect, openApp, test } from './fixtures/app';
import { seriousA11yViolations } from './fixtures/axe';

async function connectAs(page: Page, url: string, version: '4' | '5', user: string, password: string) {
  const form = page.getByRole('form', { name: 'Connection' });
  await form.getByLabel('Broker URL').fill(url);
  await form.getByLabel('MQTT version').selectOption(version);
  await form.getByLabel('User name').fill(user);
  await form.getByLabel('Password', { exact: true }).fill(password);
  await form.getByRole('button', { name: /^(Connect|Reconnect with these settings)$/ }).click();
}

test.describe('Live MQTT: a broker that refuses the connection', () => {
  let broker: AuthBroker;
  test.beforeEach(async () => {
    broker = await startAuthBroker();
  });
  test.afterEach(async () => {
    await broker.close();
  });

  for (const { version, name, denied, badPassword } of [
    { version: '4', name: 'MQTT 3.1.1', denied: 'Not authorized (CONNACK return code 5)', badPassword: 'Bad user name or password (CONNACK return code 4)' },
    { version: '5', name: 'MQTT 5.0', denied: 'Not authorized (CONNACK reason code 0x87)', badPassword: 'Bad user name or password (CONNACK reason code 0x86)' },
  ] as const) {
    test(`${name}: names the code and its meaning, stops retrying, and keeps what the user typed`, async ({ page }) => {
      await openApp(page, '/live');
      const status = page.getByRole('region', { name: 'Live status' });
      const form = page.getByRole('form', { name: 'Connection' });

      await connectAs(page, broker.url, version, 'intruder', 'guess');
      await expect(status.getByRole('alert')).toContainText(`The broker refused the connection: ${denied}.`);
      await expect(status.getByRole('alert')).toContainText('Check the user name, password and client ID');
      await expect(page.getByRole('status', { name: 'Connection: Offline' })).toBeVisible();
      // An auth refusal does not fix itself: no reconnection loop (the backoff would retry within 1.2 s).
      await page.waitForTimeout(3000);
      expect(broker.connectAttempts()).toBe(1);
      await expect(page.getByRole('status', { name: 'Connection: Offline' })).toBeVisible();
      await expect(form.getByLabel('Broker URL')).toHaveValue(broker.url);
      await expect(form.getByLabel('User name')).toHaveValue('intruder');
      await expect(form.getByLabel('Password', { exact: true })).toHaveValue('guess');
      await expect(form.getByLabel('MQTT version')).toHaveValue(version);
      // The refusal is also at the field it is about, until that field is edited.
      await expect(form.getByRole('textbox', { name: 'User name' })).toHaveAccessibleDescription(`The broker refused it: ${denied}`);
      await expect(form.getByRole('textbox', { name: 'User name' })).toHaveAttribute('aria-invalid', 'true');
      expect(await seriousA11yViolations(page), 'refused connection').toEqual([]);

      await form.getByLabel('User name').fill(AUTH_BROKER_USER);
      await form.getByRole('button', { name: 'Connect', exact: true }).click();
      await expect(status.getByRole('alert')).toContainText(badPassword);
      expect(broker.connectAttempts()).toBe(2);
      await expect(form.getByLabel('Password', { exact: true })).toHaveAccessibleDescription(`The broker refused it: ${badPassword}`);
      await expect(form.getByRole('textbox', { name: 'User name' })).not.toHaveAttribute('aria-invalid', 'true');

      // Fixing only the password is enough: everything else stayed as typed.
      await form.getByLabel('Password', { exact: true }).fill(AUTH_BROKER_PASSWORD);
      await expect(form.getByLabel('Password', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
      await form.getByRole('button', { name: 'Connect', exact: true }).click();
      await expect(page.getByRole('status', { name: 'Connection: Connected' })).toBeVisible();
      await expect(status.getByRole('alert')).toHaveCount(0);
    });
  }
});
