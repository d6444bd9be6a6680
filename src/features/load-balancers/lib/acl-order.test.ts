import { describe, expect, it } from 'vitest';
import type { Acl } from '../../../api/scaleway-lb/types';
import { aclToInput, moveAcl, nextAclIndex } from './acl-order';

const acl = (name: string, index: number, created = '2026-01-01T00:00:00Z'): Acl => ({
  id: name,
  name,
  index,
  description: '',
  created_at: created,
  updated_at: null,
  frontend: null,
  action: { type: 'deny', redirect: null },
  match: { ip_subnet: ['10.0.0.0/8'], ips_edge_services: false, http_filter: 'acl_http_filter_none', http_filter_value: [], http_filter_option: null, invert: false },
});

describe('moveAcl', () => {
  const list = [acl('a', 0), acl('b', 10), acl('c', 20)];

  it('swaps the indexes of two neighbours and leaves the rest alone', () => {
    expect(moveAcl(list, 'b', -1).map((c) => [c.acl.name, c.index])).toEqual([
      ['b', 0],
      ['a', 10],
    ]);
    expect(moveAcl(list, 'b', 1).map((c) => [c.acl.name, c.index])).toEqual([
      ['c', 10],
      ['b', 20],
    ]);
  });

  it('does nothing past either end or for an unknown rule', () => {
    expect(moveAcl(list, 'a', -1)).toEqual([]);
    expect(moveAcl(list, 'c', 1)).toEqual([]);
    expect(moveAcl(list, 'zzz', 1)).toEqual([]);
  });

  it('renumbers when indexes are shared, so the order becomes explicit', () => {
    const shared = [acl('a', 5, '2026-01-01T00:00:00Z'), acl('b', 5, '2026-01-02T00:00:00Z'), acl('c', 7)];
    expect(moveAcl(shared, 'c', -1).map((c) => [c.acl.name, c.index])).toEqual([
      ['a', 0],
      ['c', 10],
      ['b', 20],
    ]);
  });
});

describe('nextAclIndex and aclToInput', () => {
  it('leaves room after the last rule', () => {
    expect(nextAclIndex([])).toBe(0);
    expect(nextAclIndex([{ index: 0 }, { index: 10 }])).toBe(20);
    expect(nextAclIndex([{ index: 13 }])).toBe(20);
  });

  it('builds a complete update body, with overrides', () => {
    expect(aclToInput(acl('a', 0), { index: 30 })).toEqual({
      name: 'a',
      description: '',
      index: 30,
      action: { type: 'deny' },
      match: { ip_subnet: ['10.0.0.0/8'], ips_edge_services: false, http_filter: 'acl_http_filter_none', http_filter_value: [], http_filter_option: undefined, invert: false },
    });
  });
});
