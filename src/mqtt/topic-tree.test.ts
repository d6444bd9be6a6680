import { describe, expect, it } from 'vitest';
import { TopicTree } from './topic-tree';

const bytes = new Uint8Array([1]);

describe('TopicTree.recentTopics (what "Check these topics against an ACL…" hands off)', () => {
  it('lists each topic once, most recently seen first', () => {
    const tree = new TopicTree();
    // Same millisecond throughout: the order comes from the arrival order, not the clock.
    for (const topic of ['a/1', 'a/2', 'b', 'a/1', 'c/x/y', 'a/2']) tree.add(topic, bytes, 1000);
    expect(tree.recentTopics(10)).toEqual(['a/2', 'c/x/y', 'a/1', 'b']);
  });

  it('keeps the most recent ones when there are more than the cap', () => {
    const tree = new TopicTree();
    for (let i = 0; i < 12_000; i++) tree.add(`dev/${i}`, bytes, i);
    tree.add('dev/0', bytes, 20_000);
    const topics = tree.recentTopics(10_000);
    expect(topics).toHaveLength(10_000);
    expect(topics[0]).toBe('dev/0');
    expect(topics[1]).toBe('dev/11999');
    expect(topics[9_999]).toBe('dev/2001');
    expect(topics).not.toContain('dev/2000');
  });

  it('names no topic of an intermediate level only, and none after a clear', () => {
    const tree = new TopicTree();
    tree.add('devices/d1/telemetry', bytes, 1);
    expect(tree.recentTopics(10)).toEqual(['devices/d1/telemetry']);
    tree.clear();
    expect(tree.recentTopics(10)).toEqual([]);
    expect(tree.recentTopics(0)).toEqual([]);
  });
});
