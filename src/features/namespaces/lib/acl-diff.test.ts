import { describe, expect, it } from 'vitest';
import { diffAcls, sameRules } from './acl-diff';

const r = (topicFilter: string, publishers: string[] = [], subscribers: string[] = []) => ({ topicFilter, publishers, subscribers });

describe('diffAcls', () => {
  it('finds added, removed and changed rules, matching rules by filter', () => {
    const from = [r('a/#', ['p']), r('b', [], ['s']), r('c', ['x'])];
    const to = [r('c', ['x', 'y']), r('a/#', ['p']), r('d', ['p'])];
    const diff = diffAcls(from, to);
    expect(diff.added.map((x) => x.rule.topicFilter)).toEqual(['d']);
    expect(diff.removed.map((x) => [x.index, x.rule.topicFilter])).toEqual([[1, 'b']]);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]?.publishers).toEqual({ added: ['y'], removed: [] });
    expect(diff.changed[0]?.before.index).toBe(2);
    expect(diff.changed[0]?.after.index).toBe(0);
    expect(diff.unchanged).toBe(1);
    expect(diff.moved).toBe(1);
  });

  it('pairs repeated filters in order and ignores group order', () => {
    const diff = diffAcls([r('x', ['a', 'b']), r('x', ['c'])], [r('x', ['b', 'a']), r('x', ['c']), r('x', ['d'])]);
    expect(diff.unchanged).toBe(2);
    expect(diff.added.map((x) => x.index)).toEqual([2]);
  });

  it('sameRules compares filters and group lists in order', () => {
    expect(sameRules([r('a', ['p'])], [r('a', ['p'])])).toBe(true);
    expect(sameRules([r('a', ['p', 'q'])], [r('a', ['q', 'p'])])).toBe(false);
    expect(sameRules([r('a')], [r('a'), r('b')])).toBe(false);
  });
});
