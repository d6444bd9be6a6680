import { expect, test } from '../fixtures/app';
import { METER_1, METER_2, openDevice, openLongestConnectedDevice } from '../fixtures/devices';

test.describe('Device commands', () => {
  test('groups the manifest by category and generates each input form from its JSON Schema', async ({ page }) => {
    await openDevice(page, METER_1, '?tab=commands');
    for (const category of ['Diagnostics', 'Firmware', 'Metering', 'Network', 'System']) await expect(page.getByRole('heading', { level: 2, name: category })).toBeVisible();
    await expect(page.getByRole('region', { name: 'System' })).toContainText('reboot');
    await expect(page.getByRole('region', { name: 'System' })).toContainText('identify');

    await page.getByRole('button', { name: 'Run set-wifi' }).click();
    const dialog = page.getByRole('dialog', { name: 'Run set-wifi' });
    // Every schema property is a labelled field of the right kind, nested objects as a group.
    await expect(dialog.getByLabel('SSID')).toBeVisible();
    await expect(dialog.getByLabel('Passphrase')).toHaveAttribute('type', 'password');
    await expect(dialog.getByRole('checkbox', { name: 'Hidden network' })).not.toBeChecked();
    await expect(dialog.getByRole('group', { name: 'IPv4' }).getByLabel('Method')).toHaveValue('dhcp');
    await dialog.getByRole('button', { name: 'Run command' }).click();
    await expect(dialog.getByText('Required')).toHaveCount(2);
    await dialog.getByLabel('SSID').fill('plant-3');
    await dialog.getByLabel('Passphrase').fill('short');
    await dialog.getByRole('group', { name: 'IPv4' }).getByLabel('Address (CIDR)').fill('10.0.0');
    await dialog.getByRole('button', { name: 'Run command' }).click();
    await expect(dialog.getByText('At least 8 characters (5 now)')).toBeVisible();
    await expect(dialog.getByText(/Must match/)).toBeVisible();
  });

  test('runs a command on a connected device and shows its output', async ({ page }) => {
    await openLongestConnectedDevice(page, '?tab=commands');
    await page.getByRole('button', { name: 'Run ping' }).click();
    const dialog = page.getByRole('dialog', { name: 'Run ping' });
    await expect(dialog.getByLabel('Host')).toHaveValue('1.1.1.1');
    await dialog.getByLabel('Count').fill('25');
    await dialog.getByRole('button', { name: 'Run command' }).click();
    await expect(dialog.getByText('At most 20')).toBeVisible();
    await dialog.getByLabel('Count').fill('3');
    const request = page.waitForRequest((r) => r.url().endsWith('/devices_CreateOperation'));
    await dialog.getByRole('button', { name: 'Run command' }).click();
    expect((await request).postDataJSON()).toMatchObject({ steps: [{ kind: 'DeviceCommand', command: 'ping', input: { host: '1.1.1.1', count: 3, timeoutSecs: 2 } }] });
    await expect(dialog.getByText('Running')).toBeVisible();
    await expect(dialog.getByText('Succeeded')).toBeVisible();
    await expect(dialog.getByLabel('Output', { exact: true })).toContainText('"transmitted": 3');
  });
});

test.describe('Device tokens', () => {
  test('issues a device JWT shown once with a copy button, and validates it, a tampered copy and the wrong type', async ({ page, consoleMessages }) => {
    await openDevice(page, METER_1, '?tab=tokens');
    await page.getByLabel('Claims (JSON)').fill('{"role": "kiosk"');
    await page.getByRole('button', { name: 'Issue device JWT' }).click();
    await expect(page.getByText(/Not valid JSON/)).toBeVisible();
    await page.getByLabel('Claims (JSON)').fill('{"role": "kiosk", "site": "Lyon"}');
    await page.getByLabel('Valid for').first().fill('30');
    await page.getByLabel('Unit').first().selectOption('minutes');
    const request = page.waitForRequest((r) => r.url().endsWith('/devices_IssueDeviceToken'));
    await page.getByRole('button', { name: 'Issue device JWT' }).click();
    expect((await request).postDataJSON()).toEqual({ deviceId: METER_1.id, validForSecs: 1800, claims: { role: 'kiosk', site: 'Lyon' } });
    await expect(page.getByLabel('New device JWT', { exact: true })).toBeVisible();
    const token = (await page.getByLabel('New device JWT', { exact: true }).textContent()) ?? '';
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    await expect(page.getByRole('button', { name: 'Copy new device jwt' })).toBeVisible();
    await expect(page).not.toHaveURL(new RegExp(token.slice(-20)));
    await page.getByRole('button', { name: 'Done, hide it' }).click();
    await expect(page.getByLabel('New device JWT', { exact: true })).toHaveCount(0);

    await page.getByLabel('Token (JWT)').fill(token);
    await page.getByRole('button', { name: 'Validate token' }).click();
    const valid = page.getByRole('status', { name: 'Valid', exact: true });
    await expect(valid).toContainText(`Issued for device ${METER_1.id} (this device)`);
    await expect(valid.getByLabel('Claims', { exact: true })).toContainText('"site": "Lyon"');

    const [header, payload] = token.split('.');
    await page.getByLabel('Token (JWT)').fill(`${header}.${payload}.AAAA`);
    await page.getByRole('button', { name: 'Validate token' }).click();
    await expect(page.getByRole('status', { name: 'Invalid', exact: true })).toContainText('does not accept this token as a device JWT');
    await expect(page.getByLabel('Payload (decoded locally, not verified)', { exact: true })).toContainText(`"sub": "${METER_1.id}"`);

    await page.getByLabel('Token (JWT)').fill(token);
    await page.getByRole('radiogroup').getByText('HTTP proxy JWT').click();
    await page.getByRole('button', { name: 'Validate token' }).click();
    await expect(page.getByRole('status', { name: 'Invalid', exact: true })).toContainText('as an HTTP proxy token');
    expect(consoleMessages.filter((m) => m.includes(token))).toEqual([]);
  });

  test('issues an HTTP proxy token with hostname, port and redirect, and validates it', async ({ page }) => {
    await openDevice(page, METER_2, '?tab=tokens');
    await page.getByLabel('Hostname').fill('not a host');
    await page.getByLabel('Port').fill('70000');
    await page.getByLabel('Redirect URL').fill('ftp://x');
    await page.getByRole('button', { name: 'Issue HTTP proxy token' }).click();
    await expect(page.getByText('Enter a host name such as device-42.example.com')).toBeVisible();
    await expect(page.getByText('A port between 1 and 65535')).toBeVisible();
    await expect(page.getByText('An absolute http:// or https:// URL')).toBeVisible();

    await page.getByLabel('Hostname').fill('meter-0002.proxy.example.com');
    await page.getByLabel('Port').fill('8080');
    await page.getByLabel('Redirect URL').fill('https://ops.example.com/expired');
    await page.getByRole('button', { name: 'Issue HTTP proxy token' }).click();
    await expect(page.getByLabel('Proxy URL', { exact: true })).toContainText('https://meter-0002.proxy.example.com/');
    await expect(page.getByRole('button', { name: 'Copy proxy url' })).toBeVisible();
    await expect(page.getByLabel('Proxy JWT', { exact: true })).toBeVisible();
    const jwt = (await page.getByLabel('Proxy JWT', { exact: true }).textContent()) ?? '';

    await page.getByRole('radiogroup').getByText('HTTP proxy JWT').click();
    await page.getByLabel('Token (JWT)').fill(jwt);
    await page.getByRole('button', { name: 'Validate token' }).click();
    const valid = page.getByRole('status', { name: 'Valid', exact: true });
    await expect(valid).toContainText('Host meter-0002.proxy.example.com · port 8080 · issued by User (signed in)');
  });
});
