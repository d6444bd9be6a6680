/**
 * Does an Akamai IoT Edge Connect ACL let this caller publish to a topic or subscribe to a
 * filter, and why (not)? Every rule gets a verdict the UI shows verbatim.
 */
import { ANY_GROUP, groupsOf, identityKindOf, identityProblem, substituteLevels, type AclRule, type IdentityLevel } from './rules';
import { coversLevels, matchLevels } from './topic';
import { effectiveFilter, validateTopicFilter, validateTopicName } from './validate';

export type AccessAction = 'publish' | 'subscribe';

export interface AccessRequest {
  /** A topic name to publish to, or a topic filter (possibly wildcarded or shared) to subscribe to. */
  topic: string;
  clientId: string;
  userId: string;
  /** The caller's authorization groups. */
  groups: readonly string[];
}

export type RuleOutcome = 'grants' | 'filter-mismatch' | 'identity-mismatch' | 'group-not-authorised' | 'invalid-filter';

export interface RuleVerdict {
  ruleIndex: number;
  outcome: RuleOutcome;
  /** One or two plain sentences for the UI. */
  detail: string;
}

export interface AccessDecision {
  allowed: boolean;
  action: AccessAction;
  /** Indices of the rules that grant, ascending. */
  granting: number[];
  /** One verdict per rule, in rule order (granting rules included). */
  verdicts: RuleVerdict[];
  /**
   * Why the request itself cannot be granted by any rule (an invalid topic name for publish,
   * an invalid filter for subscribe), or null.
   */
  requestProblem: string | null;
}

const ACTION_GROUPS: Record<AccessAction, string> = { publish: 'publishers', subscribe: 'subscribers' };

function quote(s: string): string {
  return JSON.stringify(s);
}

function list(groups: readonly string[]): string {
  return groups.map(quote).join(', ');
}

function idLabel(level: IdentityLevel): string {
  return level.kind === 'client' ? 'client id (%c)' : 'user id (%u)';
}

/** Matches with every identity level read as `+`: "would match if %c/%u were wildcards". */
function matchesShape(ruleLevels: readonly string[], requested: readonly string[], action: AccessAction): boolean {
  return action === 'publish' ? matchLevels(ruleLevels, requested) : coversLevels(ruleLevels, requested);
}

function identityMismatchDetail(
  rule: AclRule,
  levels: readonly IdentityLevel[],
  requested: readonly string[],
  request: AccessRequest,
  action: AccessAction,
): string {
  const noun = action === 'publish' ? 'topic' : 'requested filter';
  for (const level of levels) {
    const id = level.kind === 'client' ? request.clientId : request.userId;
    const problem = identityProblem(id);
    if (problem !== null) {
      return `"${rule.topicFilter}" admits only the caller whose ${level.kind} id equals level ${level.levelIndex + 1} of the ${noun}, but your ${level.kind} id ${problem}, so it can never match.`;
    }
    const actual = requested[level.levelIndex];
    if (actual === id) continue;
    if (actual === '+' || actual === '#') {
      return `Level ${level.levelIndex + 1} of the ${noun} is the wildcard "${actual}", which includes other callers' ids; "${rule.topicFilter}" only admits your ${idLabel(level)} ${quote(id)} there.`;
    }
    return `Level ${level.levelIndex + 1} of the ${noun} is ${quote(actual ?? '')}, but "${rule.topicFilter}" only admits your ${idLabel(level)} ${quote(id)} there.`;
  }
  return `The ${noun} does not fit "${rule.topicFilter}" with your ids substituted.`;
}

/** E.g. `your client id "ABC" as %c`, for the grant explanation. */
function substitutionNote(levels: readonly IdentityLevel[], request: AccessRequest): string {
  const kinds = [...new Set(levels.map((level) => level.kind))];
  return kinds
    .map((kind) => (kind === 'client' ? `your client id ${quote(request.clientId)} as %c` : `your user id ${quote(request.userId)} as %u`))
    .join(' and ');
}

function groupVerdict(
  rule: AclRule,
  request: AccessRequest,
  action: AccessAction,
  identity: boolean,
): { ok: true; why: string } | { ok: false; why: string } {
  const allowed = groupsOf(rule, action);
  const field = ACTION_GROUPS[action];
  if (allowed.length === 0) return { ok: false, why: `This rule lists no ${field}, so it never grants ${action}.` };
  if (allowed.includes(ANY_GROUP)) {
    return {
      ok: true,
      why: identity
        ? `its ${field} include "*" (any device or user whose identifier matches).`
        : `its ${field} include "*" (any device or user).`,
    };
  }
  const shared = request.groups.find((group) => allowed.includes(group));
  if (shared !== undefined) return { ok: true, why: `you are in ${quote(shared)}, one of its ${field}.` };
  const yours = request.groups.length === 0 ? 'you are in no authorization group' : `you are in ${list(request.groups)}`;
  return { ok: false, why: `Its ${field} are ${list(allowed)}; ${yours}.` };
}

/**
 * Evaluates every rule for `action` on `request.topic`. A rule grants when its filter matches
 * the topic (publish) or covers the requested filter (subscribe), with `%c`/`%u` levels equal
 * to the caller's client/user id, and the caller is in one of the rule's groups for the
 * action (or the rule lists `*`). Any granting rule allows.
 */
export function evaluateAccess(rules: readonly AclRule[], request: AccessRequest, action: AccessAction): AccessDecision {
  const requestCheck = action === 'publish' ? validateTopicName(request.topic) : validateTopicFilter(request.topic);
  const requestProblem = requestCheck.valid
    ? null
    : `The requested ${action === 'publish' ? 'topic name' : 'topic filter'} is invalid: ${requestCheck.reason}`;
  // A shared subscription is authorised on the filter it subscribes to.
  const requested = requestProblem === null ? (action === 'publish' ? request.topic : effectiveFilter(request.topic)).split('/') : [];
  const noun = action === 'publish' ? 'topic' : 'requested filter';
  const [verb, verbs] = action === 'publish' ? ['match', 'matches'] : ['cover', 'covers'];

  const granting: number[] = [];
  const verdicts = rules.map((rule, ruleIndex): RuleVerdict => {
    const filterCheck = validateTopicFilter(rule.topicFilter);
    if (!filterCheck.valid) {
      return { ruleIndex, outcome: 'invalid-filter', detail: `The rule's topic filter is invalid: ${filterCheck.reason}` };
    }
    if (requestProblem !== null) return { ruleIndex, outcome: 'filter-mismatch', detail: requestProblem };

    // Levels are compared after any `$share/{name}/` prefix, and ids are substituted level by
    // level, so an id such as "$share" can never turn into a prefix.
    const ruleLevels = effectiveFilter(rule.topicFilter).split('/');
    const idLevels = ruleLevels.flatMap((level, levelIndex): IdentityLevel[] => {
      const kind = identityKindOf(level);
      return kind ? [{ levelIndex, kind }] : [];
    });
    const substituted = idLevels.length === 0 ? ruleLevels : substituteLevels(ruleLevels, request);
    if (substituted === null || !matchesShape(substituted, requested, action)) {
      const shape = ruleLevels.map((level) => (identityKindOf(level) ? '+' : level));
      if (idLevels.length > 0 && matchesShape(shape, requested, action)) {
        return { ruleIndex, outcome: 'identity-mismatch', detail: identityMismatchDetail(rule, idLevels, requested, request, action) };
      }
      return {
        ruleIndex,
        outcome: 'filter-mismatch',
        detail: `"${rule.topicFilter}" does not ${verb} the ${noun} ${quote(request.topic)}.`,
      };
    }

    const groups = groupVerdict(rule, request, action, idLevels.length > 0);
    if (!groups.ok) return { ruleIndex, outcome: 'group-not-authorised', detail: groups.why };
    granting.push(ruleIndex);
    const identityNote = idLevels.length === 0 ? '' : ` with ${substitutionNote(idLevels, request)}`;
    return {
      ruleIndex,
      outcome: 'grants',
      detail: `"${rule.topicFilter}"${identityNote} ${verbs} the ${noun} ${quote(request.topic)}, and ${groups.why}`,
    };
  });

  return { allowed: granting.length > 0, action, granting, verdicts, requestProblem };
}
