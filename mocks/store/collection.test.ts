import { describe, expect, it } from 'vitest';
import { createCollection, resetAllCollections } from './collection';

interface Item {
  id: string;
  value: number;
}
const seed = (): Item[] => [
  { id: 'a', value: 1 },
  { id: 'b', value: 2 },
];
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('mock collection', () => {
  it('persists only the changes, survives a reload, and resets to the seed', async () => {
    const c = createCollection<Item>({ name: 'test.items', seed, id: (i) => i.id });
    c.update('a', (i) => ({ ...i, value: 10 }));
    c.remove('b');
    c.insert({ id: 'c', value: 3 });
    await flush();
    const stored = JSON.parse(localStorage.getItem('iotc.mock.test.items') ?? '{}') as { deleted: string[]; added: string[] };
    expect(stored.deleted).toEqual(['b']);
    expect(stored.added).toEqual(['c']);

    // A second instance (a reload) sees the same state.
    const reloaded = createCollection<Item>({ name: 'test.items', seed, id: (i) => i.id });
    expect(reloaded.all()).toEqual([
      { id: 'a', value: 10 },
      { id: 'c', value: 3 },
    ]);

    resetAllCollections();
    expect(localStorage.getItem('iotc.mock.test.items')).toBeNull();
    expect(reloaded.all()).toEqual(seed());
  });

  it('removing an added item leaves no trace', async () => {
    const c = createCollection<Item>({ name: 'test.added', seed, id: (i) => i.id });
    c.insert({ id: 'x', value: 9 });
    c.remove('x');
    await flush();
    expect(JSON.parse(localStorage.getItem('iotc.mock.test.added') ?? '{}')).toEqual({ upserts: {}, deleted: [], added: [] });
  });
});
