import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAccess, type AccessAction } from './access';
import { lintAcl } from './lint';
import { identityProblem, substituteIdentity, type AclRule } from './rules';
import { filterCovers, isValidTopicFilter, isValidTopicName, topicMatches } from './topic';
import { findDiscouragedCharacters, utf8ByteLength } from './utf8';
import { validateTopicFilter, validateTopicName } from './validate';

/** Topics and filters as users type or paste them, biased towards the characters that matter. */
const level = fc.oneof(fc.constantFrom('a', 'b', '', '+', '#', '%c', '%u', '$share', '$SYS', 'é', '😀', '\u0000', '\uD800', 'a+', 'b#', ' '), fc.string({ maxLength: 4 }));
const topicish = fc.oneof(fc.array(level, { maxLength: 6 }).map((l) => l.join('/')), fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('$share/g/a/#', '$share//a', '$share/g', '/'));
const groups = fc.array(fc.oneof(fc.constantFrom('*', 'ops', 'devices', ''), fc.string({ maxLength: 5 })), { maxLength: 3 });
const rule: fc.Arbitrary<AclRule> = fc.record({ topicFilter: topicish, publishers: groups, subscribers: groups });

/** MQTT 5.0 §1.5.4's discouraged characters, found code point by code point (an independent reading of findDiscouragedCharacters). */
function discouragedByCodePoint(text: string) {
  const found: Array<{ index: number; length: number; codePoint: number; reason: 'control' | 'non-character' }> = [];
  let index = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if ((codePoint >= 0x01 && codePoint <= 0x1f) || (codePoint >= 0x7f && codePoint <= 0x9f)) found.push({ index, length: char.length, codePoint, reason: 'control' });
    else if ((codePoint >= 0xfdd0 && codePoint <= 0xfdef) || codePoint % 0x10000 >= 0xfffe) found.push({ index, length: char.length, codePoint, reason: 'non-character' });
    index += char.length;
  }
  return found;
}

/** Whether a valid topic name matches a valid filter, by regular expression: + is one level, a final # any rest, and wildcards in the first level never match a $ topic. */
function referenceMatch(filter: string, topic: string): boolean {
  const plain = filter.startsWith('$share/') ? filter.split('/').slice(2).join('/') : filter;
  if (topic.startsWith('$') && (plain.startsWith('+') || plain.startsWith('#'))) return false;
  const levels = plain.split('/');
  const escape = (level: string) => level.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const last = levels.at(-1);
  const head = (last === '#' ? levels.slice(0, -1) : levels).map((l) => (l === '+' ? '[^/]*' : escape(l))).join('/');
  const pattern = last === '#' ? (levels.length === 1 ? '.*' : `${head}(/.*)?`) : head;
  return new RegExp(`^${pattern}$`, 'su').test(topic);
}

describe('topic validators never throw, and agree with themselves (property)', () => {
  it('filters and names: a problem is located inside the string', () => {
    fc.assert(
      fc.property(topicish, (text) => {
        for (const result of [validateTopicFilter(text), validateTopicName(text)]) {
          if (result.valid) continue;
          expect(result.reason.length).toBeGreaterThan(0);
          expect(result.start).toBeGreaterThanOrEqual(0);
          expect(result.end).toBeGreaterThanOrEqual(result.start);
          expect(result.end).toBeLessThanOrEqual(text.length);
        }
        expect(isValidTopicFilter(text)).toBe(validateTopicFilter(text).valid);
        expect(isValidTopicName(text)).toBe(validateTopicName(text).valid);
        // A valid name without `$share` is a valid filter that matches (only) itself.
        if (isValidTopicName(text) && !text.startsWith('$share/')) {
          expect(isValidTopicFilter(text)).toBe(true);
          expect(topicMatches(text, text)).toBe(true);
        }
        // What a UTF-8 encoder produces (a lone surrogate becomes U+FFFD, 3 bytes, as the function counts it).
        expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
        expect(findDiscouragedCharacters(text)).toEqual(discouragedByCodePoint(text));
      }),
      { numRuns: 500 },
    );
  });

  it('matching and coverage on arbitrary, even invalid, input', () => {
    fc.assert(
      fc.property(topicish, topicish, (a, b) => {
        // Against a regular-expression reading of MQTT §4.7 (valid filter and name), false otherwise.
        expect(topicMatches(a, b)).toBe(isValidTopicFilter(a) && isValidTopicName(b) && referenceMatch(a, b));
        // Every valid filter covers itself; nothing covers or is covered by an invalid one.
        expect(filterCovers(a, a)).toBe(isValidTopicFilter(a));
        if (!isValidTopicFilter(a) || !isValidTopicFilter(b)) expect(filterCovers(a, b)).toBe(false);
        // A filter that covers another matches every topic the other matches, starting with itself.
        if (filterCovers(a, b) && isValidTopicName(b) && !b.startsWith('$')) expect(topicMatches(a, b)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('the reference matcher agrees on matching pairs too (a filter with its wildcards filled in)', () => {
    const filterLevel = fc.constantFrom('a', 'b', 'c-1', '+');
    fc.assert(
      fc.property(fc.array(filterLevel, { minLength: 1, maxLength: 5 }), fc.boolean(), fc.array(fc.constantFrom('x', 'y', ''), { maxLength: 3 }), fc.constantFrom('v', '', 'w2'), (levels, hash, tail, fill) => {
        const filter = [...levels, ...(hash ? ['#'] : [])].join('/');
        const topic = [...levels.map((l) => (l === '+' ? fill : l)), ...(hash ? tail : [])].join('/');
        // A topic name is at least one character.
        if (topic === '') return;
        expect(referenceMatch(filter, topic)).toBe(true);
        expect(topicMatches(filter, topic)).toBe(true);
        expect(topicMatches(filter, `$${topic}`)).toBe(referenceMatch(filter, `$${topic}`));
      }),
      { numRuns: 300 },
    );
  });

  it('client and user identities', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), topicish, (clientId, userId, filter) => {
        const problem = identityProblem(clientId);
        if (problem === null) expect(isValidTopicName(clientId) && !/[/+#]/.test(clientId)).toBe(true);
        const substituted = substituteIdentity(filter, { clientId, userId });
        expect(substituted === null || typeof substituted === 'string').toBe(true);
      }),
    );
  });
});

describe('ACL evaluation and lint never throw, on any rules (property)', () => {
  it('evaluateAccess gives one verdict per rule and allows exactly when a rule grants', () => {
    fc.assert(
      fc.property(
        fc.array(rule, { maxLength: 8 }),
        fc.record({ topic: topicish, clientId: fc.string({ maxLength: 6 }), userId: fc.string({ maxLength: 6 }), groups }),
        fc.constantFrom<AccessAction>('publish', 'subscribe'),
        (rules, request, action) => {
          const decision = evaluateAccess(rules, request, action);
          expect(decision.verdicts).toHaveLength(rules.length);
          expect(decision.allowed).toBe(decision.granting.length > 0);
          expect(decision.granting).toEqual(decision.verdicts.filter((v) => v.outcome === 'grants').map((v) => v.ruleIndex));
          for (const verdict of decision.verdicts) expect(verdict.detail.length).toBeGreaterThan(0);
          if (decision.requestProblem !== null) expect(decision.allowed).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('lintAcl reports only rules that exist, with a message', () => {
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 10 }), (rules) => {
        for (const finding of lintAcl(rules)) {
          expect(finding.message.length).toBeGreaterThan(0);
          expect(finding.rules.length).toBeGreaterThan(0);
          for (const index of finding.rules) expect(index >= 0 && index < rules.length).toBe(true);
          if (finding.location) expect(finding.location.end).toBeGreaterThanOrEqual(finding.location.start);
        }
      }),
      { numRuns: 300 },
    );
  });
});
