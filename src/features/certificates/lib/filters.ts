import { CERT_KINDS, CERT_STATUSES, type CertKind, type CertRow, type CertStatus } from './cert-row';

export const DAY_MS = 86_400_000;

/** `expired` is not an API status: it is derived from the validity dates, for any kind. */
export const STATUS_FILTERS = [...CERT_STATUSES, 'expired'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const MAX_EXPIRY_DAYS = 3650;

export interface CertFilters {
  kind: CertKind | 'all';
  status: StatusFilter | 'all';
  /** Only certificates that expire within this many days (not those already expired); 0 = no expiry filter. */
  expires: number;
  q: string;
  page: number;
  pageSize: number;
}

export const DEFAULT_FILTERS: CertFilters = { kind: 'all', status: 'all', expires: 0, q: '', page: 1, pageSize: 50 };

function oneOf<E extends string>(values: readonly E[], raw: string | null): E | undefined {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as E) : undefined;
}

function intIn(raw: string | null, min: number, max: number): number | undefined {
  if (raw === null || !/^\d+$/.test(raw.trim())) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
}

/** The filters from the URL's search params: anything missing or malformed falls back to its default. */
export function parseFilters(search: URLSearchParams): CertFilters {
  const pageSize = intIn(search.get('pageSize'), 1, 1000);
  return {
    kind: oneOf(CERT_KINDS, search.get('kind')) ?? 'all',
    status: oneOf(STATUS_FILTERS, search.get('status')) ?? 'all',
    expires: intIn(search.get('expires'), 0, MAX_EXPIRY_DAYS) ?? 0,
    q: search.get('q') ?? '',
    page: intIn(search.get('page'), 1, 1_000_000) ?? 1,
    pageSize: pageSize !== undefined && (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_FILTERS.pageSize,
  };
}

/** Writes a patch of filters into search params, leaving defaults out; any filter change goes back to page 1. */
export function writeFilters(search: URLSearchParams, patch: Partial<CertFilters>): URLSearchParams {
  const next = new URLSearchParams(search);
  const filterChanged = (['kind', 'status', 'expires', 'q', 'pageSize'] as const).some((k) => k in patch);
  const merged: Partial<CertFilters> = filterChanged && !('page' in patch) ? { ...patch, page: 1 } : patch;
  for (const [key, value] of Object.entries(merged) as Array<[keyof CertFilters, CertFilters[keyof CertFilters]]>) {
    if (value === DEFAULT_FILTERS[key] || value === '' || value === undefined) next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

export function isExpired(row: CertRow, now: number): boolean {
  return row.notValidAfter !== null && row.notValidAfter <= now;
}

/** Still valid, and expires within `days`. Rows without a known expiry (device certificates) never match. */
export function expiresWithin(row: CertRow, days: number, now: number): boolean {
  return row.notValidAfter !== null && row.notValidAfter > now && row.notValidAfter <= now + days * DAY_MS;
}

function matchesText(row: CertRow, needle: string): boolean {
  if (!needle) return true;
  const haystack = [row.name, row.subject, ...row.alternativeNames, row.fingerprint, row.id, row.owner.name, row.owner.id].join('\n').toLowerCase();
  return haystack.includes(needle);
}

export function matchesFilters(row: CertRow, f: Pick<CertFilters, 'kind' | 'status' | 'expires' | 'q'>, now: number): boolean {
  if (f.kind !== 'all' && row.kind !== f.kind) return false;
  if (f.status === 'expired') {
    if (!isExpired(row, now)) return false;
  } else if (f.status !== 'all' && row.status !== f.status) return false;
  if (f.expires > 0 && !expiresWithin(row, f.expires, now)) return false;
  return matchesText(row, f.q.trim().toLowerCase());
}

const STATUS_RANK: Partial<Record<CertStatus, number>> = { conflict: 0, error: 1, pending: 2 };

/**
 * What needs attention first: conflicts, errors and pending, then by expiry
 * (soonest first; no date last), then by owner and name so the order is stable.
 */
export function compareRows(a: CertRow, b: CertRow): number {
  const rank = (STATUS_RANK[a.status] ?? 9) - (STATUS_RANK[b.status] ?? 9);
  if (rank !== 0) return rank;
  const ea = a.notValidAfter ?? Number.POSITIVE_INFINITY;
  const eb = b.notValidAfter ?? Number.POSITIVE_INFINITY;
  if (ea !== eb) return ea < eb ? -1 : 1;
  // Plain code-unit order: localeCompare is ten times slower, and this runs over every row on each scan update.
  return cmp(a.owner.name, b.owner.name) || cmp(a.name, b.name) || cmp(a.key, b.key);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function applyFilters(rows: readonly CertRow[], f: CertFilters, now: number): CertRow[] {
  return rows.filter((r) => matchesFilters(r, f, now)).sort(compareRows);
}

export interface CertCounts {
  pendingApproval: number;
  conflicts: number;
  expired: number;
  expiringSoon: number;
}

export const EXPIRING_SOON_DAYS = 30;

export function countCertificates(rows: readonly CertRow[], now: number): CertCounts {
  const counts: CertCounts = { pendingApproval: 0, conflicts: 0, expired: 0, expiringSoon: 0 };
  for (const r of rows) {
    if (r.kind === 'device' && r.status === 'pending') counts.pendingApproval++;
    if (r.kind === 'device' && r.status === 'conflict') counts.conflicts++;
    if (isExpired(r, now)) counts.expired++;
    else if (expiresWithin(r, EXPIRING_SOON_DAYS, now)) counts.expiringSoon++;
  }
  return counts;
}

/** The filters each count stands for: the count's link sets exactly these (and clears the others). */
export const COUNT_FILTERS: Record<keyof CertCounts, Partial<CertFilters>> = {
  pendingApproval: { kind: 'device', status: 'pending', expires: 0, q: '' },
  conflicts: { kind: 'device', status: 'conflict', expires: 0, q: '' },
  expired: { kind: 'all', status: 'expired', expires: 0, q: '' },
  expiringSoon: { kind: 'all', status: 'all', expires: EXPIRING_SOON_DAYS, q: '' },
};
