import { http as mswHttp, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import * as z from 'zod/mini';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { clearSignInRequired, isSignInRequired, subscribeSignInRequired } from './console-auth';
import { ApiError } from './errors/api-error';
import { parseNexigonError } from './errors/nexigon-envelope';
import { parseScalewayError } from './errors/scaleway-envelope';
import { request, type ProviderTransport } from './http';
import { saveProfile, defaultProfile } from './profiles';

const transport: ProviderTransport = { provider: 'scaleway', authHeader: (t) => ['X-Auth-Token', t], parseError: parseScalewayError };
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const TOKEN = 'f00dbabe-1234-4abc-9def-0123456789ab';

describe('request', () => {
  it('sends the token as a header in Direct mode, never in the URL', async () => {
    saveProfile('scaleway', { ...defaultProfile('scaleway'), mode: 'direct', baseUrl: 'https://api.example.test', token: TOKEN });
    let seen: Request | undefined;
    server.use(mswHttp.get('https://api.example.test/thing', ({ request: r }) => ((seen = r), HttpResponse.json({ ok: true }))));
    await expect(request(transport, { method: 'GET', path: '/thing', query: { a: 1 } })).resolves.toEqual({ ok: true });
    expect(seen?.headers.get('X-Auth-Token')).toBe(TOKEN);
    expect(seen?.url).not.toContain(TOKEN);
  });

  it('turns a network failure, a non-JSON body and a bad shape into ApiErrors', async () => {
    saveProfile('scaleway', { ...defaultProfile('scaleway'), mode: 'direct', baseUrl: 'https://api.example.test', token: TOKEN });
    server.use(
      mswHttp.get('https://api.example.test/down', () => HttpResponse.error()),
      mswHttp.get('https://api.example.test/html', () => new HttpResponse('<html>hi</html>', { status: 200 })),
      mswHttp.get('https://api.example.test/shape', () => HttpResponse.json({ id: 3 })),
    );
    await expect(request(transport, { method: 'GET', path: '/down' })).rejects.toMatchObject({ status: 0, code: 'network_error' });
    await expect(request(transport, { method: 'GET', path: '/html' })).rejects.toMatchObject({ code: 'invalid_response' });
    await expect(request(transport, { method: 'GET', path: '/shape', schema: z.object({ id: z.string() }) })).rejects.toBeInstanceOf(ApiError);
  });

  it('redacts a token echoed back by the server', async () => {
    saveProfile('scaleway', { ...defaultProfile('scaleway'), mode: 'direct', baseUrl: 'https://api.example.test', token: TOKEN });
    server.use(mswHttp.get('https://api.example.test/echo', () => HttpResponse.json({ type: 'invalid_auth', message: `bad token ${TOKEN}` }, { status: 401 })));
    const error = await request(transport, { method: 'GET', path: '/echo' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('Scaleway refused the API token (bad token [redacted]).');
  });
});

describe('a rate limit', () => {
  it('becomes an ApiError that says so, with the Retry-After pause', async () => {
    saveProfile('nexigon', { ...defaultProfile('nexigon'), mode: 'direct', baseUrl: 'https://hub.example.test', token: TOKEN });
    const nexigon: ProviderTransport = { provider: 'nexigon', authHeader: (t) => ['Authorization', `Bearer ${t}`], parseError: parseNexigonError };
    server.use(mswHttp.post('https://hub.example.test/act', () => HttpResponse.json({ kind: 'RateLimited', message: 'slow down' }, { status: 429, headers: { 'Retry-After': '3' } })));
    const error = await request(nexigon, { method: 'POST', path: '/act', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'RateLimited', details: { retryAfterMs: 3000 } });
    expect((error as ApiError).message).toBe('Nexigon Hub is limiting the request rate (too many requests): slow down. Retry after 3 s.');
  });
});

describe('the console header and session cookie', () => {
  const modes = ['proxy', 'direct', 'mock'] as const;
  const urlFor = { proxy: `${location.origin}/proxy/scaleway/thing`, direct: 'https://api.example.test/thing', mock: `${location.origin}/thing` };

  it.each(modes)('in %s mode: X-IOTC-Request only through the proxy, credentials only same-origin there', async (mode) => {
    saveProfile('scaleway', { ...defaultProfile('scaleway'), mode, baseUrl: 'https://api.example.test', token: TOKEN });
    let seen: Request | undefined;
    server.use(mswHttp.get(urlFor[mode], ({ request: r }) => ((seen = r), HttpResponse.json({ ok: true }))));
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    await expect(request(transport, { method: 'GET', path: '/thing' })).resolves.toEqual({ ok: true });
    expect(seen?.headers.get('X-IOTC-Request')).toBe(mode === 'proxy' ? '1' : null);
    expect(fetchSpy.mock.calls[0]?.[1]?.credentials).toBe(mode === 'proxy' ? 'same-origin' : 'omit');
  });

  it("reports the server's sign-in-required 401, and not an upstream's own 401", async () => {
    saveProfile('scaleway', { ...defaultProfile('scaleway'), mode: 'proxy', token: TOKEN });
    const reported = vi.fn();
    const unsubscribe = subscribeSignInRequired(reported);
    server.use(
      mswHttp.get(`${location.origin}/proxy/scaleway/upstream-401`, () => HttpResponse.json({ type: 'denied_authentication', message: 'bad token' }, { status: 401 })),
      mswHttp.get(`${location.origin}/proxy/scaleway/session`, () => HttpResponse.json({ type: 'sign_in_required', message: 'x' }, { status: 401, headers: { 'X-IOTC-Auth': 'sign-in-required' } })),
    );
    await expect(request(transport, { method: 'GET', path: '/upstream-401' })).rejects.toMatchObject({ status: 401, code: 'denied_authentication' });
    expect(isSignInRequired()).toBe(false);
    await expect(request(transport, { method: 'GET', path: '/session' })).rejects.toMatchObject({ status: 401, code: 'sign_in_required', message: 'Your session has expired. Sign in again to continue.' });
    expect(isSignInRequired()).toBe(true);
    expect(reported).toHaveBeenCalledTimes(1);
    clearSignInRequired();
    unsubscribe();
  });
});
