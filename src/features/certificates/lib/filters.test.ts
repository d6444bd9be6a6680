import { describe, expect, it } from 'vitest';
import type { CertStatus } from './cert-row';
import { applyFilters, COUNT_FILTERS, countCertificates, DAY_MS, DEFAULT_FILTERS, parseFilters, writeFilters, type CertFilters } from './filters';
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

describe('parseFilters', () => {
  it('reads every filter from the URL', () => {
    expect(parseFilters(new URLSearchParams('kind=device&status=pending&expires=30&q=meter&page=3&pageSize=100'))).toEqual({ kind: 'device', status: 'pending', expires: 30, q: 'meter', page: 3, pageSize: 100 });
  });
  it('falls back to defaults on missing or malformed values', () => {
    expect(parseFilters(new URLSearchParams(''))).toEqual(DEFAULT_FILTERS);
    expect(parseFilters(new URLSearchParams('kind=cat&status=nope&expires=-3&page=0&pageSize=7'))).toEqual(DEFAULT_FILTERS);
    expect(parseFilters(new URLSearchParams('expires=1.5&page=abc')).expires).toBe(0);
    expect(parseFilters(new URLSearchParams('expires=99999')).expires).toBe(0);
  });
  it('accepts the derived expired status', () => {
    expect(parseFilters(new URLSearchParams('status=expired')).status).toBe('expired');
  });
});

describe('writeFilters', () => {
  it('leaves defaults out, keeps unrelated params, and goes back to page 1 on a filter change', () => {
    const next = writeFilters(new URLSearchParams('region=nl-ams&page=4&kind=lb'), { status: 'error', kind: 'all' });
    expect(next.get('region')).toBe('nl-ams');
    expect(next.get('status')).toBe('error');
    expect(next.has('kind')).toBe(false);
    expect(next.has('page')).toBe(false);
  });
  it('round-trips through parseFilters', () => {
    const f: CertFilters = { kind: 'hub-ca', status: 'installed', expires: 60, q: 'a b,c', page: 2, pageSize: 25 };
    expect(parseFilters(writeFilters(new URLSearchParams(), f))).toEqual(f);
  });
  it('keeps the page when only the page changes', () => {
    expect(writeFilters(new URLSearchParams('kind=lb'), { page: 5 }).get('page')).toBe('5');
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
      expect(keys(patch)).toHaveLength(counts[name as keyof typeof counts]);
    }
  });
});
