import * as z from 'zod/mini';
import type { AclRule } from '../../acl/rules';
import { AKAMAI_JURISDICTIONS, type AkamaiJurisdiction } from '../providers';

/**
 * Wire format of the Akamai IoT Edge Connect API v1 (`/dcp-api/v1/...`), as in its reference
 * (../shared/seeds/akamai-iot-edge-connect-api.txt). The reference's own samples disagree with
 * each other in places (a rule's filter is `topicFilter` in some responses and `path` in others,
 * versions are strings in samples), so responses are read liberally and normalised here, while
 * requests are sent exactly as documented.
 */

export { AKAMAI_JURISDICTIONS };
export type { AkamaiJurisdiction };

export function isJurisdiction(value: unknown): value is AkamaiJurisdiction {
  return typeof value === 'string' && (AKAMAI_JURISDICTIONS as readonly string[]).includes(value);
}

/** Versions are strings on the wire ("1"); some answers may carry numbers. */
const versionSchema = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((v): string => String(v)),
);

const groupsSchema = z.pipe(
  z.optional(z.nullable(z.array(z.string()))),
  z.transform((groups): string[] => groups ?? []),
);

/** One ACL rule as a response carries it: `topicFilter` or `path`, group lists possibly missing. */
export const aclRuleSchema = z.pipe(
  z.object({
    topicFilter: z.optional(z.nullable(z.string())),
    path: z.optional(z.nullable(z.string())),
    publishers: groupsSchema,
    subscribers: groupsSchema,
  }),
  z.transform(
    (rule): AkamaiAclRule => ({
      // A rule with neither name keeps an empty filter: the editor flags it instead of the page failing.
      topicFilter: rule.topicFilter ?? rule.path ?? '',
      publishers: rule.publishers,
      subscribers: rule.subscribers,
    }),
  ),
);

/** A rule as the console holds it: the shared ACL model with both group lists present. */
export interface AkamaiAclRule extends AclRule {
  topicFilter: string;
  publishers: string[];
  subscribers: string[];
}

export const reservationSchema = z.looseObject({
  namespace: z.string(),
  reserved: z.optional(z.nullable(z.string())),
  owner: z.optional(
    z.nullable(
      z.object({
        createdBy: z.optional(z.nullable(z.string())),
        accountId: z.optional(z.nullable(z.string())),
      }),
    ),
  ),
});
export type Reservation = z.infer<typeof reservationSchema>;
export const reservationsSchema = z.array(reservationSchema);

/** `ConfigurationVersion` in the reference: what GET answers for a configuration. */
export const configurationSchema = z.object({
  namespace: z.string(),
  jurisdiction: z.string(),
  /** Read-only: storage in megabytes. */
  storage: z.optional(z.nullable(z.number())),
  /** Read-only: days until a topic expires. */
  'topic-expiry': z.optional(z.nullable(z.number())),
  acls: z.pipe(
    z.optional(z.nullable(z.array(aclRuleSchema))),
    z.transform((acls): AkamaiAclRule[] => acls ?? []),
  ),
});
export type Configuration = z.infer<typeof configurationSchema>;
/** What a server (the mock included) may send: `path` or `topicFilter`, as the reference's samples do. */
export type ConfigurationWire = z.input<typeof configurationSchema>;
export const configurationsSchema = z.array(configurationSchema);

export const ACTIVATION_STATUSES = ['NEW', 'PENDING', 'DEPLOYED', 'OBSOLETE', 'ABORTED', 'FAILED', 'UNAVAILABLE'] as const;
export type ActivationStatus = (typeof ACTIVATION_STATUSES)[number] | 'UNKNOWN';
export const OPERATION_TYPES = ['ACTIVATION', 'DEACTIVATION', 'N/A'] as const;
export type OperationType = (typeof OPERATION_TYPES)[number];

/** `Activation` in the reference: an entry of both the versions list and the operations list. */
export const activationSchema = z.object({
  createdBy: z.pipe(z.optional(z.nullable(z.string())), z.transform((v): string => v ?? '')),
  createdAt: z.number(),
  namespace: z.string(),
  jurisdiction: z.string(),
  version: versionSchema,
  activationStatus: z.catch(z.enum([...ACTIVATION_STATUSES, 'UNKNOWN']), 'UNKNOWN'),
  operationType: z.catch(z.enum(OPERATION_TYPES), 'N/A'),
});
export type Activation = z.infer<typeof activationSchema>;
export type ActivationWire = z.input<typeof activationSchema>;
export const activationsSchema = z.array(activationSchema);

export const createdVersionSchema = z.object({ version: versionSchema });
export type CreatedVersion = z.infer<typeof createdVersionSchema>;

export const alreadyActivatedSchema = z.object({ alreadyActivated: z.boolean() });
export type AlreadyActivated = z.infer<typeof alreadyActivatedSchema>;
export const alreadyDeactivatedSchema = z.object({ alreadyDeactivated: z.boolean() });
export type AlreadyDeactivated = z.infer<typeof alreadyDeactivatedSchema>;

/** A rule in a request body, as the reference documents it. */
export interface AclRuleRequest {
  topicFilter: string;
  publishers: string[];
  subscribers: string[];
}

export interface ReserveNamespaceRequest {
  namespace: string;
}

export interface CreateConfigurationRequest {
  jurisdiction: AkamaiJurisdiction;
  acls: AclRuleRequest[];
}

export interface UpdateConfigurationRequest {
  acls: AclRuleRequest[];
}

export interface ListNamespacesParams {
  /** Zero-based, as the API counts. */
  page: number;
  size: number;
  hostnames: readonly string[];
}

export interface SearchNamespacesParams {
  global: boolean;
  /** `*` stands for any text. */
  match: string;
  detail: boolean;
}

/** "up to 100 namespaces on a page" */
export const NAMESPACE_PAGE_SIZE_MAX = 100;

/**
 * Namespace names: the reference gives no grammar, but a namespace is "a root path for all
 * topics", so it must be one topic level; the console (and the mock) hold it to a DNS-label-like
 * name so it also works in hostnames.
 */
export const NAMESPACE_NAME_MIN = 3;
export const NAMESPACE_NAME_MAX = 63;
export const NAMESPACE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

export function namespaceNameProblem(name: string): string | null {
  if (name.trim() === '') return 'Enter a namespace name';
  if (name.length < NAMESPACE_NAME_MIN) return `At least ${NAMESPACE_NAME_MIN} characters (${name.length} now)`;
  if (name.length > NAMESPACE_NAME_MAX) return `At most ${NAMESPACE_NAME_MAX} characters (${name.length} now)`;
  if (/[/+#]/.test(name)) return 'A namespace is one topic level: "/", "+" and "#" are not allowed';
  if (!/^[A-Za-z]/.test(name)) return 'Start with a letter';
  if (!NAMESPACE_NAME_PATTERN.test(name)) return 'Use letters, digits, "-" and "_" only';
  return null;
}

/** The request body for a rule list: exactly the documented names, no empty-string filters trimmed away. */
export function toAclRequest(rules: readonly AclRule[]): AclRuleRequest[] {
  return rules.map((rule) => ({
    topicFilter: rule.topicFilter,
    publishers: [...(rule.publishers ?? [])],
    subscribers: [...(rule.subscribers ?? [])],
  }));
}
