import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { queryProjects } from '../../src/api/nexigon/client';
import { isRateLimited, retryAfterMs } from '../../src/api/rate-limit';
import { runAdaptive } from '../../src/lib/adaptive-pool';
import { setScenarios } from '../../src/lib/mock-scenario';
import { createMockServer } from '../node';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => setScenarios([]));
afterAll(() => server.close());

describe('the rate-limit scenario of the Nexigon mock', () => {
  it('answers 429 RateLimited with Retry-After past its budget', async () => {
    setScenarios(['rate-limit:3']);
    const answers = await Promise.allSettled(Array.from({ length: 6 }, () => queryProjects()));
    const refused = answers.flatMap((a) => (a.status === 'rejected' ? [a.reason as unknown] : []));
    expect(answers.filter((a) => a.status === 'fulfilled')).toHaveLength(3);
    expect(refused).toHaveLength(3);
    for (const error of refused) {
      expect(isRateLimited(error)).toBe(true);
      expect(retryAfterMs(error)).toBe(1000);
      expect(error).toMatchObject({ status: 429, code: 'RateLimited' });
    }
  });

  it('lets every request through the adaptive pool, none failing', async () => {
    setScenarios(['rate-limit:5']);
    const result = await runAdaptive(
      Array.from({ length: 15 }, (_, i) => i),
      () => queryProjects(),
      { backoffMs: (_attempt, error) => retryAfterMs(error) ?? 100 },
    );
    expect(result.outcomes.every((o) => o?.ok)).toBe(true);
    expect(result.progress.rateLimited).toBeGreaterThan(0);
  });

  it('is off without the scenario', async () => {
    const answers = await Promise.allSettled(Array.from({ length: 8 }, () => queryProjects()));
    expect(answers.every((a) => a.status === 'fulfilled')).toBe(true);
  });
});
