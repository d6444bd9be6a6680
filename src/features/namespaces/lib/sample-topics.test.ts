import { describe, expect, it } from 'vitest';
import { topicMatches } from '../../../acl/topic';
import { exampleTopic, generateSampleTopics, parseTopicLines } from './sample-topics';

describe('sample topics', () => {
  it('parses lines, trimming and dropping blanks and repeats', () => {
    expect(parseTopicLines(' a/b \n\n a/b\r\nc\n')).toEqual({ topics: ['a/b', 'c'], duplicates: 1 });
  });

  it('makes an example that the filter (with ids as +) matches', () => {
    for (const filter of ['fleet/%c/telemetry', 'a/+/b/#', '#', '$share/g/x/+', 'drivers/%u/n']) {
      const topic = exampleTopic(filter, 3) as string;
      expect(topicMatches(filter.replace(/%[cu]/g, '+'), topic)).toBe(true);
    }
    expect(exampleTopic('a/#/b', 0)).toBeNull();
  });

  it('never gives the empty topic, even for /# with an empty tail', () => {
    expect(exampleTopic('/#', 0)).toBe('/topic-0');
    expect(exampleTopic('#', 0)).toBe('topic-0');
    expect(topicMatches('/#', exampleTopic('/#', 0) as string)).toBe(true);
  });

  it('generates distinct topics, with some no rule covers', () => {
    const topics = generateSampleTopics([{ topicFilter: 'a/+/b' }, { topicFilter: 'c/%c' }], 200);
    expect(new Set(topics).size).toBe(200);
    expect(topics.some((t) => t.startsWith('unmapped/'))).toBe(true);
    expect(generateSampleTopics([{ topicFilter: 'fixed' }], 10)).toContain('fixed');
  });
});
