import { describe, expect, it } from 'vitest';
import { editorReducer, toEditorRules, toRules } from './editor-state';

const start = toEditorRules([
  { topicFilter: 'a', publishers: ['p'], subscribers: [] },
  { topicFilter: 'b', publishers: [], subscribers: ['s'] },
  { topicFilter: 'c', publishers: [], subscribers: [] },
]);

describe('editor rows', () => {
  it('edit, add, duplicate, remove and move, keeping keys with rules', () => {
    const [a, b] = start as [(typeof start)[0], (typeof start)[0]];
    let rows = editorReducer(start, { type: 'set-filter', key: a.key, value: 'a/#' });
    rows = editorReducer(rows, { type: 'set-groups', key: b.key, side: 'publishers', groups: ['x'] });
    rows = editorReducer(rows, { type: 'duplicate', key: a.key });
    expect(toRules(rows).map((r) => r.topicFilter)).toEqual(['a/#', 'a/#', 'b', 'c']);
    expect(rows[1]?.key).not.toBe(a.key);
    rows = editorReducer(rows, { type: 'move', from: 3, to: 0 });
    expect(toRules(rows).map((r) => r.topicFilter)).toEqual(['c', 'a/#', 'a/#', 'b']);
    expect(rows[3]?.key).toBe(b.key);
    expect(rows[3]?.publishers).toEqual(['x']);
    rows = editorReducer(rows, { type: 'remove', key: a.key });
    rows = editorReducer(rows, { type: 'add', afterKey: b.key });
    expect(toRules(rows)).toEqual([
      { topicFilter: 'c', publishers: [], subscribers: [] },
      { topicFilter: 'a/#', publishers: ['p'], subscribers: [] },
      { topicFilter: 'b', publishers: ['x'], subscribers: ['s'] },
      { topicFilter: '', publishers: [], subscribers: [] },
    ]);
    expect(editorReducer(rows, { type: 'move', from: 0, to: 9 })).toBe(rows);
  });

  it('duplicates do not share group arrays with their source', () => {
    const rows = editorReducer(start, { type: 'duplicate', key: start[0]!.key });
    expect(rows[1]?.publishers).not.toBe(rows[0]?.publishers);
  });
});
