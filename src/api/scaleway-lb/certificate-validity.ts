import type { Certificate } from './types';

/**
 * What a certificate's dates and status mean today, for every page that lists
 * load balancer certificates (this area and the Certificates overview).
 */
export type CertificateHealth = 'pending' | 'error' | 'not_yet_valid' | 'expired' | 'expiring' | 'valid' | 'unknown';

export interface CertificateValidity {
  health: CertificateHealth;
  /** Whole days until not_valid_after (negative once expired); null when the API gave no date. */
  daysRemaining: number | null;
  notValidBefore: Date | null;
  notValidAfter: Date | null;
}

/** Renewal is due: Let's Encrypt renews 30 days ahead, so fewer days left than this means renewal is failing. */
export const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;

function toDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function certificateValidity(cert: Pick<Certificate, 'status' | 'not_valid_before' | 'not_valid_after'>, now: number = Date.now()): CertificateValidity {
  const notValidBefore = toDate(cert.not_valid_before);
  const notValidAfter = toDate(cert.not_valid_after);
  const daysRemaining = notValidAfter ? Math.floor((notValidAfter.getTime() - now) / DAY_MS) : null;
  let health: CertificateHealth;
  if (cert.status === 'pending') health = 'pending';
  else if (cert.status === 'error') health = 'error';
  else if (notValidAfter && notValidAfter.getTime() <= now) health = 'expired';
  else if (notValidBefore && notValidBefore.getTime() > now) health = 'not_yet_valid';
  else if (daysRemaining !== null && daysRemaining < EXPIRY_WARNING_DAYS) health = 'expiring';
  else if (cert.status === 'ready') health = 'valid';
  else health = 'unknown';
  return { health, daysRemaining, notValidBefore, notValidAfter };
}

/** "12 days left", "expires today", "expired 3 days ago", "—". */
export function describeDaysRemaining(days: number | null): string {
  if (days === null) return '—';
  if (days > 1) return `${days} days left`;
  if (days === 1) return '1 day left';
  if (days === 0) return 'expires within a day';
  if (days === -1) return 'expired 1 day ago';
  return `expired ${-days} days ago`;
}
