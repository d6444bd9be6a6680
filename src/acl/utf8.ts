/**
 * UTF-8 facts about JavaScript (UTF-16) strings, as MQTT 5.0 §1.5.4 needs them:
 * lengths are limited in encoded bytes, and the encoding must be well-formed.
 */

/** MQTT 5.0 §1.5.4: a UTF-8 Encoded String is prefixed by a two-byte length. */
export const MAX_UTF8_BYTES = 65_535;

/**
 * Strings this short cannot exceed the limit whatever they contain: one UTF-16
 * code unit encodes to at most 3 UTF-8 bytes (a surrogate pair, 2 units, to 4).
 */
export const ALWAYS_SHORT_ENOUGH = Math.floor(MAX_UTF8_BYTES / 3);

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Encoded size of the character at code unit `i`: a surrogate pair (two code units) takes 4 bytes, a lone surrogate the 3 of U+FFFD. */
function charBytes(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  return isHigh(c) && isLow(s.charCodeAt(i + 1)) ? 4 : 3;
}

/** Code units the character of `bytes` bytes takes: only a 4-byte one is a surrogate pair. */
const codeUnits = (bytes: number) => (bytes === 4 ? 2 : 1);

/** Encoded length in bytes; a lone surrogate counts as the 3 bytes of U+FFFD. */
export function utf8ByteLength(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; ) {
    const n = charBytes(s, i);
    bytes += n;
    i += codeUnits(n);
  }
  return bytes;
}

/** Index of the first lone surrogate (not well-formed UTF-8 once encoded), or -1. */
export function findLoneSurrogate(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (isHigh(c) && isLow(s.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    return i;
  }
  return -1;
}

/**
 * Code unit index at which the encoded length first exceeds `maxBytes`, or -1
 * when the whole string fits.
 */
export function utf8OverflowIndex(s: string, maxBytes: number = MAX_UTF8_BYTES): number {
  if (s.length <= Math.floor(maxBytes / 3)) return -1;
  let bytes = 0;
  for (let i = 0; i < s.length; ) {
    const n = charBytes(s, i);
    bytes += n;
    if (bytes > maxBytes) return i;
    i += codeUnits(n);
  }
  return -1;
}

export interface DiscouragedCharacter {
  /** UTF-16 index into the string. */
  index: number;
  /** Length in UTF-16 code units (2 for a supplementary non-character). */
  length: number;
  codePoint: number;
  reason: 'control' | 'non-character';
}

/**
 * Characters MQTT 5.0 §1.5.4 says SHOULD NOT appear (controls U+0001..U+001F,
 * U+007F..U+009F, and Unicode non-characters). They are legal, so validation
 * accepts them; the editor may warn with this.
 */
export function findDiscouragedCharacters(s: string): DiscouragedCharacter[] {
  const found: DiscouragedCharacter[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x01 && c <= 0x1f) || (c >= 0x7f && c <= 0x9f)) {
      found.push({ index: i, length: 1, codePoint: c, reason: 'control' });
      continue;
    }
    let cp = c;
    let length = 1;
    if (isHigh(c) && isLow(s.charCodeAt(i + 1))) {
      cp = ((c - 0xd800) << 10) + (s.charCodeAt(i + 1) - 0xdc00) + 0x10000;
      length = 2;
    }
    // U+FDD0..U+FDEF, and the last two code points of every plane (U+xFFFE, U+xFFFF).
    if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) {
      found.push({ index: i, length, codePoint: cp, reason: 'non-character' });
    }
    i += length - 1;
  }
  return found;
}
