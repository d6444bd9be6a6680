/** Topic-filter engine and IoT Edge Connect ACL evaluation. Pure: no React, no I/O. */
export * from './topic';
export { findDiscouragedCharacters, utf8ByteLength, MAX_UTF8_BYTES } from './utf8';
export type { DiscouragedCharacter } from './utf8';
export {
  ANY_GROUP,
  CLIENT_ID_LEVEL,
  USER_ID_LEVEL,
  complementaryFilter,
  identityLevels,
  isIdentityFilter,
  substituteIdentity,
  substituteLevels,
} from './rules';
export type { AclRule, Identity, IdentityKind, IdentityLevel } from './rules';
export { evaluateAccess } from './access';
export type { AccessAction, AccessDecision, AccessRequest, RuleOutcome, RuleVerdict } from './access';
export { GUIDELINES, lintAcl } from './lint';
export type { AclGuideline, AclLintCode, AclLintFinding, AclLintSeverity } from './lint';
