import { describe, it, expect } from 'vitest';
import { validateTopicFilter, validateTopicName, effectiveFilter, shareName } from './validate';
import { findDiscouragedCharacters, utf8ByteLength } from './utf8';

describe('validateTopicFilter', () => {
  it('is { valid: true } for a valid filter', () => {
    expect(validateTopicFilter('a/+/#')).toEqual({ valid: true });
    expect(validateTopicFilter('$share/g/#')).toEqual({ valid: true });
  });

  it.each([
    // filter, code, levelIndex, start, end
    ['', 'empty', 0, 0, 0],
    ['a/b+/c', 'plus-not-alone', 1, 2, 4],
    ['+a', 'plus-not-alone', 0, 0, 2],
    ['a/#/c', 'hash-not-last', 1, 2, 3],
    ['#/', 'hash-not-last', 0, 0, 1],
    ['a/b/c#', 'hash-not-alone', 2, 4, 6],
    ['x/y/z\u0000', 'null-character', 2, 5, 6],
    ['x/\uDC00', 'lone-surrogate', 1, 2, 3],
    ['$share/', 'share-name-empty', 1, 7, 7],
    ['$share//x', 'share-name-empty', 1, 7, 7],
    ['$share/a+b/x', 'share-name-wildcard', 1, 7, 10],
    ['$share/#', 'share-name-wildcard', 1, 7, 8],
    ['$share/g', 'share-filter-missing', 2, 8, 8],
    ['$share/g/', 'share-filter-missing', 2, 9, 9],
    ['$share/g/a/#/b', 'hash-not-last', 3, 11, 12],
  ])('%j -> %s at level %i [%i, %i)', (filter, code, levelIndex, start, end) => {
    const result = validateTopicFilter(filter);
    expect(result).toMatchObject({ valid: false, code, levelIndex, start, end });
    if (!result.valid) expect(result.reason.length).toBeGreaterThan(10);
  });

  it('marks where a too-long filter crosses 65,535 bytes', () => {
    const filter = 'ab/' + 'é'.repeat(40_000);
    const result = validateTopicFilter(filter);
    // 3 bytes for "ab/", then 2 bytes each: byte 65,536 is reached by the 32,767th "é".
    expect(result).toMatchObject({ valid: false, code: 'too-long', levelIndex: 1, start: 3 + 32_766, end: filter.length });
  });

  it('reports the null character before wildcard misuse', () => {
    expect(validateTopicFilter('a+/\u0000')).toMatchObject({ code: 'null-character', start: 3 });
  });
});

describe('validateTopicName', () => {
  it.each([
    ['', 'empty', 0, 0],
    ['a/b/+', 'wildcard-in-name', 4, 5],
    ['a#', 'wildcard-in-name', 1, 2],
    ['a\u0000', 'null-character', 1, 2],
    ['\uD800x', 'lone-surrogate', 0, 1],
  ])('%j -> %s', (topic, code, start, end) => {
    expect(validateTopicName(topic)).toMatchObject({ valid: false, code, start, end });
  });

  it('is { valid: true } for a valid name', () => {
    expect(validateTopicName('$SYS/a//b')).toEqual({ valid: true });
  });
});

describe('shared subscription helpers', () => {
  it('strips $share/{ShareName}/ to the filter that matches', () => {
    expect(effectiveFilter('$share/g/a/+')).toBe('a/+');
    expect(effectiveFilter('$share/g//')).toBe('/');
    expect(effectiveFilter('a/+')).toBe('a/+');
    expect(shareName('$share/group-1/a')).toBe('group-1');
    expect(shareName('a/b')).toBeNull();
  });
});

describe('utf8', () => {
  it('counts encoded bytes', () => {
    expect(utf8ByteLength('')).toBe(0);
    expect(utf8ByteLength('a')).toBe(1);
    expect(utf8ByteLength('é')).toBe(2);
    expect(utf8ByteLength('日')).toBe(3);
    expect(utf8ByteLength('😀')).toBe(4);
    expect(utf8ByteLength('\uD800')).toBe(3);
    expect(utf8ByteLength('a/é/日/😀')).toBe(new TextEncoder().encode('a/é/日/😀').length);
  });

  it('finds the characters MQTT says SHOULD NOT be used', () => {
    const found = findDiscouragedCharacters('a\u0001b\u007F\u009F\uFDD0\uFFFE😀\uD83F\uDFFF');
    expect(found.map((f) => [f.index, f.codePoint, f.reason])).toEqual([
      [1, 0x01, 'control'],
      [3, 0x7f, 'control'],
      [4, 0x9f, 'control'],
      [5, 0xfdd0, 'non-character'],
      [6, 0xfffe, 'non-character'],
      [9, 0x1ffff, 'non-character'],
    ]);
    expect(findDiscouragedCharacters('plain/topic 日本 😀')).toEqual([]);
  });
});
