import { KIND_LABELS, STATUS_LABELS, ownerPath, type CertRow } from './cert-row';
import { DAY_MS } from './filters';

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula
 * (starting with = + - @, or a tab/CR that some strip first) gets a leading
 * apostrophe: certificate names and status details come from the APIs and
 * could be crafted. Numbers we computed are written as they are.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const CSV_HEADER = [
  'kind',
  'name',
  'status',
  'status_details',
  'type',
  'common_name_or_subject',
  'alternative_names',
  'fingerprint',
  'not_valid_before',
  'not_valid_after',
  'days_left',
  'first_seen',
  'owner_kind',
  'owner_name',
  'owner_id',
  'owner_link',
] as const;

const iso = (t: number | null) => (t === null ? '' : new Date(t).toISOString());

/** The rows of the current view, with absolute links so the file is useful outside the console. */
export function certificatesCsv(rows: readonly CertRow[], now: number, origin: string): string {
  return toCsv(
    CSV_HEADER,
    rows.map((r) => [
      KIND_LABELS[r.kind],
      r.name,
      STATUS_LABELS[r.status],
      r.statusDetails,
      r.type,
      r.subject,
      r.alternativeNames.join(' '),
      r.fingerprint,
      iso(r.notValidBefore),
      iso(r.notValidAfter),
      r.notValidAfter === null ? null : Math.floor((r.notValidAfter - now) / DAY_MS),
      iso(r.firstSeen),
      r.owner.kind,
      r.owner.name,
      r.owner.id,
      origin + ownerPath(r.owner),
    ]),
  );
}
