import type { HttpResponseResolver } from 'msw';
import { describe, expect, it } from 'vitest';
import { hasProviderScenario, setScenarios } from '../../src/lib/mock-scenario';
import { withScenario } from './scenario';

const ok: HttpResponseResolver = () => Response.json({ ok: true });
const info = {} as Parameters<HttpResponseResolver>[0];

async function statusOf(provider: 'scaleway' | 'nexigon' | 'akamai'): Promise<number> {
  const response = (await withScenario(provider, ok)(info)) as Response;
  return response.type === 'error' ? 0 : response.status;
}

describe('mock scenarios per provider', () => {
  it('fails only the named provider with a prefixed scenario', async () => {
    setScenarios(['nexigon:unauthorized']);
    expect(await statusOf('nexigon')).toBe(401);
    expect(await statusOf('scaleway')).toBe(200);
    expect(await statusOf('akamai')).toBe(200);

    setScenarios(['scaleway:server-error']);
    expect(await statusOf('scaleway')).toBe(500);
    expect(await statusOf('nexigon')).toBe(200);

    setScenarios(['akamai:unreachable']);
    expect(await statusOf('akamai')).toBe(0);
    expect(await statusOf('scaleway')).toBe(200);
  });

  it('keeps the unprefixed forms failing every provider, as before', async () => {
    setScenarios(['unauthorized']);
    for (const p of ['scaleway', 'nexigon', 'akamai'] as const) expect(await statusOf(p)).toBe(401);
    setScenarios(['server-error']);
    for (const p of ['scaleway', 'nexigon', 'akamai'] as const) expect(await statusOf(p)).toBe(500);
  });

  it('slows one provider or all of them', () => {
    setScenarios(['akamai:slow']);
    expect(hasProviderScenario('akamai', 'slow')).toBe(true);
    expect(hasProviderScenario('nexigon', 'slow')).toBe(false);
    setScenarios(['slow']);
    expect(hasProviderScenario('nexigon', 'slow')).toBe(true);
    setScenarios([]);
    expect(hasProviderScenario('akamai', 'slow')).toBe(false);
  });
});
