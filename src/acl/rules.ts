/**
 * The Akamai IoT Edge Connect ACL model (namespace configuration `acls[]`) and the
 * identity-level helpers that access evaluation and linting share.
 */
import { isValidTopicName } from './validate';

/**
 * One ACL rule. The API calls the filter `topicFilter` in requests and `path` in some
 * responses; callers normalise to `topicFilter`. Missing group lists mean "Empty".
 */
export interface AclRule {
  topicFilter: string;
  publishers?: readonly string[];
  subscribers?: readonly string[];
}

/** Authorization group wildcard: any device or user (with a matching identifier on identity filters). */
export const ANY_GROUP = '*';
export const CLIENT_ID_LEVEL = '%c';
export const USER_ID_LEVEL = '%u';

export type IdentityKind = 'client' | 'user';

export interface IdentityLevel {
  levelIndex: number;
  kind: IdentityKind;
}

export interface Identity {
  clientId: string;
  userId: string;
}

export function identityKindOf(level: string): IdentityKind | null {
  if (level === CLIENT_ID_LEVEL) return 'client';
  if (level === USER_ID_LEVEL) return 'user';
  return null;
}

/** `%c` / `%u` stand for an identifier only as a whole level; `a%c` is a plain literal. */
export function identityLevels(filter: string): IdentityLevel[] {
  const found: IdentityLevel[] = [];
  filter.split('/').forEach((level, levelIndex) => {
    const kind = identityKindOf(level);
    if (kind) found.push({ levelIndex, kind });
  });
  return found;
}

export function isIdentityFilter(filter: string): boolean {
  return identityLevels(filter).length > 0;
}

/** The wildcarded filter of the guideline's second rule: `+` in place of each `%c`/`%u` level. */
export function complementaryFilter(filter: string): string {
  return filter
    .split('/')
    .map((level) => (identityKindOf(level) ? '+' : level))
    .join('/');
}

/**
 * Why an identifier can never equal a topic level, or null when it can. A level is
 * non-empty here because an empty id would let `%c` match the empty level of every
 * client that has none; `/`, `+`, `#` would change the filter's structure.
 */
export function identityProblem(id: string): string | null {
  if (id.length === 0) return 'is empty';
  if (id.includes('/')) return 'contains "/"';
  if (id.includes('+') || id.includes('#')) return 'contains a wildcard ("+" or "#")';
  if (!isValidTopicName(id)) return 'is not a valid topic level (U+0000, unpaired surrogate or too long)';
  return null;
}

/** Filter levels with `%c`/`%u` replaced by the caller's ids, or null if a needed id is unusable. */
export function substituteLevels(levels: readonly string[], identity: Identity): string[] | null {
  const out = [...levels];
  for (let i = 0; i < out.length; i++) {
    const kind = identityKindOf(out[i] as string);
    if (!kind) continue;
    const id = kind === 'client' ? identity.clientId : identity.userId;
    if (identityProblem(id) !== null) return null;
    out[i] = id;
  }
  return out;
}

/** The filter with `%c`/`%u` levels replaced by the caller's ids, or null if a needed id is unusable. */
export function substituteIdentity(filter: string, identity: Identity): string | null {
  return substituteLevels(filter.split('/'), identity)?.join('/') ?? null;
}

export function groupsOf(rule: AclRule, action: 'publish' | 'subscribe'): readonly string[] {
  return (action === 'publish' ? rule.publishers : rule.subscribers) ?? [];
}

/** True when group list `a` authorises everyone list `b` does (`*` includes every group). */
export function groupsInclude(a: readonly string[], b: readonly string[]): boolean {
  if (a.includes(ANY_GROUP)) return true;
  return b.every((group) => a.includes(group));
}

export function describeRule(rule: AclRule, index: number): string {
  return `rule #${index + 1} ("${rule.topicFilter}")`;
}
