import { aclEditor } from '../fixtures/acl-editor';
import { recordCspViolations } from '../fixtures/csp';
import { createConfiguration, expect, plainTest as test, uniqueNamespace } from '../fixtures/serve-stack';

/**
 * `npm run serve` on loopback without sign-in (the default), every provider's upstream on the
 * fake APIs, profiles in their default "Via server proxy" mode: the console works through the
 * proxy, with the console's header, EdgeGrid signing and the audit trail, and no sign-in UI.
 */
test.describe('served build through the proxy, loopback without sign-in', () => {
  test('hubs load, a namespace is reserved and its ACL saved, all through the proxy', async ({ page, plainStack }) => {
    const violations = await recordCspViolations(page);
    await page.goto('/hubs');
    await expect(page.getByRole('table', { name: 'Hubs' }).getByRole('link', { name: 'lab-sandbox' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Signed in as/ })).toHaveCount(0);

    const namespace = uniqueNamespace('plain');
    await createConfiguration(page, namespace);
    const editor = aclEditor(page);
    await editor.subscribers(2).fill('dashboards');
    await editor.subscribers(2).press('Enter');
    await page.getByRole('button', { name: 'Save ACL' }).click();
    await expect(page.getByText('ACL saved')).toBeVisible();

    const saved = plainStack.upstream.filter((r) => r.method === 'PUT' && r.path.includes(namespace));
    expect(saved).toHaveLength(1);
    expect(String(saved[0]?.headers.authorization)).toMatch(/^EG1-HMAC-SHA256 /);
    expect(saved[0]?.headers['x-iotc-request']).toBeUndefined();
    await expect.poll(() => plainStack.audit().filter((a) => a.method === 'PUT' && a.path.includes(namespace))).toEqual([expect.objectContaining({ user: null, provider: 'akamai', status: 202 })]);
    expect(await violations()).toEqual([]);
  });
});
