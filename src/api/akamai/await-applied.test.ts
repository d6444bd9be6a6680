import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors/api-error';
import type { Configuration } from './types';
import { sameAclRules, waitUntilApplied } from './await-applied';

const rule = (topicFilter: string) => ({ topicFilter, publishers: ['p'], subscribers: [] });
const config = (filters: string[]): Configuration => ({ namespace: 'n', jurisdiction: 'eu', acls: filters.map(rule) });
const notFound = () => new ApiError({ provider: 'akamai', status: 404, code: 'not_found', message: 'No configuration.' });

/** A clock that advances only when the wait sleeps, so the tests run instantly. */
function fakeTime() {
  let t = 0;
  const sleeps: number[] = [];
  return { now: () => t, sleep: async (ms: number) => void (sleeps.push(ms), (t += ms)), sleeps };
}

describe('waitUntilApplied (after 202 Accepted)', () => {
  it('reads again until the configuration shows the change, then returns it', async () => {
    const answers = [config(['old']), config(['old']), config(['new'])];
    const time = fakeTime();
    let reads = 0;
    const result = await waitUntilApplied({ namespace: 'n', jurisdiction: 'eu', applied: (c) => sameAclRules(c.acls, [rule('new')]), read: async () => answers[reads++] as Configuration, ...time });
    expect(result.acls[0]?.topicFilter).toBe('new');
    expect(reads).toBe(3);
    expect(time.sleeps).toEqual([1000, 1000]);
  });

  it('reads a 404 as a creation not applied yet, and any other error as the end', async () => {
    const time = fakeTime();
    let reads = 0;
    const created = await waitUntilApplied({ namespace: 'n', jurisdiction: 'eu', applied: () => true, read: async () => (reads++ < 2 ? Promise.reject(notFound()) : config([])), ...time });
    expect(created.acls).toEqual([]);
    expect(reads).toBe(3);
    const refused = new ApiError({ provider: 'akamai', status: 403, code: 'forbidden', message: 'No.' });
    await expect(waitUntilApplied({ namespace: 'n', jurisdiction: 'eu', applied: () => true, read: () => Promise.reject(refused), ...fakeTime() })).rejects.toBe(refused);
  });

  it('gives up after the timeout and says the change may still land', async () => {
    const time = fakeTime();
    const wait = waitUntilApplied({ namespace: 'n', jurisdiction: 'eu', applied: () => false, read: async () => config(['old']), timeoutMs: 5000, ...time });
    await expect(wait).rejects.toMatchObject({ code: 'change_not_applied_yet', message: expect.stringContaining('after 5 s') as unknown });
    expect(time.sleeps).toHaveLength(5);
  });

  it('compares rules in order, field by field', () => {
    expect(sameAclRules([rule('a'), rule('b')], [rule('a'), rule('b')])).toBe(true);
    expect(sameAclRules([rule('a'), rule('b')], [rule('b'), rule('a')])).toBe(false);
    expect(sameAclRules([rule('a')], [{ ...rule('a'), subscribers: ['s'] }])).toBe(false);
  });
});
