import { describe, expect, it } from 'vitest';
import type { CertStatus } from './cert-row';
import { applyFilters, CERT_URL_PARAMS, certificatesSearch, COUNT_FILTERS, countCertificates, DAY_MS, DEFAULT_FILTERS, type CertFilters } from './filters';
import { row } from './test-rows';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const device = (key: string, status: CertStatus, name = 'meter-0001') => row({ key, kind: 'device', status, name, fingerprint: `AA:${key}`, owner: { kind: 'device', id: `d_${key}`, name } });


const rows = [
  device('p1', 'pending'),
  device('p2', 'pending', 'reefer-0002'),
  device('c1', 'conflict'),
  device('a1', 'active'),
  row({ key: 'lb-expired', notValidAfter: NOW - DAY_MS }),
  row({ key: 'lb-10d', notValidAfter: NOW + 10 * DAY_MS, subject: 'mqtt.fleet.example.com' }),
  row({ key: 'lb-30d', notValidAfter: NOW + 30 * DAY_MS }),
  row({ key: 'lb-45d', notValidAfter: NOW + 45 * DAY_MS, status: 'error' }),
  row({ key: 'hub', kind: 'hub-ca', status: 'installed', notValidAfter: NOW + 5 * DAY_MS, owner: { kind: 'hub', id: 'h1', name: 'smart-meters', region: 'fr-par' } }),
];

const keys = (f: Partial<CertFilters>) => applyFilters(rows, { ...DEFAULT_FILTERS, ...f }, NOW).map((r) => r.key);

describe('certificatesSearch (the URL of a view)', () => {
  it('leaves defaults out, keeps unrelated params, and goes back to page 1 for a count link', () => {
    const next = new URLSearchParams(certificatesSearch('?region=nl-ams&page=4&kind=lb', COUNT_FILTERS.expired));
    expect(next.get('region')).toBe('nl-ams');
    expect(next.get('status')).toBe('expired');
    expect(next.has('kind')).toBe(false);
    expect(next.has('page')).toBe(false);
  });
  it('writes every filter so a link opens the same view', () => {
    const next = new URLSearchParams(certificatesSearch('', { kind: 'hub-ca', status: 'installed', expires: 60, q: 'a b,c', page: 2, pageSize: 25 }));
    expect(Object.fromEntries(next)).toEqual({ kind: 'hub-ca', status: 'installed', expires: '60', q: 'a b,c', page: '2', pageSize: '25' });
  });
});

describe('CERT_URL_PARAMS (reading a view from the URL)', () => {
  const parse = <K extends keyof typeof CERT_URL_PARAMS>(key: K, raw: string) => CERT_URL_PARAMS[key].parseServerSide(raw);
  it('reads good values and falls back to the defaults for bad ones', () => {
    expect([parse('kind', 'device'), parse('status', 'expired'), parse('expires', '30'), parse('pageSize', '100')]).toEqual(['device', 'expired', 30, 100]);
    expect([parse('kind', 'cat'), parse('status', 'nope'), parse('expires', '-3'), parse('page', '0'), parse('pageSize', '7')]).toEqual([
      DEFAULT_FILTERS.kind,
      DEFAULT_FILTERS.status,
      DEFAULT_FILTERS.expires,
      DEFAULT_FILTERS.page,
      DEFAULT_FILTERS.pageSize,
    ]);
    expect([parse('expires', '1.5'), parse('expires', '99999'), parse('page', 'abc')]).toEqual([0, 0, 1]);
  });
});

describe('applyFilters', () => {
  it('filters by kind and status', () => {
    expect(keys({ kind: 'device', status: 'pending' })).toEqual(['p1', 'p2']);
    expect(keys({ status: 'error' })).toEqual(['lb-45d']);
    expect(keys({ kind: 'hub-ca' })).toEqual(['hub']);
  });
  it('expires within N days: includes the boundary, excludes expired certificates and those without a date', () => {
    expect(keys({ expires: 30 })).toEqual(['hub', 'lb-10d', 'lb-30d']);
    expect(keys({ expires: 7 })).toEqual(['hub']);
  });
  it('expired is derived from the dates', () => {
    expect(keys({ status: 'expired' })).toEqual(['lb-expired']);
  });
  it('matches text on name, subject, fingerprint and device, case-insensitively', () => {
    expect(keys({ q: 'REEFER' })).toEqual(['p2']);
    expect(keys({ q: 'aa:c1' })).toEqual(['c1']);
    expect(keys({ q: 'mqtt.fleet' })).toEqual(['lb-10d']);
    expect(keys({ q: 'smart-meters' })).toEqual(['hub']);
  });
  it('puts conflicts, errors and pending first, then the soonest expiry', () => {
    expect(keys({}).slice(0, 4)).toEqual(['c1', 'lb-45d', 'p1', 'p2']);
    expect(keys({ kind: 'lb' })).toEqual(['lb-45d', 'lb-expired', 'lb-10d', 'lb-30d']);
  });
});

describe('countCertificates', () => {
  it('counts pending approval and conflicts on device certificates, expired and expiring in 30 days on dated ones', () => {
    expect(countCertificates(rows, NOW)).toEqual({ pendingApproval: 2, conflicts: 1, expired: 1, expiringSoon: 3 });
  });
  it('each count is the size of the view its link opens', () => {
    const counts = countCertificates(rows, NOW);
    for (const [name, patch] of Object.entries(COUNT_FILTERS)) {
      expect(keys({ ...patch, page: 1 } as Partial<CertFilters>)).toHaveLength(counts[name as keyof typeof counts]);
    }
  });
});
