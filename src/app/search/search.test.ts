import { describe, expect, it } from 'vitest';
import { loadRecents, rememberRecent } from './recents';
import { ACTIONS, searchItems, type SearchItem } from './search-index';

const device = (n: number, extra: Partial<SearchItem> = {}): SearchItem => ({
  id: `device:d_${n}`,
  group: 'Devices',
  label: `meter-${String(n).padStart(4, '0')}`,
  description: 'Smart meters',
  keywords: `d_${n} meter-${n}.meters.fleet.internal`,
  path: `/devices/d_${n}`,
  ...extra,
});

describe('global search', () => {
  it('finds by every word, groups in the palette order and caps each group', () => {
    const items = [...ACTIONS, ...Array.from({ length: 20 }, (_, i) => device(i)), { ...device(99), id: 'hub:h', group: 'Hubs' as const, label: 'meter hub', path: '/hubs/fr-par/h' }];
    const found = searchItems(items, 'meter', 5);
    expect([...found.keys()]).toEqual(['Hubs', 'Devices']);
    expect(found.get('Devices')).toHaveLength(5);
    expect(searchItems(items, 'meter-0007').get('Devices')?.map((d) => d.id)).toEqual(['device:d_7']);
    // By hostname and id too.
    expect(searchItems(items, 'meter-12.meters').get('Devices')?.map((d) => d.id)).toEqual(['device:d_12']);
    expect(searchItems(items, 'create hub').get('Actions')?.map((a) => a.label)).toEqual(['Create hub']);
    expect(searchItems(items, '   ').size).toBe(0);
  });

  it('keeps recents newest first, without duplicates, and ignores garbage in storage', () => {
    rememberRecent(device(1));
    rememberRecent(device(2));
    rememberRecent(device(1));
    expect(loadRecents().map((r) => r.id)).toEqual(['device:d_1', 'device:d_2']);
    expect(Object.keys(loadRecents()[0] ?? {}).sort()).toEqual(['description', 'group', 'id', 'label', 'path']);
    localStorage.setItem('iotc.search.recent', '[{"id":1},{"id":"x","group":"Hubs","label":"a","description":"","path":"javascript:alert(1)"}]');
    expect(loadRecents()).toEqual([]);
    localStorage.setItem('iotc.search.recent', 'not json');
    expect(loadRecents()).toEqual([]);
  });
});
