import { createSerializer, parseAsNumberLiteral } from 'nuqs';
import { enumParam, intParam, textParam } from '../../../lib/url-state';
import { CERT_KINDS, CERT_STATUSES, type CertKind, type CertRow, type CertStatus } from './cert-row';

export const DAY_MS = 86_400_000;

/** `expired` is not an API status: it is derived from the validity dates, for any kind. */
export const STATUS_FILTERS = [...CERT_STATUSES, 'expired'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const PAGE_SIZES = [25, 50, 100, 200] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const MAX_EXPIRY_DAYS = 3650;

export interface CertFilters {
  kind: CertKind | 'all';
  status: StatusFilter | 'all';
  /** Only certificates that expire within this many days (not those already expired); 0 = no expiry filter. */
  expires: number;
  q: string;
  page: number;
  pageSize: PageSize;
}

/** A change of the view: `null` puts a filter back to its default. */
export type CertFiltersPatch = { [K in keyof CertFilters]?: CertFilters[K] | null };

export const DEFAULT_FILTERS: CertFilters = { kind: 'all', status: 'all', expires: 0, q: '', page: 1, pageSize: 50 };

/** The page's URL state (see lib/url-state): filters, page, page size and the scan's project. */
export const CERT_URL_PARAMS = {
  kind: enumParam(['all', ...CERT_KINDS] as const, 'all'),
  status: enumParam(['all', ...STATUS_FILTERS] as const, 'all'),
  expires: intParam(0, 0, MAX_EXPIRY_DAYS),
  q: textParam,
  page: intParam(1, 1, 1_000_000),
  pageSize: parseAsNumberLiteral(PAGE_SIZES).withDefault(DEFAULT_FILTERS.pageSize),
  project: textParam,
};

/** A link to a view of the page: `certificatesSearch(currentSearch, patch)`; defaults are left out. */
export const certificatesSearch = createSerializer(CERT_URL_PARAMS);

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
/** Each count's view; the page goes back to 1. */
export const COUNT_FILTERS: Record<keyof CertCounts, CertFiltersPatch> = {
  pendingApproval: { kind: 'device', status: 'pending', expires: 0, q: '', page: null },
  conflicts: { kind: 'device', status: 'conflict', expires: 0, q: '', page: null },
  expired: { kind: 'all', status: 'expired', expires: 0, q: '', page: null },
  expiringSoon: { kind: 'all', status: 'all', expires: EXPIRING_SOON_DAYS, q: '', page: null },
};
