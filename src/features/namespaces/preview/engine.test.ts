import { describe, expect, it } from 'vitest';
import { createRuleFocus, describeGroup, matrixRow, prepareAcl } from './engine';

const acl = prepareAcl([
  { topicFilter: 'company/model/%u', publishers: [], subscribers: ['*'] },
  { topicFilter: 'company/model/+', publishers: ['Pub1'], subscribers: [] },
  { topicFilter: 'twin/%c/x/%c', publishers: ['*'], subscribers: [] },
  { topicFilter: 'bad/#/x', publishers: ['p'], subscribers: [] },
]);

describe('topic matrix rows', () => {
  it('match identity rules by their + shape and bind the id the topic carries', () => {
    const row = matrixRow(acl, 'company/model/ABC123', 7);
    expect(row).toMatchObject({ index: 7, problem: null, rules: [0, 1] });
    expect(row.publishers).toEqual([{ group: 'Pub1' }]);
    expect(row.subscribers).toEqual([{ group: '*', userId: 'ABC123' }]);
    expect(describeGroup(row.subscribers[0]!)).toBe('* (only user "ABC123")');
  });

  it('drop an identity rule when the topic cannot belong to one caller', () => {
    expect(matrixRow(acl, 'twin/A/x/A', 0).rules).toEqual([2]);
    expect(matrixRow(acl, 'twin/A/x/B', 0).rules).toEqual([]);
    expect(matrixRow(acl, 'company/model/', 0).rules).toEqual([1]);
  });

  it('flag lines that are not topic names, and topics nothing covers', () => {
    expect(matrixRow(acl, 'company/+/x', 0).problem).toContain('wildcard');
    expect(matrixRow(acl, 'elsewhere', 0)).toMatchObject({ problem: null, rules: [], publishers: [], subscribers: [] });
  });
});

describe('rule focus', () => {
  it('reports the matching topics with the caller they admit', () => {
    const focus = createRuleFocus({ topicFilter: 'company/%c/model' });
    expect(focus.match('company/CDE123/model', 4)).toEqual({ index: 4, topic: 'company/CDE123/model', clientId: 'CDE123' });
    expect(focus.match('company/CDE123/other', 5)).toBeNull();
    expect(createRuleFocus({ topicFilter: 'a/#' }).match('a/b/c', 0)).toEqual({ index: 0, topic: 'a/b/c' });
  });
});
