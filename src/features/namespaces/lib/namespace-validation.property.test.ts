import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidTopicName, topicMatches } from '../../../acl/topic';
import { NAMESPACE_NAME_MAX, NAMESPACE_NAME_MIN, NAMESPACE_NAME_PATTERN, namespaceNameProblem } from '../../../api/akamai/types';
import { editorReducer, toEditorRules, toRules, type EditorAction } from '../editor/editor-state';
import { diffAcls, sameRules } from './acl-diff';
import { draftKey, loadDraft, saveDraft, type AclDraft } from './drafts';
import { parseRulesJson } from './rules-json';
import { exampleTopic, generateSampleTopics, parseTopicLines } from './sample-topics';

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('', ' ', 'a/b', 'abc', 'a+b', '\u0000', '[]', '{}', 'null'));
const groups = fc.array(fc.oneof(fc.constantFrom('*', 'ops', 'devices'), fc.string({ maxLength: 4 })), { maxLength: 3 });
const filter = fc.oneof(fc.constantFrom('a/#', '+/b', '%c/t', '$share/g/x/+', '#', 'fleet/%c/+/%u'), fc.array(fc.constantFrom('a', 'b', '+', '#', '%c', ''), { maxLength: 4 }).map((l) => l.join('/')), fc.string({ maxLength: 6 }));
const rule = fc.record({ topicFilter: filter, publishers: groups, subscribers: groups });

describe('namespace validators never throw, on any input (property)', () => {
  it('namespace names: a message exactly when the name breaks the documented grammar', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,70}$/)), (name) => {
        const problem = namespaceNameProblem(name);
        const ok = name.length >= NAMESPACE_NAME_MIN && name.length <= NAMESPACE_NAME_MAX && NAMESPACE_NAME_PATTERN.test(name);
        expect(problem === null).toBe(ok);
        if (problem !== null) expect(problem.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('imported rules JSON: rules or a message, and the rules survive a round trip', () => {
    const ruleLike = fc.record(
      { topicFilter: fc.oneof(fc.string(), fc.constant(null), fc.anything()), path: fc.anything(), publishers: fc.oneof(groups, fc.constant(null), fc.anything()), subscribers: fc.anything() },
      { requiredKeys: [] },
    );
    const importText = fc.oneof(
      anyText,
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.array(ruleLike, { maxLength: 4 }).map((v) => JSON.stringify(v)),
      fc.record({ acls: fc.array(ruleLike, { maxLength: 4 }) }).map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(importText, (text) => {
        const result = parseRulesJson(text);
        if ('error' in result) {
          expect(result.error.length).toBeGreaterThan(0);
          return;
        }
        for (const r of result.rules) {
          expect(typeof r.topicFilter).toBe('string');
          expect(r.publishers.every((g) => typeof g === 'string')).toBe(true);
          expect(r.subscribers.every((g) => typeof g === 'string')).toBe(true);
        }
        expect(parseRulesJson(JSON.stringify(result.rules))).toEqual({ rules: result.rules });
      }),
      { numRuns: 400 },
    );
  });

  it('sample topic lines', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { topics, duplicates } = parseTopicLines(text);
        expect(new Set(topics).size).toBe(topics.length);
        const lines = text
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean);
        expect(topics).toEqual([...new Set(lines)]);
        expect(duplicates).toBe(lines.length - topics.length);
        for (const t of topics) expect(t).toBe(t.trim());
      }),
    );
  });

  it('example topics are real topics the filter matches', () => {
    fc.assert(
      fc.property(filter, fc.nat({ max: 1000 }), (f, n) => {
        const topic = exampleTopic(f, n);
        if (topic === null) return;
        expect(isValidTopicName(topic)).toBe(true);
        const plain = f.replace(/^\$share\/[^/]+\//, '');
        if (!plain.includes('%')) expect(topicMatches(plain, topic)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 6 }), fc.integer({ min: -5, max: 200 }), (rules, count) => {
        const topics = generateSampleTopics(rules, count);
        expect(topics.length).toBeLessThanOrEqual(Math.max(0, count));
        expect(new Set(topics).size).toBe(topics.length);
      }),
    );
  });

  it('a stored draft is read back only when well-formed', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.anything().map((v) => JSON.stringify(v) ?? '')), (stored) => {
        localStorage.setItem(draftKey('acme', 'eu'), stored);
        const draft = loadDraft('acme', 'eu');
        if (!draft) return;
        // Read back only what was stored: the same rules and times, never a made-up draft.
        const parsed = JSON.parse(stored) as AclDraft;
        expect(draft).toEqual({ rules: parsed.rules.map((r) => ({ topicFilter: r.topicFilter, publishers: r.publishers, subscribers: r.subscribers })), savedAt: parsed.savedAt, base: parsed.base });
      }),
    );
    // And a well-formed draft always comes back as it was saved.
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 4 }), fc.nat(), fc.string(), (rules, savedAt, base) => {
        const draft: AclDraft = { rules: rules.map((r) => ({ topicFilter: r.topicFilter, publishers: [...r.publishers], subscribers: [...r.subscribers] })), savedAt, base };
        expect(saveDraft('acme', 'eu', draft)).toBe(true);
        expect(loadDraft('acme', 'eu')).toEqual(draft);
      }),
    );
  });
});

describe('the rule editor keeps its invariants under any edit sequence (property)', () => {
  /** An edit names its rule by position; positions past the end name a rule that does not exist. */
  const step = fc.record({
    type: fc.constantFrom('set-filter', 'set-groups', 'add', 'add-end', 'duplicate', 'remove', 'move'),
    at: fc.nat({ max: 8 }),
    to: fc.integer({ min: -2, max: 8 }),
    value: anyText,
    side: fc.constantFrom('publishers' as const, 'subscribers' as const),
    groups,
  });

  it('keys stay unique and rules keep their shape; the diff with the start accounts for every rule', () => {
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 5 }), fc.array(step, { maxLength: 25 }), (start, steps) => {
        let rows = toEditorRules(start);
        for (const s of steps) {
          const key = rows[s.at]?.key ?? -1;
          const action: EditorAction =
            s.type === 'set-filter'
              ? { type: 'set-filter', key, value: s.value }
              : s.type === 'set-groups'
                ? { type: 'set-groups', key, side: s.side, groups: s.groups }
                : s.type === 'add'
                  ? { type: 'add', afterKey: key }
                  : s.type === 'add-end'
                    ? { type: 'add' }
                    : s.type === 'move'
                      ? { type: 'move', from: s.at, to: s.to }
                      : { type: s.type, key };
          const before = rows.length;
          rows = editorReducer(rows, action);
          expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
          if (s.type === 'move' || s.type.startsWith('set-')) expect(rows.length).toBe(before);
          if (s.type === 'add-end') expect(rows.length).toBe(before + 1);
        }
        const diff = diffAcls(start, toRules(rows));
        expect(diff.added.length + diff.changed.length + diff.unchanged).toBe(rows.length);
        expect(diff.removed.length + diff.changed.length + diff.unchanged).toBe(start.length);
        expect(sameRules(toRules(toEditorRules(start)), start)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
