import { createHash } from 'node:crypto';
import { DEVICE_PROBLEMS } from '../../mocks/seed/nexigon-ids';
import { expect, test } from '../fixtures/app';
import { LAB_CA_PEM } from '../fixtures/certificates.gen';
import { METER_1, openDevice } from '../fixtures/devices';

function sha256Fingerprint(pem: string): string {
  const der = Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
  return (createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g) ?? []).join(':');
}

test.describe('Device certificates', () => {
  test('shows a conflict as a problem, approves, rejects, revokes with confirmation and deletes', async ({ page }) => {
    await openDevice(page, METER_1, '?tab=certificates');
    await expect(page).toHaveURL(/tab=certificates/);
    const conflict = page.getByRole('alert').filter({ hasText: 'Certificate conflict' });
    await expect(conflict).toContainText('presented by more than one device');
    const table = page.getByRole('table', { name: 'Certificates' });
    for (const status of ['Pending', 'Active', 'Rejected', 'Revoked', 'Conflict']) await expect(table.getByLabel(`Status: ${status}`)).toHaveCount(1);

    // Reject the pending certificate: it stays listed, as Rejected.
    const pendingRow = table.getByRole('row').filter({ has: page.getByLabel('Status: Pending') });
    const pendingFingerprint = (await pendingRow.getByRole('code').textContent()) ?? '';
    await pendingRow.getByRole('button', { name: 'Reject' }).click();
    const rejectedRow = table.getByRole('row').filter({ hasText: pendingFingerprint });
    await expect(rejectedRow.getByLabel('Status: Rejected')).toBeVisible();
    await expect(table.getByLabel('Status: Pending')).toHaveCount(0);
    await expect(table.getByLabel('Status: Rejected')).toHaveCount(2);
    // A rejected certificate can still be approved, and nothing else.
    await expect(rejectedRow.getByRole('button', { name: 'Revoke' })).toHaveCount(0);
    await rejectedRow.getByRole('button', { name: 'Approve' }).click();
    await expect(rejectedRow.getByLabel('Status: Active')).toBeVisible();

    // Revoking asks first and names the certificate.
    const activeRow = table.getByRole('row').filter({ has: page.getByLabel('Status: Active'), hasNotText: pendingFingerprint });
    const activeFingerprint = (await activeRow.getByRole('code').textContent()) ?? '';
    await activeRow.getByRole('button', { name: 'Revoke' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke certificate' });
    await expect(dialog).toContainText(activeFingerprint);
    await expect(dialog).toContainText('can no longer authenticate');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(table.getByRole('row').filter({ hasText: activeFingerprint }).getByLabel('Status: Active')).toBeVisible();
    await table.getByRole('row').filter({ hasText: activeFingerprint }).getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('dialog', { name: 'Revoke certificate' }).getByRole('button', { name: 'Revoke certificate' }).click();
    await expect(table.getByRole('row').filter({ hasText: activeFingerprint }).getByLabel('Status: Revoked')).toBeVisible();

    // Delete, confirmed.
    await table.getByRole('row').filter({ hasText: activeFingerprint }).getByRole('button', { name: 'Delete' }).click();
    const del = page.getByRole('dialog', { name: 'Delete certificate' });
    await expect(del).toContainText(activeFingerprint);
    await del.getByRole('button', { name: 'Delete certificate' }).click();
    await expect(table.getByRole('row').filter({ hasText: activeFingerprint })).toHaveCount(0);

    // The changes are the hub's state, not the page's: they survive a reload.
    await page.reload();
    await expect(page.getByRole('table', { name: 'Certificates' }).getByRole('row').filter({ hasText: pendingFingerprint }).getByLabel('Status: Active')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Certificates' }).getByRole('row')).toHaveCount(5);
  });

  test('names the other device of a conflict on each device page, with the same fingerprint', async ({ page }) => {
    const [lab, copy] = DEVICE_PROBLEMS.certificateConflicts[0].devices;
    const conflictFingerprint = async () => (await page.getByRole('table', { name: 'Certificates' }).getByRole('row').filter({ has: page.getByLabel('Status: Conflict') }).getByRole('code').textContent()) ?? '';
    await openDevice(page, METER_1, '?tab=certificates');
    expect(lab).toEqual({ id: METER_1.id, name: METER_1.name });
    const alert = page.getByRole('alert').filter({ hasText: 'Certificate conflict' });
    await expect(alert).toContainText(`also presented by ${copy.name}`);
    const shared = await conflictFingerprint();
    expect(shared).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    await expect(alert).toContainText(shared.slice(0, 23));

    await alert.getByRole('link', { name: copy.name ?? '' }).click();
    await expect(page.getByRole('heading', { level: 1, name: copy.name ?? '' })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/devices/${copy.id}\\?tab=certificates$`));
    const back = page.getByRole('alert').filter({ hasText: 'Certificate conflict' });
    await expect(back).toContainText(`also presented by ${lab.name}`);
    expect(await conflictFingerprint()).toBe(shared);
    await expect(back.getByRole('link', { name: lab.name ?? '' })).toHaveAttribute('href', `/devices/${lab.id}?tab=certificates`);
  });

  test('adds a certificate with an initial status, from a fingerprint or a PEM, refusing bad input', async ({ page }) => {
    await openDevice(page, METER_1, '?tab=certificates');
    const field = page.getByLabel('Certificate fingerprint (SHA-256)');
    await field.fill('AB:CD');
    await page.getByRole('button', { name: 'Add certificate' }).click();
    await expect(page.getByText('A SHA-256 fingerprint has 32 bytes (64 hex digits); this one has 4 digits')).toBeVisible();
    await field.fill('zz'.repeat(32));
    await page.getByRole('button', { name: 'Add certificate' }).click();
    await expect(page.getByText('Only hexadecimal digits')).toBeVisible();

    await page.getByRole('button', { name: 'Compute it from a PEM certificate' }).click();
    await page.getByLabel('Device certificate (PEM)').fill(LAB_CA_PEM);
    await page.getByRole('button', { name: 'Compute fingerprint' }).click();
    const expected = sha256Fingerprint(LAB_CA_PEM);
    await expect(field).toHaveValue(expected);
    await page.getByLabel('Initial status').selectOption('Active');
    await page.getByRole('button', { name: 'Add certificate' }).click();
    const row = page.getByRole('table', { name: 'Certificates' }).getByRole('row').filter({ hasText: expected });
    await expect(row.getByLabel('Status: Active')).toBeVisible();

    // Lower case without colons is accepted and stored in the canonical form; a duplicate is refused at the field.
    await field.fill(expected.replace(/:/g, '').toLowerCase());
    await page.getByRole('button', { name: 'Add certificate' }).click();
    await expect(page.getByText('This device already has this certificate')).toBeVisible();
  });

  test('rolls a status change back and says so when the hub fails', async ({ page }) => {
    await openDevice(page, METER_1, '?tab=certificates&scenario=certificate-status-error');
    const table = page.getByRole('table', { name: 'Certificates' });
    const pendingRow = table.getByRole('row').filter({ has: page.getByLabel('Status: Pending') });
    await pendingRow.getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByText('Could not approve the certificate')).toBeVisible();
    await expect(page.getByText('could not update the certificate: database unavailable. The previous status was restored.')).toBeVisible();
    await expect(table.getByLabel('Status: Pending')).toHaveCount(1);
  });
});
