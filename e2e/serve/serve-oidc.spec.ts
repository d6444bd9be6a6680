import { seal, sessionKeys, unseal } from '../../scripts/serve/session.mjs';
import { aclEditor } from '../fixtures/acl-editor';
import { seriousA11yViolations } from '../fixtures/axe';
import { recordCspViolations } from '../fixtures/csp';
import { createConfiguration, expect, oidcTest as test, signInAtProvider, uniqueNamespace } from '../fixtures/serve-stack';

/**
 * `npm run serve --auth oidc` with a real OpenID provider (oidc-provider) on loopback, every
 * provider's upstream on the fake APIs, profiles in their default "Via server proxy" mode.
 * Only alice@example.com may use the console.
 */
test.describe('served build with sign-in (--auth oidc)', () => {
  test('sign in, and the console loads through the proxy', async ({ page, oidcStack }) => {
    const violations = await recordCspViolations(page);
    await page.goto('/hubs?page=1');
    await signInAtProvider(page, 'alice', oidcStack.base);
    await expect(page).toHaveURL(`${oidcStack.base}/hubs?page=1`);
    await expect(page.getByRole('heading', { level: 1, name: 'Hubs' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Hubs' }).getByRole('link', { name: 'lab-sandbox' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Signed in as Alice Operator' })).toBeVisible();
    // The session and the console's header stay with our server; the upstream sees neither.
    const hubCalls = oidcStack.upstream.filter((r) => r.path.startsWith('/iot/v1/'));
    expect(hubCalls.length).toBeGreaterThan(0);
    for (const call of hubCalls) expect([call.headers.cookie, call.headers['x-iotc-request']]).toEqual([undefined, undefined]);
    expect(await violations()).toEqual([]);
  });

  test('a proxied change carries the session, and the audit line names the user', async ({ page, oidcStack }) => {
    await page.goto('/namespaces');
    await signInAtProvider(page, 'alice', oidcStack.base);
    const namespace = uniqueNamespace('oidc-audit');
    await createConfiguration(page, namespace);
    const reserved = oidcStack.upstream.find((r) => r.method === 'POST' && r.body.includes(namespace));
    expect(String(reserved?.headers.authorization)).toMatch(/^EG1-HMAC-SHA256 client_token=akab-client-token-xxx;/);
    expect(reserved?.headers.cookie).toBeUndefined();
    // Creating the configuration is a POST under the namespace's path, on Alice's behalf.
    const alice = { sub: 'alice', email: 'alice@example.com' };
    await expect.poll(() => oidcStack.audit().filter((a) => a.path.includes(namespace))).toContainEqual(expect.objectContaining({ user: alice, provider: 'akamai', method: 'POST' }));
    expect(oidcStack.audit().every((a) => a.user?.sub === 'alice')).toBe(true);
  });

  test('sign out ends the session', async ({ page, context, oidcStack }) => {
    await page.goto('/hubs');
    await signInAtProvider(page, 'alice', oidcStack.base);
    await page.getByRole('button', { name: 'Signed in as Alice Operator' }).click();
    await expect(page.getByRole('menu').getByText('alice@example.com')).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'You are signed out' })).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect((await context.cookies(oidcStack.base)).map((c) => c.name)).not.toContain('iotc_session');
    const me = await page.request.get('/auth/me', { headers: { 'X-IOTC-Request': '1' } });
    expect(me.status()).toBe(401);
    expect(me.headers()['x-iotc-auth']).toBe('sign-in-required');
  });

  test('an expired session asks to sign in again in a new tab, and keeps the unsaved ACL edit and its draft', async ({ page, context, oidcStack }) => {
    await page.goto('/namespaces');
    await signInAtProvider(page, 'alice', oidcStack.base);
    const namespace = uniqueNamespace('oidc-expiry');
    await createConfiguration(page, namespace);
    const editor = aclEditor(page);
    await editor.settled();
    await editor.subscribers(2).fill('night-shift');
    await editor.subscribers(2).press('Enter');
    const draftKey = `iotc.draft.akamai.${namespace}.eu`;
    const draft = () => page.evaluate((key) => localStorage.getItem(key), draftKey);
    await expect.poll(draft).toContain('night-shift');

    // The session runs out: same person, same key, an expiry in the past.
    const keys = sessionKeys([oidcStack.sessionSecret]);
    const cookie = (await context.cookies(oidcStack.base)).find((c) => c.name === 'iotc_session');
    const opened = await unseal(cookie?.value, keys, { purpose: 'session' });
    if (!cookie || !opened.ok) throw new Error('no session cookie after sign-in');
    const { sub, email, name } = opened.claims;
    await context.addCookies([{ ...cookie, value: await seal({ sub, email, name }, keys, { purpose: 'session', ttlSeconds: 60, now: Date.now() - 3_600_000 }) }]);

    await page.getByRole('button', { name: 'Save ACL' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your session expired' });
    await expect(dialog).toBeVisible();
    expect(await draft()).toContain('night-shift');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const popup = context.waitForEvent('page');
    await dialog.getByRole('link', { name: 'Sign in again' }).click();
    const signInTab = await popup;
    // The provider still knows Alice: back at once, no form to fill.
    await expect(signInTab.getByRole('heading', { level: 1, name: 'You are signed in' })).toBeVisible();
    await signInTab.close();

    // This tab noticed, and nothing was lost.
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/namespaces/${namespace}/configurations/eu`));
    await expect(editor.rule(2)).toContainText('night-shift');
    await page.getByRole('button', { name: 'Save ACL' }).click();
    await expect(page.getByText('ACL saved')).toBeVisible();
    await expect.poll(draft).toBeNull();
    // One save reached the upstream (the refused one never did), on Alice's behalf.
    await expect.poll(() => oidcStack.audit().filter((a) => a.method === 'PUT' && a.path.includes(namespace))).toEqual([expect.objectContaining({ user: { sub: 'alice', email: 'alice@example.com' }, status: 202 })]);
  });

  test('a disallowed e-mail address is refused', async ({ page, context, oidcStack }) => {
    await page.goto('/hubs');
    await signInAtProvider(page, 'mallory', oidcStack.base);
    await expect(page.getByRole('heading', { level: 1, name: 'Access denied' })).toBeVisible();
    await expect(page.getByText('You signed in as mallory@evil.example, but this account may not use this console.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Sign in with another account' })).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect((await context.cookies(oidcStack.base)).map((c) => c.name)).not.toContain('iotc_session');
    const proxied = await page.request.get('/proxy/scaleway/iot/v1/regions/fr-par/hubs', { headers: { 'X-IOTC-Request': '1' } });
    expect(proxied.status()).toBe(401);
  });
});
