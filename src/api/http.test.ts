import { http as mswHttp, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import * as z from 'zod/mini';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from './errors/api-error';
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
