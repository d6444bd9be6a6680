import { readFile } from 'node:fs/promises';
import { seedCertificates, seedDevices } from '../../mocks/seed/nexigon';
import { DEVICE_PROBLEMS } from '../../mocks/seed/nexigon-ids';
import { LB_PROBLEMS } from '../../mocks/seed/scaleway-lb-ids';
import { expect, openApp, test } from '../fixtures/app';
import { HVAC_DEVICES, HVAC_PROJECT, scanStatus, SCOPE, setMockScenarios, waitForScan } from '../fixtures/certificates';
import { HVAC_7 } from '../fixtures/devices';

/**
 * The Certificates area. Scans are scoped to the "Building automation"
 * project (400 devices) to keep each scan to a few seconds. Failures are
 * injected with the mock's `fail-device:<id>` and `fail-certificate:<id>`
 * scenarios (mocks/handlers/nexigon.ts).
 */

/** The seeded certificates of the project (deterministic: mocks/seed/nexigon.ts, DEVICE_PROBLEMS). */
const HVAC_SEED = seedDevices().filter((d) => d.projectId === HVAC_PROJECT);
const certificatesOf = (deviceId: string) => {
  const device = HVAC_SEED.find((d) => d.deviceId === deviceId);
  if (!device) throw new Error(`no seeded device ${deviceId}`);
  return seedCertificates(device);
};
const HVAC_CERTIFICATES = HVAC_SEED.reduce((n, d) => n + seedCertificates(d).length, 0);
const HVAC_PENDING = HVAC_SEED.filter((d) => seedCertificates(d).some((c) => c.status === 'Pending')).length;

/** The pending certificate of a device of Building B2's rollout. */
function pendingCertificateOf(deviceId: string) {
  const cert = certificatesOf(deviceId).find((c) => c.status === 'Pending');
  if (!cert) throw new Error('no pending certificate');
  return cert;
}

test.describe('Certificates', () => {
  // Each test scans a 400-device project (a few seconds alone, more on a busy CI machine).
  test.describe.configure({ timeout: 150_000 });

  test('a failing device is listed with its error and a retry, and does not stop the scan', async ({ page }) => {
    await openApp(page, `/certificates?${SCOPE}&scenario=fail-device:${HVAC_7.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Devices scanned' })).toBeVisible();
    await waitForScan(page);
    const failures = page.getByRole('table', { name: 'Devices that could not be read' });
    await expect(failures.getByRole('row')).toHaveCount(2);
    await expect(failures).toContainText(HVAC_7.name);
    await expect(failures).toContainText('could not read the device: storage node unavailable');
    // Every other device's certificates arrived.
    await page.getByLabel('Kind').selectOption('device');
    await expect(page.getByText(`of ${(HVAC_CERTIFICATES - certificatesOf(HVAC_7.id).length).toLocaleString('en')} certificates`)).toBeVisible();

    // The device is back: the retry fills in its certificates and clears the failure.
    await setMockScenarios(page, '');
    await failures.getByRole('button', { name: `Retry ${HVAC_7.name}` }).click();
    await expect(failures).toBeHidden();
    await expect(page.getByText(`of ${HVAC_CERTIFICATES.toLocaleString('en')} certificates`)).toBeVisible();
  });

  test('a scan can be cancelled, is kept when navigating away, and rescans', async ({ page }) => {
    await openApp(page, `/certificates?${SCOPE}`);
    await expect(scanStatus(page)).toContainText(/Scanning: [1-9]\d* of 400/);
    await page.getByRole('button', { name: 'Cancel scan' }).click();
    await expect(scanStatus(page)).toContainText(/Scan cancelled: \d+ of 400 devices scanned/);
    const cancelledText = (await scanStatus(page).textContent()) ?? '';
    const scanned = Number(/(\d+) of 400/.exec(cancelledText)?.[1]);
    expect(scanned).toBeGreaterThan(0);
    expect(scanned).toBeLessThan(HVAC_DEVICES);
    // Nothing more arrives after the cancel: a cancelled scan settles its requests before it says so,
    // and is kept as it was while the user is away and back.
    await page.getByRole('link', { name: 'Hubs' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hubs' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();
    await expect(scanStatus(page)).toHaveText(cancelledText);
    await expect(page.getByRole('progressbar', { name: 'Devices scanned' })).toHaveAttribute('aria-valuetext', `${scanned} of ${HVAC_DEVICES} devices`);

    await page.getByRole('button', { name: 'Rescan' }).click();
    await waitForScan(page);
    const finished = (await scanStatus(page).textContent()) ?? '';

    // Away and back: the cached scan, with its time, and no new scan.
    await page.getByRole('link', { name: 'Hubs' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hubs' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();
    await expect(scanStatus(page)).toHaveText(finished);
    await expect(page.getByRole('button', { name: 'Rescan' })).toBeVisible();
  });

  test('bulk approval: one item fails, the others succeed, each result is shown', async ({ page }) => {
    const failing = pendingCertificateOf(HVAC_7.id);
    await openApp(page, `/certificates?${SCOPE}&kind=device&status=pending&q=hvac-000&scenario=fail-certificate:${failing.certificateId}`);
    await waitForScan(page);
    const table = page.getByRole('table', { name: 'Certificates' });
    const rows = table.getByRole('row');
    // hvac-0001 to hvac-0009 of the B2 rollout (hvac-0008 has no name), each with its pending certificate.
    const rollout = DEVICE_PROBLEMS.pendingRollout.filter((d) => d.name?.startsWith('hvac-000'));
    const count = rollout.length;
    await expect(rows).toHaveCount(count + 1);
    for (const d of rollout) await expect(table.getByRole('link', { name: d.name ?? '' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Select the device certificates on this page' }).check();
    await expect(page.getByText(`${count} selected`)).toBeVisible();
    await page.getByRole('button', { name: `Approve pending (${count})` }).click();
    const dialog = page.getByRole('dialog', { name: `Approve ${count} certificates` });
    await expect(dialog).toContainText(`${count} pending device certificates`);
    await dialog.getByRole('button', { name: `Approve ${count}` }).click();

    const results = page.getByRole('table', { name: 'Approve results' });
    await expect(page.getByRole('heading', { name: `Approve: ${count - 1} of ${count} done, 1 failed` })).toBeVisible();
    await expect(results.getByRole('row')).toHaveCount(count + 1);
    const failedRow = results.getByRole('row').filter({ hasText: HVAC_7.name });
    await expect(failedRow).toContainText('Failed');
    await expect(failedRow).toContainText('write conflict on the storage node');
    await expect(results.getByRole('row').filter({ hasText: 'Done' })).toHaveCount(count - 1);
    // The table follows: only the failed one is still pending.
    await expect(rows).toHaveCount(2);
    await expect(table).toContainText(HVAC_7.name);
    await expect(page.getByRole('link', { name: new RegExp(`^Pending approval\\s*:\\s*${HVAC_PENDING - (count - 1)}$`, 'i') })).toBeVisible();

    // Retry failed runs only the failed item again (still failing here) and keeps the others' results.
    await page.getByRole('button', { name: 'Retry failed' }).click();
    await expect(page.getByRole('heading', { name: `Approve: ${count - 1} of ${count} done, 1 failed` })).toBeVisible();
    await expect(results.getByRole('row')).toHaveCount(count + 1);

    // The device page agrees.
    await table.getByRole('link', { name: HVAC_7.name }).click();
    await expect(page.getByRole('heading', { level: 1, name: HVAC_7.name })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Certificates' })).toHaveAttribute('aria-selected', 'true');
  });

  test('the expiry filter and the counts links; the CSV export holds the current view', async ({ page }) => {
    await openApp(page, `/certificates?${SCOPE}`);
    await waitForScan(page);
    const table = page.getByRole('table', { name: 'Certificates' });
    await page.getByLabel('Expires within (days)').fill('30');
    await expect(page).toHaveURL(/expires=30/);
    // In fr-par: two load balancer certificates and the CA of fleet-telemetry-par (LB_PROBLEMS, HUB_PROBLEMS).
    const within30 = 3;
    await expect(table.getByRole('row')).toHaveCount(within30 + 1);
    await expect(table).toContainText(LB_PROBLEMS.certificates.fleetWildcard.name);
    await expect(table).toContainText(LB_PROBLEMS.certificates.legacyMeters.name);
    await expect(table.getByRole('row', { name: /Acme Fleet Device CA 2024/ })).toContainText('fleet-telemetry-par');
    await expect(table).not.toContainText('mqtt-fleet-le');
    await expect(table.getByRole('cell', { name: 'Device', exact: true })).toHaveCount(0);
    // The "Expiring in 30 days" count is the same view.
    await page.getByLabel('Expires within (days)').fill('');
    await expect(page).not.toHaveURL(/expires=/);
    await page.getByRole('link', { name: new RegExp(`^Expiring in 30 days\\s*:\\s*${within30}$`, 'i') }).click();
    await expect(page).toHaveURL(/expires=30/);
    await expect(table.getByRole('row')).toHaveCount(within30 + 1);

    // Expired: the legacy-gateway CA and the certificate mqtt-ingress-par left behind; the project's one conflict: hvac-0019's.
    await page.getByRole('link', { name: /^Expired\s*:\s*2$/i }).click();
    await expect(page).toHaveURL(/status=expired/);
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table.getByRole('row', { name: /Acme Legacy Gateway CA/ })).toContainText('legacy-gateway');
    await expect(table).toContainText(LB_PROBLEMS.certificates.mqttFleet2025.name);
    const [conflict] = DEVICE_PROBLEMS.certificateConflicts.flatMap((c) => c.devices).filter((d) => HVAC_SEED.some((h) => h.deviceId === d.id));
    await page.getByRole('link', { name: /^Conflicts\s*:\s*1$/i }).click();
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table.getByRole('link', { name: conflict?.name ?? '' })).toBeVisible();
    await page.getByRole('link', { name: new RegExp(`^Expiring in 30 days\\s*:\\s*${within30}$`, 'i') }).click();
    await expect(table.getByRole('row')).toHaveCount(within30 + 1);

    // Filters live in the URL: a reload keeps them.
    await page.reload();
    await expect(page.getByLabel('Expires within (days)')).toHaveValue('30');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Export CSV (${within30})` }).click()]);
    expect(download.suggestedFilename()).toMatch(/^certificates-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('kind,name,status,status_details,type,common_name_or_subject,alternative_names,fingerprint,not_valid_before,not_valid_after,days_left,first_seen,owner_kind,owner_name,owner_id,owner_link');
    expect(lines).toHaveLength(within30 + 1);
    const wildcard = lines.find((l) => l.startsWith('Load balancer,fleet-wildcard,'));
    expect(wildcard).toContain(',*.fleet.example.com,fleet.example.com,');
    expect(wildcard).toMatch(/,1[12],\d{4}-[^,]+,lb,device-api-par,/);
    expect(wildcard).toMatch(/,http:\/\/127\.0\.0\.1:\d+\/load-balancers\/fr-par\/[^,]+\?tab=certificates$/);
    expect(lines.slice(1).every((l) => !l.startsWith('Device,'))).toBe(true);
  });
});
