/**
 * Regular expressions of `regex` ACLs, as a Scaleway load balancer runs them
 * and as this console can (or cannot) reproduce them in the browser.
 *
 * Assumptions, stated because Scaleway does not document them:
 * - Scaleway load balancers run HAProxy, which matches `regex` ACLs with
 *   PCRE (`path_reg`): a search anywhere in the path (not anchored: use ^ and
 *   $ for that), case-sensitive, on the path without the query string and
 *   without percent-decoding.
 * - JavaScript's RegExp (no flags) agrees with PCRE on the common syntax
 *   (classes, groups, alternation, greedy and lazy quantifiers, anchors,
 *   \d \w \s \b, lookarounds). Constructs only PCRE has (possessive
 *   quantifiers, atomic groups, inline flags, \A \Z \z, POSIX classes,
 *   recursion, conditionals, \Q…\E, (?P<name>…), \p{…} without the u flag)
 *   are reported as "cannot be evaluated here" rather than guessed.
 * - Patterns with nested quantifiers (`(a+)+`) are not run: they can take
 *   exponential time in a backtracking engine and freeze the tab.
 */
export type RegexCheck =
  | { ok: true; regex: RegExp }
  | { ok: false; kind: 'invalid'; message: string }
  | { ok: false; kind: 'pcre-only'; message: string }
  | { ok: false; kind: 'unsafe'; message: string };

const PCRE_ONLY_GROUPS: Array<[RegExp, string]> = [
  [/^\(\?>/, 'an atomic group "(?>…)"'],
  [/^\(\?\|/, 'a branch-reset group "(?|…)"'],
  [/^\(\?#/, 'a comment "(?#…)"'],
  [/^\(\?P</, 'a Python-style named group "(?P<name>…)"'],
  [/^\(\?P[=>]/, 'a Python-style back-reference'],
  [/^\(\?\(/, 'a conditional "(?(…)…)"'],
  [/^\(\?[R0-9+-]/, 'recursion "(?R)"'],
  [/^\(\?&/, 'a subroutine call "(?&name)"'],
  [/^\(\?[a-zA-Z-]+\)/, 'inline flags such as "(?i)"'],
  [/^\(\?[imsxUXJn-]+:/, 'a group with inline flags "(?i:…)"'],
];

const PCRE_ONLY_ESCAPES: Record<string, string> = {
  A: '"\\A" (start of subject)',
  Z: '"\\Z" (end of subject)',
  z: '"\\z" (end of subject)',
  G: '"\\G"',
  K: '"\\K" (reset match start)',
  Q: '"\\Q…\\E" (literal text)',
  E: '"\\E"',
  h: '"\\h" (horizontal space)',
  H: '"\\H"',
  R: '"\\R" (any newline)',
  X: '"\\X" (grapheme cluster)',
  p: '"\\p{…}" (Unicode property)',
  P: '"\\P{…}" (Unicode property)',
  C: '"\\C" (single byte)',
};

interface Scan {
  pcreOnly: string | null;
  nestedQuantifier: boolean;
}

/** A light tokenizer: enough to spot PCRE-only syntax and nested quantifiers without a full parser. */
function scan(pattern: string): Scan {
  const groups: Array<{ hasQuantifier: boolean }> = [];
  let pcreOnly: string | null = null;
  let nestedQuantifier = false;
  let lastWasQuantifier = false;
  let lastClosedGroupHadQuantifier = false;
  let i = 0;
  const quantifierAt = (k: number): number => {
    const c = pattern[k];
    if (c === '*' || c === '+' || c === '?') return 1;
    if (c === '{') {
      const m = /^\{\d*(,\d*)?\}/.exec(pattern.slice(k));
      if (m && m[0] !== '{}' && m[0] !== '{,}') return m[0].length;
    }
    return 0;
  };
  while (i < pattern.length && pcreOnly === null) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (next in PCRE_ONLY_ESCAPES) pcreOnly = PCRE_ONLY_ESCAPES[next] ?? null;
      i += 2;
      lastWasQuantifier = false;
      lastClosedGroupHadQuantifier = false;
      continue;
    }
    if (c === '[') {
      // Skip the class; POSIX classes ([:alpha:]) only exist in PCRE and mean something else in JS.
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') {
        if (pattern[j] === '\\') j++;
        else if (pattern[j] === '[' && pattern[j + 1] === ':' && /^\[:\^?[a-z]+:\]/.test(pattern.slice(j))) pcreOnly = 'a POSIX class such as "[:alpha:]"';
        j++;
      }
      i = j + 1;
      lastWasQuantifier = false;
      lastClosedGroupHadQuantifier = false;
      continue;
    }
    if (c === '(') {
      const rest = pattern.slice(i);
      pcreOnly = PCRE_ONLY_GROUPS.find(([re]) => re.test(rest))?.[1] ?? null;
      groups.push({ hasQuantifier: false });
      i++;
      lastWasQuantifier = false;
      lastClosedGroupHadQuantifier = false;
      continue;
    }
    if (c === ')') {
      const closed = groups.pop();
      i++;
      lastWasQuantifier = false;
      lastClosedGroupHadQuantifier = closed?.hasQuantifier ?? false;
      if (closed?.hasQuantifier && groups.length > 0) {
        const parent = groups[groups.length - 1];
        if (parent) parent.hasQuantifier = true;
      }
      continue;
    }
    const q = quantifierAt(i);
    if (q > 0) {
      if (lastWasQuantifier) {
        // "a++", "a*+", "a{2}+": possessive in PCRE; "a+?" is lazy in both.
        if (c === '+') pcreOnly = 'a possessive quantifier such as "++" or "*+"';
      } else {
        const unbounded = c === '*' || c === '+' || (c === '{' && /^\{\d*,\}/.test(pattern.slice(i)));
        if (unbounded && lastClosedGroupHadQuantifier) nestedQuantifier = true;
        const current = groups[groups.length - 1];
        if (current && c !== '?') current.hasQuantifier = true;
      }
      i += q;
      lastWasQuantifier = !lastWasQuantifier || c !== '?';
      lastClosedGroupHadQuantifier = false;
      continue;
    }
    i++;
    lastWasQuantifier = false;
    lastClosedGroupHadQuantifier = false;
  }
  return { pcreOnly, nestedQuantifier };
}

const cache = new Map<string, RegexCheck>();

/** Compiles a `regex` ACL value the way the tester will run it. Never throws. */
export function compileAclRegex(pattern: unknown): RegexCheck {
  if (typeof pattern !== 'string') return { ok: false, kind: 'invalid', message: 'The pattern is not text.' };
  const cached = cache.get(pattern);
  if (cached) return cached;
  let result: RegexCheck;
  const { pcreOnly, nestedQuantifier } = scan(pattern);
  if (pcreOnly) {
    result = { ok: false, kind: 'pcre-only', message: `Uses ${pcreOnly}, which only PCRE (the load balancer) understands: the browser cannot evaluate it.` };
  } else {
    try {
      const regex = new RegExp(pattern);
      result = nestedQuantifier
        ? { ok: false, kind: 'unsafe', message: 'Has a quantified group that itself contains a quantifier (like "(a+)+"): such patterns can take exponential time, so the tester does not run it.' }
        : { ok: true, regex };
    } catch (error) {
      const detail = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : 'unknown error';
      result = { ok: false, kind: 'invalid', message: `Not a valid regular expression: ${detail}.` };
    }
  }
  if (cache.size > 500) cache.clear();
  cache.set(pattern, result);
  return result;
}

/** For forms and the mock API: refuses what PCRE would refuse too (JS and PCRE agree on what is broken), accepts PCRE-only syntax. */
export function validateAclRegex(pattern: string): string | null {
  if (pattern === '') return 'Enter a pattern';
  const check = compileAclRegex(pattern);
  return !check.ok && check.kind === 'invalid' ? check.message : null;
}
