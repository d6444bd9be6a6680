import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createTopicMatcher, filterCovers, isValidTopicFilter, isValidTopicName, topicMatches } from './topic';
import { validateTopicName } from './validate';

/** What createTopicMatcher must return: one topicMatches per filter. */
function bruteForce(filters: readonly string[], topic: string): number[] {
  return filters.flatMap((filter, i) => (topicMatches(filter, topic) ? [i] : []));
}

describe('createTopicMatcher', () => {
  const filters = [
    'a/#', // 0
    '#', // 1
    '+/+', // 2
    'a/b', // 3
    'a/b', // 4 duplicate
    '$SYS/#', // 5
    '+/b', // 6
    'bad#', // 7 invalid
    'a/#/b', // 8 invalid
    '$share/g/a/+', // 9
    '', // 10 invalid
    'a//b', // 11
    '+/+/+', // 12
    '/#', // 13
    '$SYS/+', // 14
    'A/b', // 15
    '$share/g/#', // 16
  ];
  const matcher = createTopicMatcher(filters);

  it.each([
    ['a/b', [0, 1, 2, 3, 4, 6, 9, 16]],
    ['a', [0, 1, 16]],
    ['a/', [0, 1, 2, 9, 16]],
    ['a//b', [0, 1, 11, 12, 16]],
    ['/', [1, 2, 13, 16]],
    ['/b', [1, 2, 6, 13, 16]],
    ['$SYS/b', [5, 14]],
    ['$SYS', [5]],
    ['$SYS/b/c', [5]],
    ['$other/b', []],
    ['A/b', [1, 2, 6, 15, 16]],
    ['x/y/z/w', [1, 16]],
  ])('%j -> %j', (topic, expected) => {
    expect(matcher.match(topic)).toEqual(expected);
    expect(matcher.match(topic)).toEqual(bruteForce(filters, topic));
  });

  it.each(['', 'a/+', '#', 'a\u0000', '\uDC00', 'a'.repeat(65_536)])('matches nothing for the invalid topic %j', (topic) => {
    expect(matcher.match(topic)).toEqual([]);
  });

  it('returns a fresh array each time', () => {
    const first = matcher.match('a/b');
    first.push(99);
    expect(matcher.match('a/b')).toEqual([0, 1, 2, 3, 4, 6, 9, 16]);
  });

  it('works with no filters and with only invalid filters', () => {
    expect(createTopicMatcher([]).match('a')).toEqual([]);
    expect(createTopicMatcher(['a/#/b', '']).match('a/x/b')).toEqual([]);
  });

  it('sorts large results (radix path) and many-level topics', () => {
    const many = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? '#' : i % 3 === 1 ? '+/+/#' : `x/${i % 7}/#`));
    const m = createTopicMatcher(many);
    for (const topic of ['x/1/q', 'x', 'y/z', `x/${'/'.repeat(100)}`, 'x/3' + '/l'.repeat(70)]) {
      expect(m.match(topic)).toEqual(bruteForce(many, topic));
    }
  });

  it('handles non-ASCII levels and hash collisions among literals', () => {
    const literals = Array.from({ length: 2000 }, (_, i) => `lvl${i}/é😀${i % 13}`);
    const m = createTopicMatcher(literals);
    expect(m.match('lvl42/é😀3')).toEqual([42]);
    expect(m.match('lvl42/é😀4')).toEqual([]);
  });
});

// Small alphabets so that filters and topics collide often.
const topicLevel = fc.constantFrom('a', 'b', '', '$x', '$SYS', 'é', '😀', 'A', '%c', 'a b');
const filterLevel = fc.oneof(
  { weight: 6, arbitrary: topicLevel },
  { weight: 3, arbitrary: fc.constant('+') },
  { weight: 2, arbitrary: fc.constant('#') },
  { weight: 1, arbitrary: fc.constantFrom('a+', 'b#', '\u0000', '\uD800') },
);
const topicArb = fc.oneof(
  { weight: 8, arbitrary: fc.array(topicLevel, { minLength: 1, maxLength: 6 }).map((levels) => levels.join('/')) },
  // Sometimes invalid: wildcards, U+0000, lone surrogates, empty.
  {
    weight: 1,
    arbitrary: fc.array(fc.oneof(topicLevel, fc.constantFrom('+', '#', 'x\u0000', '\uDC00', '\uD83D')), { minLength: 0, maxLength: 4 }).map((l) => l.join('/')),
  },
);
const filterArb = fc
  .tuple(fc.array(filterLevel, { minLength: 1, maxLength: 5 }), fc.boolean(), fc.nat(9))
  .map(([levels, endWithHash, shared]) => {
    const body = levels.join('/') + (endWithHash ? '/#' : '');
    return shared === 0 ? `$share/g/${body}` : body;
  });

describe('createTopicMatcher agrees with topicMatches (property)', () => {
  it('on random filters and topics', () => {
    fc.assert(
      fc.property(fc.array(filterArb, { maxLength: 40 }), fc.array(topicArb, { minLength: 1, maxLength: 10 }), (filters, topics) => {
        const m = createTopicMatcher(filters);
        for (const topic of topics) expect(m.match(topic)).toEqual(bruteForce(filters, topic));
      }),
      { numRuns: 400 },
    );
  });

  it('on large filter sets (results above the insertion-sort threshold)', () => {
    fc.assert(
      fc.property(fc.array(filterArb, { minLength: 100, maxLength: 600 }), fc.array(topicArb, { minLength: 1, maxLength: 5 }), (filters, topics) => {
        const m = createTopicMatcher(filters);
        for (const topic of topics) expect(m.match(topic)).toEqual(bruteForce(filters, topic));
      }),
      { numRuns: 60 },
    );
  });

  it('validates topics exactly like isValidTopicName', () => {
    const unit = fc.constantFrom('a', '/', '+', '#', '$', '\u0000', '\uD800', '\uDC00', '\uD83D', '\uDE00', 'é', ' ');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 8 }), (topic) => {
        expect(isValidTopicName(topic)).toBe(validateTopicName(topic).valid);
        // `#` and the topic itself as a filter: whatever matches, an invalid name matches nothing.
        const m = createTopicMatcher(['#', topic]);
        expect(m.match(topic)).toEqual(bruteForce(['#', topic], topic));
        if (!isValidTopicName(topic)) expect(m.match(topic)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});

/** A plain split-based reading of MQTT 5.0 §4.7 / §4.8.2, independent of validate.ts. */
function referenceIsValidFilter(filter: string): boolean {
  if (filter.length === 0 || filter.includes('\u0000') || !filter.isWellFormed()) return false;
  if (new TextEncoder().encode(filter).length > 65_535) return false;
  let levels = filter.split('/');
  if (filter.startsWith('$share/')) {
    if (levels.length < 3) return false;
    const name = levels[1] as string;
    if (name === '' || name.includes('+') || name.includes('#')) return false;
    levels = levels.slice(2);
    if (levels.join('/') === '') return false;
  }
  return levels.every((level, i) => {
    if (level.includes('#')) return level === '#' && i === levels.length - 1;
    if (level.includes('+')) return level === '+';
    return true;
  });
}

describe('isValidTopicFilter (property)', () => {
  it('agrees with a straightforward reference reading of the spec', () => {
    const unit = fc.constantFrom('a', '/', '+', '#', '$', '\u0000', '\uD800', '\uDC00', 'é');
    const withShare = fc.oneof(
      fc.string({ unit, maxLength: 8 }),
      fc.string({ unit, maxLength: 6 }).map((s) => `$share${s}`),
      fc.string({ unit, maxLength: 6 }).map((s) => `$share/${s}`),
    );
    fc.assert(
      fc.property(withShare, (filter) => {
        expect(isValidTopicFilter(filter)).toBe(referenceIsValidFilter(filter));
      }),
      { numRuns: 3000 },
    );
  });
});

function levelsAfterShare(filter: string): string[] {
  const levels = filter.split('/');
  return filter.startsWith('$share/') ? levels.slice(2) : levels;
}

/**
 * Exhaustive coverage check over a representative universe of topics: every literal either
 * filter mentions, plus the empty level, a fresh literal and a fresh `$` literal, up to one
 * level deeper than the longer filter. Topics outside it behave like one inside it.
 */
function bruteCovers(general: string, specific: string): boolean {
  if (!isValidTopicFilter(general) || !isValidTopicFilter(specific)) return false;
  const g = levelsAfterShare(general);
  const s = levelsAfterShare(specific);
  const alphabet = [...new Set([...g, ...s, '', 'fresh', '$fresh'].filter((l) => l !== '+' && l !== '#'))];
  const depth = Math.max(g.length, s.length) + 1;
  let frontier: string[][] = [[]];
  for (let d = 1; d <= depth; d++) {
    const next: string[][] = [];
    for (const prefix of frontier) {
      for (const level of alphabet) {
        const levels = [...prefix, level];
        const topic = levels.join('/');
        if (topicMatches(specific, topic) && !topicMatches(general, topic)) return false;
        next.push(levels);
      }
    }
    frontier = next;
  }
  return true;
}

describe('filterCovers (property)', () => {
  const smallFilter = fc
    .tuple(fc.array(fc.constantFrom('a', 'b', '', '$x', '+', '#'), { minLength: 1, maxLength: 3 }), fc.nat(7))
    .map(([levels, shared]) => (shared === 0 ? `$share/g/${levels.join('/')}` : levels.join('/')));

  it('is sound: covers(g, s) and s matches t imply g matches t', () => {
    fc.assert(
      fc.property(filterArb, filterArb, fc.array(topicArb, { minLength: 1, maxLength: 20 }), (g, s, topics) => {
        if (!filterCovers(g, s)) return;
        for (const t of topics) if (topicMatches(s, t)) expect(topicMatches(g, t)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('is sound on pairs built to be covering', () => {
    // Generalise s level by level (literal -> +, tail -> #) so that covers(g, s) is often true.
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', '', '$x', '+'), { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(3), { minLength: 5, maxLength: 5 }),
        fc.array(topicArb, { minLength: 1, maxLength: 20 }),
        (levels, ops, topics) => {
          const s = levels.join('/');
          const gLevels: string[] = [];
          for (let i = 0; i < levels.length; i++) {
            const op = ops[i] ?? 0;
            if (op === 3) {
              gLevels.push('#');
              break;
            }
            gLevels.push(op === 2 ? '+' : (levels[i] as string));
          }
          const g = gLevels.join('/');
          if (!filterCovers(g, s)) return;
          for (const t of topics) if (topicMatches(s, t)) expect(topicMatches(g, t)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is exact: agrees with an exhaustive check over representative topics', () => {
    fc.assert(
      fc.property(smallFilter, smallFilter, (g, s) => {
        expect(filterCovers(g, s)).toBe(bruteCovers(g, s));
      }),
      { numRuns: 2000 },
    );
  });

  it('is exact on every pair of filters of up to two levels over a small alphabet', () => {
    const alphabet = ['a', '', '$x', '+', '#'];
    const filters = [...alphabet, ...alphabet.flatMap((x) => alphabet.map((y) => `${x}/${y}`))];
    const wrong: string[] = [];
    for (const g of filters) {
      for (const s of filters) {
        if (filterCovers(g, s) !== bruteCovers(g, s)) wrong.push(`${g} ⊒ ${s}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('is reflexive and transitive on valid filters', () => {
    fc.assert(
      fc.property(smallFilter, smallFilter, smallFilter, (a, b, c) => {
        if (isValidTopicFilter(a)) expect(filterCovers(a, a)).toBe(true);
        if (filterCovers(a, b) && filterCovers(b, c)) expect(filterCovers(a, c)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
