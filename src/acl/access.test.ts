import { describe, it, expect } from 'vitest';
import { evaluateAccess, type AccessAction, type AccessRequest } from './access';
import type { AclRule } from './rules';
import { complementaryFilter, identityLevels, substituteIdentity } from './rules';

function req(topic: string, over: Partial<AccessRequest> = {}): AccessRequest {
  return { topic, clientId: 'client-1', userId: 'user-1', groups: [], ...over };
}

function outcomes(rules: readonly AclRule[], request: AccessRequest, action: AccessAction): string[] {
  return evaluateAccess(rules, request, action).verdicts.map((v) => v.outcome);
}

describe('identity helpers', () => {
  it('finds %c and %u only as whole levels', () => {
    expect(identityLevels('company/%c/model/%u')).toEqual([
      { levelIndex: 1, kind: 'client' },
      { levelIndex: 3, kind: 'user' },
    ]);
    expect(identityLevels('company/a%c/%cx/%C')).toEqual([]);
  });

  it('builds the complementary + filter', () => {
    expect(complementaryFilter('company/model/%u')).toBe('company/model/+');
    expect(complementaryFilter('company/%c/model')).toBe('company/+/model');
    expect(complementaryFilter('%c/x/%u/#')).toBe('+/x/+/#');
    expect(complementaryFilter('company/a%c')).toBe('company/a%c');
  });

  it('substitutes usable ids and refuses unusable ones', () => {
    expect(substituteIdentity('a/%c/%u', { clientId: 'C', userId: 'U' })).toBe('a/C/U');
    expect(substituteIdentity('a/%c', { clientId: '', userId: 'U' })).toBeNull();
    expect(substituteIdentity('a/%c', { clientId: 'x/y', userId: 'U' })).toBeNull();
    expect(substituteIdentity('a/%c', { clientId: 'x+', userId: 'U' })).toBeNull();
    expect(substituteIdentity('a/%c', { clientId: '#', userId: 'U' })).toBeNull();
    expect(substituteIdentity('a/%u', { clientId: '', userId: 'U' })).toBe('a/U');
  });
});

// Every ACL example of the IoT Edge Connect API guide (seed), in its own words where it says
// who may do what.
describe('IoT Edge Connect guideline examples', () => {
  describe('Topic filters: "company/model/%c/version" (device identity)', () => {
    const rules: AclRule[] = [{ topicFilter: 'company/model/%c/version', publishers: ['*'], subscribers: ['*'] }];

    it('"the only devices that can publish or subscribe to the company/model/ABC123/version topic must have the ABC123 client identifier"', () => {
      const topic = 'company/model/ABC123/version';
      expect(evaluateAccess(rules, req(topic, { clientId: 'ABC123' }), 'publish').allowed).toBe(true);
      expect(evaluateAccess(rules, req(topic, { clientId: 'ABC123' }), 'subscribe').allowed).toBe(true);
      const other = evaluateAccess(rules, req(topic, { clientId: 'XYZ789', userId: 'ABC123' }), 'publish');
      expect(other.allowed).toBe(false);
      expect(other.verdicts[0]).toMatchObject({ ruleIndex: 0, outcome: 'identity-mismatch' });
      expect(other.verdicts[0]?.detail).toContain('"XYZ789"');
      expect(other.verdicts[0]?.detail).toContain('"ABC123"');
      expect(evaluateAccess(rules, req(topic, { clientId: 'abc123' }), 'publish').allowed).toBe(false);
    });
  });

  describe('Topic filters: "company/model/%u/version" (user identity)', () => {
    const rules: AclRule[] = [{ topicFilter: 'company/model/%u/version', publishers: ['*'], subscribers: ['*'] }];

    it('only the ABC123 user may publish or subscribe, from any of its devices', () => {
      const topic = 'company/model/ABC123/version';
      for (const clientId of ['device-1', 'device-2']) {
        expect(evaluateAccess(rules, req(topic, { clientId, userId: 'ABC123' }), 'subscribe').allowed).toBe(true);
        expect(evaluateAccess(rules, req(topic, { clientId, userId: 'ABC123' }), 'publish').allowed).toBe(true);
      }
      expect(outcomes(rules, req(topic, { clientId: 'ABC123', userId: 'other' }), 'subscribe')).toEqual(['identity-mismatch']);
    });
  });

  describe('Topic filter wildcards', () => {
    const rules: AclRule[] = [
      { topicFilter: 'company/model/year/#', publishers: ['P'], subscribers: ['S'] },
      { topicFilter: '+/company/+/year/#', publishers: ['P'], subscribers: ['S'] },
    ];

    it.each([
      ['company/model/year/version', [0]],
      ['company/model/year/user/price', [0]],
      ['company/model/year', [0]], // "# ... match the parent"
      ['network/company/campaign/year/version', [1]],
      ['country/company/industry/year/software/price', [1]],
      ['company/model/years', []],
    ])('%j is granted by %j', (topic, granting) => {
      expect(evaluateAccess(rules, req(topic, { groups: ['P'] }), 'publish').granting).toEqual(granting);
    });
  });

  describe('Authorization group wildcard', () => {
    it('"company/model/%c  Empty  *": any device with the ABC123 client identifier may subscribe to company/model/ABC123', () => {
      const rules: AclRule[] = [{ topicFilter: 'company/model/%c', publishers: [], subscribers: ['*'] }];
      const topic = 'company/model/ABC123';
      const ok = evaluateAccess(rules, req(topic, { clientId: 'ABC123' }), 'subscribe');
      expect(ok).toMatchObject({ allowed: true, granting: [0] });
      expect(ok.verdicts[0]?.detail).toContain('*');
      expect(outcomes(rules, req(topic, { clientId: 'OTHER' }), 'subscribe')).toEqual(['identity-mismatch']);
      expect(outcomes(rules, req(topic, { clientId: 'ABC123' }), 'publish')).toEqual(['group-not-authorised']);
    });

    it('"company/model/year  *  Empty": any device or user may publish to company/model/year', () => {
      const rules: AclRule[] = [{ topicFilter: 'company/model/year', publishers: ['*'], subscribers: [] }];
      expect(evaluateAccess(rules, req('company/model/year', { groups: [] }), 'publish').allowed).toBe(true);
      expect(evaluateAccess(rules, req('company/model/year', { groups: ['anything'] }), 'publish').allowed).toBe(true);
      expect(evaluateAccess(rules, req('company/model/year'), 'subscribe').allowed).toBe(false);
    });
  });

  describe('Access control lists', () => {
    it('"company/model/year  Pub1  Sub1"', () => {
      const rules: AclRule[] = [{ topicFilter: 'company/model/year', publishers: ['Pub1'], subscribers: ['Sub1'] }];
      const topic = 'company/model/year';
      expect(evaluateAccess(rules, req(topic, { groups: ['Pub1'] }), 'publish').allowed).toBe(true);
      expect(evaluateAccess(rules, req(topic, { groups: ['Sub1'] }), 'subscribe').allowed).toBe(true);
      expect(outcomes(rules, req(topic, { groups: ['Sub1'] }), 'publish')).toEqual(['group-not-authorised']);
      expect(outcomes(rules, req(topic, { groups: ['Pub1'] }), 'subscribe')).toEqual(['group-not-authorised']);
      expect(outcomes(rules, req('company/model/other', { groups: ['Pub1'] }), 'publish')).toEqual(['filter-mismatch']);
    });

    it('"company/model/%u  Empty  *" with "company/model/+  Pub1  Empty"', () => {
      const rules: AclRule[] = [
        { topicFilter: 'company/model/%u', publishers: [], subscribers: ['*'] },
        { topicFilter: 'company/model/+', publishers: ['Pub1'], subscribers: [] },
      ];
      const topic = 'company/model/ABC123';
      // "authorizes any user with the ABC123 user identifier to subscribe to the topic"
      expect(evaluateAccess(rules, req(topic, { userId: 'ABC123' }), 'subscribe')).toMatchObject({ allowed: true, granting: [0] });
      expect(outcomes(rules, req(topic, { userId: 'someone-else' }), 'subscribe')).toEqual(['identity-mismatch', 'group-not-authorised']);
      // "authorizes any user with the Pub1 authorization group to publish to this topic"
      expect(evaluateAccess(rules, req(topic, { userId: 'someone-else', groups: ['Pub1'] }), 'publish')).toMatchObject({ allowed: true, granting: [1] });
      expect(outcomes(rules, req(topic, { userId: 'ABC123', groups: [] }), 'publish')).toEqual(['group-not-authorised', 'group-not-authorised']);
    });

    it('"company/%c/model  Pub1  Empty" with "company/+/model  Empty  Sub1"', () => {
      const rules: AclRule[] = [
        { topicFilter: 'company/%c/model', publishers: ['Pub1'], subscribers: [] },
        { topicFilter: 'company/+/model', publishers: [], subscribers: ['Sub1'] },
      ];
      const topic = 'company/CDE123/model';
      // "any device with the Pub1 authorization group and the CDE123 client identifier to publish"
      expect(evaluateAccess(rules, req(topic, { clientId: 'CDE123', groups: ['Pub1'] }), 'publish')).toMatchObject({ allowed: true, granting: [0] });
      expect(outcomes(rules, req(topic, { clientId: 'CDE123', groups: [] }), 'publish')).toEqual(['group-not-authorised', 'group-not-authorised']);
      expect(outcomes(rules, req(topic, { clientId: 'OTHER', groups: ['Pub1'] }), 'publish')).toEqual(['identity-mismatch', 'group-not-authorised']);
      // "any device with the Sub1 authorization group to subscribe to this topic"
      expect(evaluateAccess(rules, req(topic, { clientId: 'OTHER', groups: ['Sub1'] }), 'subscribe')).toMatchObject({ allowed: true, granting: [1] });
      // ...and to every device's topic at once
      expect(evaluateAccess(rules, req('company/+/model', { groups: ['Sub1'] }), 'subscribe').allowed).toBe(true);
    });
  });

  describe('Configuration samples', () => {
    const post: AclRule[] = [
      { topicFilter: '/cars/#', publishers: ['publishers'], subscribers: ['subscribers1', 'subscribers2'] },
      { topicFilter: '/car-dynamic/#', publishers: ['car-publishers'], subscribers: ['car-subscribers'] },
      { topicFilter: '/car/+/one-level', publishers: ['car-publishers'] },
    ];

    it('authorises along the leading-slash paths', () => {
      expect(evaluateAccess(post, req('/cars/1/speed', { groups: ['publishers'] }), 'publish').granting).toEqual([0]);
      expect(evaluateAccess(post, req('/cars', { groups: ['subscribers2'] }), 'subscribe').granting).toEqual([0]);
      expect(evaluateAccess(post, req('/car/7/one-level', { groups: ['car-publishers'] }), 'publish').granting).toEqual([2]);
      expect(evaluateAccess(post, req('/car/7/one-level/more', { groups: ['car-publishers'] }), 'publish').allowed).toBe(false);
      expect(evaluateAccess(post, req('cars/1', { groups: ['publishers'] }), 'publish').allowed).toBe(false);
      expect(outcomes(post, req('/car/7/one-level', { groups: ['car-subscribers'] }), 'subscribe')).toEqual([
        'filter-mismatch',
        'filter-mismatch',
        'group-not-authorised',
      ]);
    });
  });
});

describe('evaluateAccess', () => {
  const rules: AclRule[] = [
    { topicFilter: 'fleet/#', publishers: [], subscribers: ['ops'] }, // 0
    { topicFilter: 'fleet/%c/cmd', publishers: [], subscribers: ['*'] }, // 1
    { topicFilter: 'fleet/+/cmd', publishers: ['ops'], subscribers: [] }, // 2
    { topicFilter: 'fleet/a/#/b', publishers: ['ops'] }, // 3 invalid
    { topicFilter: 'users/%u/devices/%c/#', publishers: ['*'], subscribers: ['*'] }, // 4
  ];

  it('returns a verdict per rule, in order, and the granting rules', () => {
    const decision = evaluateAccess(rules, req('fleet/dev-9/cmd', { clientId: 'dev-9', groups: ['ops'] }), 'subscribe');
    expect(decision.allowed).toBe(true);
    expect(decision.granting).toEqual([0, 1]);
    expect(decision.action).toBe('subscribe');
    expect(decision.requestProblem).toBeNull();
    expect(decision.verdicts.map((v) => [v.ruleIndex, v.outcome])).toEqual([
      [0, 'grants'],
      [1, 'grants'],
      [2, 'group-not-authorised'],
      [3, 'invalid-filter'],
      [4, 'filter-mismatch'],
    ]);
    for (const v of decision.verdicts) expect(v.detail).toMatch(/\S{3,}.*[.:]/);
  });

  it('subscriptions to wildcard filters need a rule that covers them', () => {
    expect(evaluateAccess(rules, req('fleet/+/cmd', { groups: ['ops'] }), 'subscribe').granting).toEqual([0]);
    expect(evaluateAccess(rules, req('fleet/#', { groups: ['ops'] }), 'subscribe').granting).toEqual([0]);
    expect(evaluateAccess(rules, req('#', { groups: ['ops'] }), 'subscribe').allowed).toBe(false);
    // the identity rule does not cover a wildcard in the identity level
    const wild = evaluateAccess(rules, req('fleet/+/cmd', { clientId: 'dev-9' }), 'subscribe');
    expect(wild.verdicts[1]).toMatchObject({ outcome: 'identity-mismatch' });
    expect(wild.verdicts[1]?.detail).toContain('wildcard "+"');
    // a shared subscription is authorised on its filter
    expect(evaluateAccess(rules, req('$share/workers/fleet/dev-9/cmd', { clientId: 'dev-9' }), 'subscribe').granting).toEqual([1]);
  });

  it('matches several identity levels and a trailing #', () => {
    const ok = req('users/u1/devices/d1/telemetry', { clientId: 'd1', userId: 'u1' });
    expect(evaluateAccess(rules, ok, 'publish').granting).toEqual([4]);
    expect(evaluateAccess(rules, { ...ok, topic: 'users/u1/devices/d1' }, 'publish').granting).toEqual([4]);
    expect(outcomes(rules, { ...ok, userId: 'u2' }, 'publish')[4]).toBe('identity-mismatch');
    expect(outcomes(rules, { ...ok, clientId: 'd2' }, 'publish')[4]).toBe('identity-mismatch');
  });

  it.each([
    ['', 'is empty'],
    ['a/b', 'contains "/"'],
    ['a+', 'wildcard'],
    ['#', 'wildcard'],
  ])('a client id %j can never match an identity level', (clientId, why) => {
    const decision = evaluateAccess(rules, req(`fleet/${clientId}/cmd`, { clientId }), 'subscribe');
    const verdict = decision.verdicts[1];
    if (clientId === 'a/b' || clientId === 'a+' || clientId === '#') {
      // such a topic does not even have the rule's shape, or is not a valid filter
      expect(verdict?.outcome).not.toBe('grants');
    } else {
      expect(verdict).toMatchObject({ outcome: 'identity-mismatch' });
      expect(verdict?.detail).toContain(why);
    }
    expect(decision.granting).not.toContain(1);
  });

  it('an empty client id does not match an empty level', () => {
    const decision = evaluateAccess(rules, req('fleet//cmd', { clientId: '' }), 'subscribe');
    expect(decision.verdicts[1]).toMatchObject({ outcome: 'identity-mismatch' });
    expect(decision.verdicts[1]?.detail).toContain('is empty');
  });

  it('substitutes ids level by level: a client id "$share" does not make a shared-subscription prefix', () => {
    const odd: AclRule[] = [{ topicFilter: '%c/g/x', publishers: ['*'], subscribers: ['*'] }];
    expect(evaluateAccess(odd, req('x', { clientId: '$share' }), 'publish').allowed).toBe(false);
    expect(evaluateAccess(odd, req('$share/g/x', { clientId: '$share' }), 'publish').allowed).toBe(true);
    expect(evaluateAccess(odd, req('$SYS/g/x', { clientId: '$SYS' }), 'publish').allowed).toBe(true);
  });

  it('a rule whose level merely contains %c is literal', () => {
    const literal: AclRule[] = [{ topicFilter: 'x/a%c', publishers: ['*'] }];
    expect(evaluateAccess(literal, req('x/a%c', { clientId: 'c' }), 'publish').allowed).toBe(true);
    expect(evaluateAccess(literal, req('x/ac', { clientId: 'c' }), 'publish').allowed).toBe(false);
  });

  it('rejects an invalid request: wildcards in a published topic, invalid subscription filters', () => {
    const pub = evaluateAccess(rules, req('fleet/+/cmd', { groups: ['ops'] }), 'publish');
    expect(pub.allowed).toBe(false);
    expect(pub.requestProblem).toMatch(/topic name is invalid/);
    expect(pub.verdicts.map((v) => v.outcome)).toEqual(['filter-mismatch', 'filter-mismatch', 'filter-mismatch', 'invalid-filter', 'filter-mismatch']);
    const sub = evaluateAccess(rules, req('fleet/#/x', { groups: ['ops'] }), 'subscribe');
    expect(sub.allowed).toBe(false);
    expect(sub.requestProblem).toMatch(/topic filter is invalid/);
    expect(evaluateAccess(rules, req('', { groups: ['ops'] }), 'publish').requestProblem).not.toBeNull();
  });

  it('respects the $ rule: # does not authorise $SYS topics', () => {
    const everything: AclRule[] = [{ topicFilter: '#', publishers: ['ops'], subscribers: ['ops'] }];
    expect(evaluateAccess(everything, req('$SYS/broker/load', { groups: ['ops'] }), 'publish').allowed).toBe(false);
    expect(evaluateAccess(everything, req('$SYS/#', { groups: ['ops'] }), 'subscribe').allowed).toBe(false);
    expect(evaluateAccess(everything, req('a/b', { groups: ['ops'] }), 'subscribe').allowed).toBe(true);
  });

  it('explains group refusals', () => {
    const decision = evaluateAccess(rules, req('fleet/x/cmd', { groups: ['guests'] }), 'publish');
    expect(decision.verdicts[2]).toMatchObject({ outcome: 'group-not-authorised' });
    expect(decision.verdicts[2]?.detail).toContain('"ops"');
    expect(decision.verdicts[2]?.detail).toContain('"guests"');
    expect(decision.verdicts[0]?.detail).toContain('no publishers');
  });

  it('handles an empty ACL', () => {
    expect(evaluateAccess([], req('a'), 'publish')).toEqual({ allowed: false, action: 'publish', granting: [], verdicts: [], requestProblem: null });
  });
});
