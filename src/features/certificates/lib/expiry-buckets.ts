import type { CertKind, CertRow } from './cert-row';
import { DAY_MS } from './filters';

export interface ExpiryBucket {
  /** Days from now at which the bucket starts (inclusive) and ends (exclusive). */
  fromDay: number;
  toDay: number;
  /** e.g. "Nov 23" (the bucket's first day, UTC). */
  label: string;
  lb: number;
  hubCa: number;
  device: number;
  total: number;
}

const FIELD: Record<CertKind, 'lb' | 'hubCa' | 'device'> = { lb: 'lb', 'hub-ca': 'hubCa', device: 'device' };
const LABEL = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/**
 * Certificates expiring in the next `horizonDays`, in buckets of `bucketDays`
 * from now. Already expired certificates and those without a known expiry
 * (device certificates) are left out; the last bucket is cut at the horizon.
 */
export function expiryBuckets(rows: readonly CertRow[], now: number, horizonDays = 90, bucketDays = 7): ExpiryBucket[] {
  const buckets: ExpiryBucket[] = [];
  for (let from = 0; from < horizonDays; from += bucketDays) {
    buckets.push({ fromDay: from, toDay: Math.min(from + bucketDays, horizonDays), label: LABEL.format(new Date(now + from * DAY_MS)), lb: 0, hubCa: 0, device: 0, total: 0 });
  }
  for (const row of rows) {
    if (row.notValidAfter === null || row.notValidAfter <= now) continue;
    const day = (row.notValidAfter - now) / DAY_MS;
    if (day >= horizonDays) continue;
    const bucket = buckets[Math.floor(day / bucketDays)];
    if (!bucket) continue;
    bucket[FIELD[row.kind]]++;
    bucket.total++;
  }
  return buckets;
}
