import type { Page } from '@playwright/test';
import { expect, openApp } from '../fixtures/app';
import { seriousA11yViolations } from '../fixtures/axe';
import { MOSQUITTO_PASSWORD, MOSQUITTO_USER, test } from '../fixtures/mosquitto';

async function connectAs(page: Page, url: string, version: '4' | '5', user: string, password: string) {
  const form = page.getByRole('form', { name: 'Connection' });
  await form.getByLabel('Broker URL').fill(url);
  await form.getByLabel('MQTT version').selectOption(version);
  await form.getByLabel('User name').fill(user);
  await form.getByLabel('Password', { exact: true }).fill(password);
  await form.getByRole('button', { name: /^(Connect|Reconnect with these settings)$/ }).click();
}

/**
 * Mosquitto checks the password file and answers a wrong password and an unknown user alike:
 * "not authorized" (MQTT 5 reason code 0x87, 3.1.1 return code 5). The panel names the code and
 * its meaning, does not retry, and keeps what the user typed.
 */
test.describe('Live MQTT: a broker that refuses the connection (Mosquitto)', () => {
  for (const { version, name, refused } of [
    { version: '4', name: 'MQTT 3.1.1', refused: 'Not authorized (CONNACK return code 5)' },
    { version: '5', name: 'MQTT 5.0', refused: 'Not authorized (CONNACK reason code 0x87)' },
  ] as const) {
    test(`${name}: names the code and its meaning, stops retrying, and keeps what the user typed`, async ({ page, mosquitto }) => {
      await openApp(page, '/live');
      const status = page.getByRole('region', { name: 'Live status' });
      const form = page.getByRole('form', { name: 'Connection' });
      const before = mosquitto.connections();

      await connectAs(page, mosquitto.url, version, 'intruder', 'guess');
      await expect(status.getByRole('alert')).toContainText(`The broker refused the connection: ${refused}.`);
      await expect(status.getByRole('alert')).toContainText('Check the user name, password and client ID');
      // Offline, not Reconnecting: no retry is scheduled (a retry would show "Attempt 1, next in 1 s").
      await expect(page.getByRole('status', { name: 'Connection: Offline' })).toBeVisible();
      await expect(form.getByLabel('Broker URL')).toHaveValue(mosquitto.url);
      await expect(form.getByLabel('User name')).toHaveValue('intruder');
      await expect(form.getByLabel('Password', { exact: true })).toHaveValue('guess');
      await expect(form.getByLabel('MQTT version')).toHaveValue(version);
      // The refusal is also at the field it is about, until that field is edited.
      await expect(form.getByRole('textbox', { name: 'User name' })).toHaveAccessibleDescription(`The broker refused it: ${refused}`);
      await expect(form.getByRole('textbox', { name: 'User name' })).toHaveAttribute('aria-invalid', 'true');
      expect(await seriousA11yViolations(page), 'refused connection').toEqual([]);
      // One WebSocket (one CONNECT) in all that time: the refusal was not retried.
      expect(mosquitto.connections() - before).toBe(1);

      // The right user with a wrong password: Mosquitto says the same, and the panel again stops.
      await form.getByLabel('User name').fill(MOSQUITTO_USER);
      await expect(form.getByRole('textbox', { name: 'User name' })).not.toHaveAttribute('aria-invalid', 'true');
      await form.getByRole('button', { name: 'Connect', exact: true }).click();
      await expect(form.getByRole('textbox', { name: 'User name' })).toHaveAttribute('aria-invalid', 'true');
      await expect(status.getByRole('alert')).toContainText(refused);
      await expect(page.getByRole('status', { name: 'Connection: Offline' })).toBeVisible();
      expect(mosquitto.connections() - before).toBe(2);

      // Fixing only the password is enough: everything else stayed as typed.
      await form.getByLabel('Password', { exact: true }).fill(MOSQUITTO_PASSWORD);
      await form.getByRole('button', { name: 'Connect', exact: true }).click();
      await expect(page.getByRole('status', { name: 'Connection: Connected' })).toBeVisible();
      await expect(status.getByRole('alert')).toHaveCount(0);
      expect(mosquitto.connections() - before).toBe(3);
    });
  }
});
