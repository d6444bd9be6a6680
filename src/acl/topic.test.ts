import { describe, it, expect } from 'vitest';
import { filterCovers, isValidTopicFilter, isValidTopicName, topicMatches } from './topic';

const MAX = 65_535;

describe('isValidTopicName', () => {
  it.each([
    'a',
    'a/b/c',
    '/',
    '//',
    '/a',
    'a/',
    'a//b',
    ' ',
    '$SYS/broker/load',
    '$share/g/x', // §4.8.2 restricts subscription filters only: a name starting $share/ is a `$` topic
    '$share',
    '%c',
    'ünïcødé/日本/😀',
    'a\u0001b', // control characters are SHOULD NOT, not MUST NOT
    '\uFFFF',
    'a'.repeat(MAX),
  ])('accepts %j', (topic) => {
    expect(isValidTopicName(topic)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['+', 'wildcard'],
    ['#', 'wildcard'],
    ['a/+', 'wildcard'],
    ['a/#', 'wildcard'],
    ['a+b', 'wildcard anywhere'],
    ['sport#', 'wildcard anywhere'],
    ['a\u0000b', 'U+0000'],
    ['\uD800', 'lone high surrogate'],
    ['a\uDC00', 'lone low surrogate'],
    ['\uDC00\uD800', 'reversed pair'],
    ['a'.repeat(MAX + 1), 'too long'],
  ])('rejects %j (%s)', (topic) => {
    expect(isValidTopicName(topic)).toBe(false);
  });

  it('counts UTF-8 bytes, not UTF-16 code units', () => {
    expect(isValidTopicName('é'.repeat(32_767) + 'a')).toBe(true); // 65,535 bytes
    expect(isValidTopicName('é'.repeat(32_768))).toBe(false); // 65,536 bytes, 32,768 units
    expect(isValidTopicName('日'.repeat(21_845))).toBe(true); // 65,535 bytes
    expect(isValidTopicName('日'.repeat(21_845) + 'a')).toBe(false);
    expect(isValidTopicName('😀'.repeat(16_383) + 'abc')).toBe(true); // 65,535 bytes
    expect(isValidTopicName('😀'.repeat(16_384))).toBe(false); // 65,536 bytes
  });
});

describe('isValidTopicFilter', () => {
  it.each([
    '#',
    '+',
    '+/+',
    '/+',
    '+/',
    '/',
    'a/#',
    'a/+/b',
    '+/#',
    'a//#',
    '/#',
    'sport/tennis/player1/#',
    'sport/+/player1',
    '$SYS/#',
    '$SYS/+/x',
    '$share/g/#',
    '$share/g/a/+/b',
    '$share/g//', // the filter `/` is one character long
    '$share/g/$SYS/#',
    '$share/g/$share/x',
    '$sharegroup/x', // not `$share` as a whole level: an ordinary `$` filter
    '$SHARE/g', // `$share` is case-sensitive
    '$share', // does not start with `$share/`: an ordinary filter for the topic `$share`
    'company/model/%c',
    'a%c/+',
    'a'.repeat(MAX),
  ])('accepts %j', (filter) => {
    expect(isValidTopicFilter(filter)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['a/#/b', '# not last'],
    ['#/a', '# not last'],
    ['#/', '# not last'],
    ['a#', '# not alone'],
    ['a/b#', '# not alone'],
    ['##', '# not alone'],
    ['a+', '+ not alone'],
    ['a/+b', '+ not alone'],
    ['++', '+ not alone'],
    ['+#', 'mixed'],
    ['sport+', '+ not alone'],
    ['a\u0000', 'U+0000'],
    ['a/\uD83D', 'lone surrogate'],
    ['$share/', 'empty ShareName'],
    ['$share/g', 'no filter'],
    ['$share/g/', 'empty filter'],
    ['$share//a', 'empty ShareName'],
    ['$share/+/a', '+ ShareName'],
    ['$share/#/a', '# ShareName'],
    ['$share/#', '# ShareName'],
    ['$share/g+/a', 'wildcard inside ShareName'],
    ['$share/g/a/#/b', 'inner filter invalid'],
    ['$share/g/a+', 'inner filter invalid'],
    ['a'.repeat(MAX + 1), 'too long'],
    ['é'.repeat(32_768), 'too long in bytes'],
  ])('rejects %j (%s)', (filter) => {
    expect(isValidTopicFilter(filter)).toBe(false);
  });
});

describe('topicMatches', () => {
  it.each([
    // MQTT 5.0 §4.7.1.2 examples
    ['sport/tennis/player1/#', 'sport/tennis/player1'],
    ['sport/tennis/player1/#', 'sport/tennis/player1/ranking'],
    ['sport/tennis/player1/#', 'sport/tennis/player1/score/wimbledon'],
    ['sport/#', 'sport'],
    ['#', 'sport'],
    ['#', 'a/b/c'],
    ['#', '/'],
    ['#', '/a'],
    // §4.7.1.3
    ['sport/tennis/+', 'sport/tennis/player1'],
    ['sport/tennis/+', 'sport/tennis/player2'],
    ['sport/+', 'sport/'],
    ['+/+', '/finance'],
    ['/+', '/finance'],
    ['+', 'a'],
    ['+', ' '],
    // empty levels are levels
    ['a//b', 'a//b'],
    ['a/+/b', 'a//b'],
    ['+/a', '/a'],
    ['a/+', 'a/'],
    ['+/+', '/'],
    ['+/+/+', '//'],
    ['/', '/'],
    ['/#', '/'],
    ['/#', '/a/b'],
    ['a/#', 'a/'],
    ['a//#', 'a//'],
    ['+/#', 'a'],
    ['+/#', 'a/b/c'],
    // `$` topics: literals only at the first level
    ['$SYS/#', '$SYS/monitor/Clients'],
    ['$SYS/#', '$SYS'],
    ['$SYS/monitor/+', '$SYS/monitor/Clients'],
    ['$', '$'],
    ['$share', '$share'],
    ['$share/g/x', 'x'],
    ['a/$x', 'a/$x'],
    ['+/$x', 'a/$x'],
    ['a/#', 'a/$SYS'],
    // shared subscriptions match like their filter
    ['$share/g/#', 'a/b'],
    ['$share/g/sport/+', 'sport/tennis'],
    ['$share/g/$SYS/#', '$SYS/x'],
    ['$share/g//', '/'],
    ['$share/g/$share/g/x', '$share/g/x'],
    // literal `%c` has no special meaning in MQTT
    ['company/%c', 'company/%c'],
    ['a/b', 'a/b'],
    ['日本/+', '日本/😀'],
  ])('%j matches %j', (filter, topic) => {
    expect(topicMatches(filter, topic)).toBe(true);
  });

  it.each([
    ['sport/tennis/+', 'sport/tennis/player1/ranking'],
    ['sport/+', 'sport'],
    ['+', '/finance'],
    ['+', '/'],
    ['+/+', 'a'],
    ['a/+/b', 'a/b'],
    ['a/b', 'a/b/'],
    ['a/b/', 'a/b'],
    ['/a', 'a'],
    ['a', '/a'],
    ['a/#', 'b'],
    ['a/#', 'ab'],
    ['a/+/#', 'a'],
    ['a//#', 'a'],
    // §4.7.2: wildcards at the first level never match `$` topics
    ['#', '$SYS'],
    ['#', '$SYS/monitor/Clients'],
    ['+/monitor/Clients', '$SYS/monitor/Clients'],
    ['+', '$'],
    ['+/#', '$SYS/a'],
    ['+/+', '$a/b'],
    ['$share/g/#', '$SYS/x'],
    ['$share/g/+/x', '$a/x'],
    ['$share/g/x', '$share/g/x'], // the filter is `x`
    // case-sensitive
    ['ACCOUNTS', 'accounts'],
    ['Accounts/+', 'accounts/a'],
    ['$sys/#', '$SYS/a'],
    // invalid input never matches
    ['', ''],
    ['a/#/b', 'a/x/b'],
    ['a+', 'a+'],
    ['#', ''],
    ['#', 'a/+'],
    ['#', 'a/#'],
    ['+', '+'],
    ['a/+', 'a/#'],
    ['#', 'a\u0000'],
    ['#', '\uD800'],
    ['$share/g', 'g'],
    ['$share/g/', 'x'],
    ['#', 'a'.repeat(MAX + 1)],
  ])('%j does not match %j', (filter, topic) => {
    expect(topicMatches(filter, topic)).toBe(false);
  });

  it('accepts the longest valid topic', () => {
    const topic = 'a/' + 'b'.repeat(MAX - 2);
    expect(topicMatches('a/+', topic)).toBe(true);
    expect(topicMatches('#', topic)).toBe(true);
  });
});

describe('filterCovers', () => {
  it.each([
    ['#', '#'],
    ['#', 'a'],
    ['#', 'a/b/c'],
    ['#', '+'],
    ['#', '+/#'],
    ['#', '/'],
    ['#', 'a/+/#'],
    ['+/#', '#'], // `#` matches at least one level, which is all `+/#` needs
    ['+/#', '+/+/#'],
    ['+', 'a'],
    ['+', '+'],
    ['+/+', '/'],
    ['+/+', 'a/+'],
    ['a/#', 'a'],
    ['a/#', 'a/#'],
    ['a/#', 'a/b/#'],
    ['a/#', 'a/+'],
    ['a/#', 'a/+/+/c'],
    ['a/#', 'a/'],
    ['a/+', 'a/b'],
    ['a/+', 'a/'],
    ['a/+/c', 'a/b/c'],
    ['a/b', 'a/b'],
    ['a//b', 'a//b'],
    ['a/+/b', 'a//b'],
    ['$SYS/#', '$SYS/a'],
    ['$SYS/#', '$SYS'],
    ['$SYS/#', '$SYS/+/x'],
    ['$SYS/+', '$SYS/a'],
    ['+/x', '/x'],
    ['a/#', 'a/$x'],
    ['+/#', 'a/$x'],
    ['$share/g/#', 'a/b'],
    ['#', '$share/g/a/#'],
    ['$share/g/a/#', '$share/h/a/b'],
    ['$share/g/$SYS/#', '$SYS/a'],
    ['company/+', 'company/%c'],
    // `/#` cannot match its parent "" (not a topic), so it always has a second level.
    ['+/+/#', '/#'],
    ['/+/#', '/#'],
  ])('%j covers %j', (general, specific) => {
    expect(filterCovers(general, specific)).toBe(true);
  });

  it.each([
    ['#', '$SYS/#'],
    ['#', '$SYS'],
    ['#', '$'],
    ['+/#', '$SYS/#'],
    ['+/x', '$a/x'],
    ['+', '$a'],
    ['+/+', '$SYS/+'],
    ['$share/g/#', '$SYS/a'],
    ['+/+/#', '#'],
    ['+', '#'],
    ['+', '+/#'],
    ['a/+/#', 'a/#'], // `a/#` matches `a`
    ['a/+', 'a/#'],
    ['a/+', 'a'],
    ['a/+', 'a/+/+'],
    ['a/b', 'a/+'],
    ['a/b', 'a/#'],
    ['a/b', 'a/b/c'],
    ['a/b/c', 'a/b'],
    ['a/b', 'a'],
    ['a', 'b'],
    ['a', 'A'],
    ['a/+/c', 'a/b/#'],
    ['a/+/c', 'a/+/+'],
    ['$SYS/a', '$SYS/+'],
    ['$SYS/#', '#'],
    ['$SYS/#', '+/a'],
    ['a', '+'],
    ['a/#', '#'],
    ['a/#', '+'],
    ['/#', '#'],
    ['+/+/#', 'a/#'],
    ['company/%c', 'company/+'],
    ['company/%c', 'company/ABC'],
    // invalid input
    ['#', ''],
    ['', ''],
    ['a/#/b', 'a/x/b'],
    ['#', 'a/#/b'],
    ['a+', 'a+'],
    ['$share/g', 'g'],
    ['#', '$share/g/'],
  ])('%j does not cover %j', (general, specific) => {
    expect(filterCovers(general, specific)).toBe(false);
  });

  it('a valid filter always covers itself', () => {
    for (const f of ['#', '+', '/', 'a//b', '$SYS/#', '+/+/#', '$share/g/a/+', 'ü/😀']) {
      expect(filterCovers(f, f)).toBe(true);
    }
  });
});
