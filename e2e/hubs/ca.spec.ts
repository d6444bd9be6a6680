import { CHALLENGE_FROM_OTHER_CA_PEM, CHALLENGE_WRONG_CN_PEM, LAB_CA_PEM, LAB_CHALLENGE_PEM } from '../fixtures/certificates.gen';
import { expect, openApp, test } from '../fixtures/app';

const LAB_CA = '/hubs/fr-par/c1789ed6-4f5d-4a81-8cb3-344556677889?tab=ca';

test.describe('Hub certificate authority', () => {
  test('shows the parsed custom CA of a hub, with auto-provisioning available', async ({ page }) => {
    await openApp(page, '/hubs/fr-par/1c6d8f2b-3a4e-4b7c-9d0e-2f3a4b5c6d7e?tab=ca');
    const ca = page.getByRole('table', { name: 'Current certificate authority' });
    await expect(ca).toContainText('CN=Acme Smart Meters Root CA');
    await expect(ca).toContainText('self-signed');
    await expect(ca.getByRole('rowheader', { name: 'SHA-256 fingerprint' })).toBeVisible();
    await expect(ca).toContainText(/([0-9A-F]{2}:){31}[0-9A-F]{2}/);
    await expect(page.getByRole('switch', { name: 'Device auto-provisioning' })).toBeEnabled();
    await expect(page.getByRole('switch', { name: 'Device auto-provisioning' })).toBeChecked();
  });

  test('checks CA and challenge in the browser, one message per failure, then sets the CA', async ({ page }) => {
    let posts = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/ca')) posts++;
    });
    await openApp(page, LAB_CA);
    await expect(page.getByRole('switch', { name: 'Device auto-provisioning' })).toBeDisabled();
    await expect(page.getByText('Unavailable: auto-provisioning needs a custom certificate authority')).toBeVisible();
    const caField = page.getByLabel('CA certificate (PEM)');
    const challengeField = page.getByLabel('Challenge certificate (PEM)');
    const submit = page.getByRole('button', { name: 'Set certificate authority' });

    await caField.fill('not a certificate');
    await challengeField.fill(LAB_CHALLENGE_PEM);
    await submit.click();
    await expect(page.getByText('The CA certificate must be a PEM certificate')).toBeVisible();

    await caField.fill(LAB_CA_PEM);
    await challengeField.fill(CHALLENGE_FROM_OTHER_CA_PEM);
    await submit.click();
    await expect(page.getByText('The challenge certificate is not signed by this CA')).toBeVisible();

    await challengeField.fill(CHALLENGE_WRONG_CN_PEM);
    await submit.click();
    await expect(page.getByText('The challenge\'s common name must be the hub id "c1789ed6-4f5d-4a81-8cb3-344556677889", but it is "not-the-hub-id"')).toBeVisible();
    expect(posts).toBe(0);

    await challengeField.fill(LAB_CHALLENGE_PEM);
    await submit.click();
    await expect(page.getByText('lab-sandbox now trusts your CA.')).toBeVisible();
    expect(posts).toBe(1);
    await expect(page.getByRole('table', { name: 'Current certificate authority' })).toContainText('CN=Lab Sandbox Device CA');
    const autoProvisioning = page.getByRole('switch', { name: 'Device auto-provisioning' });
    await expect(autoProvisioning).toBeEnabled();
    await autoProvisioning.click();
    await expect(autoProvisioning).toBeChecked();
    await expect(page.getByText('Auto-provisioning is on.')).toBeVisible();
  });
});
