import { describe, expect, it } from 'vitest';
import { expiryBuckets } from './expiry-buckets';
import { DAY_MS } from './filters';
import { row } from './test-rows';

const NOW = Date.parse('2026-11-23T12:00:00Z');

describe('expiryBuckets', () => {
  it('makes weekly buckets up to the horizon, the last one cut short', () => {
    const buckets = expiryBuckets([], NOW);
    expect(buckets).toHaveLength(13);
    expect(buckets[0]).toMatchObject({ fromDay: 0, toDay: 7, label: 'Nov 23', total: 0 });
    expect(buckets.at(-1)).toMatchObject({ fromDay: 84, toDay: 90 });
  });
  it('counts by kind, and leaves out expired, undated and beyond-horizon certificates', () => {
    const buckets = expiryBuckets(
      [
        row({ key: 'a', notValidAfter: NOW + 1 }),
        row({ key: 'b', notValidAfter: NOW + 6.9 * DAY_MS }),
        row({ key: 'c', notValidAfter: NOW + 7 * DAY_MS }),
        row({ key: 'd', kind: 'hub-ca', notValidAfter: NOW + 8 * DAY_MS }),
        row({ key: 'e', notValidAfter: NOW + 89.9 * DAY_MS }),
        row({ key: 'expired', notValidAfter: NOW }),
        row({ key: 'undated', kind: 'device', notValidAfter: null }),
        row({ key: 'far', notValidAfter: NOW + 90 * DAY_MS }),
      ],
      NOW,
    );
    expect(buckets[0]).toMatchObject({ lb: 2, hubCa: 0, total: 2 });
    expect(buckets[1]).toMatchObject({ lb: 1, hubCa: 1, total: 2 });
    expect(buckets[12]).toMatchObject({ lb: 1, total: 1 });
    expect(buckets.reduce((n, b) => n + b.total, 0)).toBe(5);
  });
});
