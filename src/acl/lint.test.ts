import { describe, it, expect } from 'vitest';
import { lintAcl, GUIDELINES, type AclLintFinding } from './lint';
import type { AclRule } from './rules';

function codes(findings: readonly AclLintFinding[]): Array<[string, number[]]> {
  return findings.map((f) => [f.code, f.rules]);
}

describe('lintAcl on the guideline examples (seed)', () => {
  it('"company/model/%u  Empty  *" + "company/model/+  Pub1  Empty" is clean', () => {
    expect(
      lintAcl([
        { topicFilter: 'company/model/%u', publishers: [], subscribers: ['*'] },
        { topicFilter: 'company/model/+', publishers: ['Pub1'], subscribers: [] },
      ]),
    ).toEqual([]);
  });

  it('"company/%c/model  Pub1  Empty" + "company/+/model  Empty  Sub1" is clean', () => {
    expect(
      lintAcl([
        { topicFilter: 'company/%c/model', publishers: ['Pub1'], subscribers: [] },
        { topicFilter: 'company/+/model', publishers: [], subscribers: ['Sub1'] },
      ]),
    ).toEqual([]);
  });

  it('"company/model/year  Pub1  Sub1" (regular filter, one rule) is clean', () => {
    expect(lintAcl([{ topicFilter: 'company/model/year', publishers: ['Pub1'], subscribers: ['Sub1'] }])).toEqual([]);
  });

  it('the configuration samples of the API are clean', () => {
    const post: AclRule[] = [
      { topicFilter: '/cars/#', publishers: ['publishers'], subscribers: ['subscribers1', 'subscribers2'] },
      { topicFilter: '/car-dynamic/#', publishers: ['car-publishers'], subscribers: ['car-subscribers'] },
      { topicFilter: '/car/+/one-level', publishers: ['car-publishers'] },
    ];
    const get: AclRule[] = [
      { topicFilter: '/cars/#', publishers: ['cars'], subscribers: ['proc1', 'proc2'] },
      { topicFilter: '/cells/#', publishers: ['cars'], subscribers: ['proc1'] },
    ];
    const put: AclRule[] = [
      { topicFilter: '/car/#', publishers: ['car'], subscribers: [] },
      { topicFilter: '/cars/#', publishers: ['cars'], subscribers: ['proc1', 'proc2'] },
      { topicFilter: '/cells/#', publishers: ['cars'], subscribers: ['proc1'] },
    ];
    expect(lintAcl(post)).toEqual([]);
    expect(lintAcl(get)).toEqual([]);
    expect(lintAcl(put)).toEqual([]);
  });

  it('"company/model/%c  Empty  *" on its own lacks its complementary + rule', () => {
    const findings = lintAcl([{ topicFilter: 'company/model/%c', publishers: [], subscribers: ['*'] }]);
    expect(codes(findings)).toEqual([['missing-complementary-rule', [0]]]);
    const [finding] = findings;
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('"company/model/+"');
    expect(finding?.message).toContain('with publishers');
    expect(finding?.message).toContain('Identity topic filters guidelines');
    expect(finding?.message).toContain('needs a complementary ACL rule with a wildcarded topic filter');
    expect(finding?.guideline).toEqual(GUIDELINES.complementaryRule);
  });

  it('"company/model/year  *  Empty": * on a regular topic filter', () => {
    const findings = lintAcl([{ topicFilter: 'company/model/year', publishers: ['*'], subscribers: [] }]);
    expect(codes(findings)).toEqual([['wildcard-group-on-regular-filter', [0]]]);
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0]?.message).toContain('Authorization group wildcard');
    expect(findings[0]?.message).toContain('You shouldn’t use this wildcard with regular topic filters');
  });
});

describe('lintAcl', () => {
  it('reports invalid filters as errors with the spot to highlight', () => {
    const findings = lintAcl([
      { topicFilter: 'a/b#/c', publishers: ['p'] },
      { topicFilter: 'x/#/y', publishers: ['p'] },
      { topicFilter: '', publishers: ['p'] },
    ]);
    expect(codes(findings)).toEqual([
      ['invalid-filter', [0]],
      ['invalid-filter', [1]],
      ['invalid-filter', [2]],
    ]);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    expect(findings[0]?.location).toEqual({ levelIndex: 1, start: 2, end: 4 });
    expect(findings[1]?.location).toEqual({ levelIndex: 1, start: 2, end: 3 });
    expect(findings[1]?.message).toContain('Topic filter wildcards');
    expect(findings[2]?.location).toEqual({ levelIndex: 0, start: 0, end: 0 });
  });

  it('notes %c inside a longer level, which is literal', () => {
    const findings = lintAcl([{ topicFilter: 'devices/id-%c/x', publishers: ['p'] }]);
    expect(codes(findings)).toEqual([['identity-placeholder-not-a-level', [0]]]);
    expect(findings[0]).toMatchObject({ severity: 'info', location: { levelIndex: 1, start: 8, end: 13 } });
  });

  it('flags a rule that authorises nobody', () => {
    expect(codes(lintAcl([{ topicFilter: 'a/b' }, { topicFilter: 'c', publishers: [], subscribers: [] }]))).toEqual([
      ['rule-grants-nothing', [0]],
      ['rule-grants-nothing', [1]],
    ]);
    expect(codes(lintAcl([{ topicFilter: 'd/%c' }, { topicFilter: 'd/+', subscribers: ['S'] }]))).toEqual([['rule-grants-nothing', [0]]]);
  });

  it('flags an identity rule that lists publishers and subscribers', () => {
    const findings = lintAcl([
      { topicFilter: 'devices/%c', publishers: ['Pub1'], subscribers: ['Sub1'] },
      { topicFilter: 'devices/+', publishers: ['Pub2'], subscribers: ['Sub2'] },
    ]);
    expect(codes(findings)).toEqual([['identity-rule-grants-both', [0]]]);
    expect(findings[0]?.message).toContain('two separate ACL rules');
  });

  it('flags a complementary rule that does not grant the other side', () => {
    const findings = lintAcl([
      { topicFilter: 'company/model/%u', publishers: [], subscribers: ['*'] },
      { topicFilter: 'company/model/+', publishers: [], subscribers: ['Sub1'] },
    ]);
    expect(codes(findings)).toEqual([
      ['complementary-rule-incomplete', [0, 1]],
      ['complementary-rule-same-side', [0, 1]],
    ]);
    expect(findings[0]?.message).toContain('lists no publishers');
    expect(findings[0]?.message).toContain('Specify at least one publisher authorization group if the first ACL rule authorizes a subscriber');
  });

  it('flags overlapping groups between an identity rule and its + rule', () => {
    const findings = lintAcl([
      { topicFilter: 'company/%c/model', publishers: ['Pub1', 'Ops'], subscribers: [] },
      { topicFilter: 'company/+/model', publishers: [], subscribers: ['Sub1', 'Ops'] },
    ]);
    expect(codes(findings)).toEqual([['overlapping-groups', [0, 1]]]);
    expect(findings[0]?.message).toContain('"Ops"');
    expect(findings[0]?.message).toContain('Overlapping authorization groups for a pair of identity and + topic filters');
  });

  it('does not count * as an overlap (it is reported on the + rule itself)', () => {
    expect(
      codes(
        lintAcl([
          { topicFilter: 'inbox/%c', publishers: [], subscribers: ['*'] },
          { topicFilter: 'inbox/+', publishers: ['*'], subscribers: [] },
        ]),
      ),
    ).toEqual([['wildcard-group-on-regular-filter', [1]]]);
  });

  it('pairs every identity level: %c and %u together need the filter with both replaced', () => {
    expect(
      codes(
        lintAcl([
          { topicFilter: 'u/%u/d/%c', publishers: ['P'] },
          { topicFilter: 'u/+/d/%c', subscribers: ['S'] },
        ]),
      ),
    ).toEqual([
      ['missing-complementary-rule', [0]],
      ['missing-complementary-rule', [1]],
    ]);
  });

  it('reports exact duplicates once, whatever the group order', () => {
    const findings = lintAcl([
      { topicFilter: 'a/+', publishers: ['p1', 'p2'], subscribers: ['s'] },
      { topicFilter: 'b', publishers: ['p'] },
      { topicFilter: 'a/+', publishers: ['p2', 'p1'], subscribers: ['s', 's'] },
      { topicFilter: 'a/+', publishers: ['p1', 'p2'], subscribers: ['s'] },
    ]);
    expect(codes(findings)).toEqual([['duplicate-rule', [2, 3, 0]]]);
    expect(findings[0]?.message).toContain('Rule #3');
    expect(findings[0]?.message).toContain('rule #1');
  });

  it('reports rules that another rule fully shadows', () => {
    const findings = lintAcl([
      { topicFilter: 'plant/#', publishers: ['ops', 'line'], subscribers: ['ops'] }, // 0
      { topicFilter: 'plant/a/+', publishers: ['line'], subscribers: [] }, // 1: shadowed by 0
      { topicFilter: 'plant/a/b', publishers: ['other'] }, // 2: group not included
      { topicFilter: 'plant', publishers: ['ops'], subscribers: ['ops'] }, // 3: `plant/#` matches the parent
      { topicFilter: '$SYS/x', publishers: ['ops'] }, // 4
      { topicFilter: '#', publishers: ['ops'] }, // 5: does not cover $SYS/x
      { topicFilter: 'plant/a', publishers: ['ops'], subscribers: ['ops', 'x'] }, // 6: more subscribers
    ]);
    expect(codes(findings)).toEqual([
      ['shadowed-rule', [1, 0]],
      ['shadowed-rule', [3, 0]],
    ]);
    expect(findings[0]?.severity).toBe('info');
  });

  it('treats * as including every group when shadowing, and reports the later of two equivalent rules', () => {
    expect(
      codes(
        lintAcl([
          { topicFilter: '#', publishers: ['p'] },
          { topicFilter: '+/#', publishers: ['p'] }, // matches exactly what `#` matches
          { topicFilter: 'x/y', publishers: ['q'] },
          { topicFilter: 'x/#', publishers: ['*'] },
        ]),
      ),
    ).toEqual([
      ['shadowed-rule', [1, 0]],
      ['shadowed-rule', [2, 3]],
      ['wildcard-group-on-regular-filter', [3]],
    ]);
  });

  it('compares %c levels literally when shadowing: a + rule shadows an identity rule, not the reverse', () => {
    const findings = lintAcl([
      { topicFilter: 'd/%c', publishers: ['P'] },
      { topicFilter: 'd/+', publishers: ['P', 'Q'], subscribers: ['S'] },
    ]);
    expect(codes(findings)).toContainEqual(['shadowed-rule', [0, 1]]);
    expect(codes(findings)).toContainEqual(['overlapping-groups', [0, 1]]);
    expect(codes(findings)).not.toContainEqual(['shadowed-rule', [1, 0]]);
  });

  it('orders findings by rule, errors first, and every message cites a section', () => {
    const findings = lintAcl([
      { topicFilter: 'x/%c', publishers: ['*'], subscribers: ['*'] },
      { topicFilter: 'bad+', publishers: ['*'] },
      { topicFilter: 'open', publishers: ['*'] },
    ]);
    expect(codes(findings)).toEqual([
      ['identity-rule-grants-both', [0]],
      ['missing-complementary-rule', [0]],
      ['invalid-filter', [1]],
      ['wildcard-group-on-regular-filter', [2]],
    ]);
    for (const f of findings) {
      if (f.guideline) expect(f.message).toContain(`${f.guideline.section}: “${f.guideline.quote}”`);
      expect(f.message.charAt(0)).toBe(f.message.charAt(0).toUpperCase());
    }
  });
});
