import type { Acl, AclInput, AclHttpFilter, AclActionType } from '../../../api/scaleway-lb/types';
import { ACL_ACTION_TYPES, ACL_HTTP_FILTERS } from '../../../api/scaleway-lb/types';
import { sortAcls } from './acl-tester';

export interface IndexChange {
  acl: Acl;
  index: number;
}

/**
 * The index updates that move one ACL up or down by one place. The existing
 * index values are reused (so [0, 10, 20] stays [0, 10, 20] and only the two
 * swapped rules change); when indexes are shared, the list is renumbered
 * 0, 10, 20… so the new order is unambiguous.
 */
export function moveAcl(acls: readonly Acl[], aclId: string, delta: -1 | 1): IndexChange[] {
  const ordered = sortAcls(acls);
  const from = ordered.findIndex((a) => a.id === aclId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ordered.length) return [];
  const next = [...ordered];
  const [moved] = next.splice(from, 1);
  if (!moved) return [];
  next.splice(to, 0, moved);
  const slots = ordered.map((a) => a.index);
  const unique = new Set(slots).size === slots.length && slots.every((s) => s >= 0);
  const indexes = unique ? slots : next.map((_, i) => i * 10);
  return next.flatMap((acl, i) => {
    const index = indexes[i] ?? i * 10;
    return acl.index === index ? [] : [{ acl, index }];
  });
}

/** The next free index after the last rule, in steps of 10 to leave room for insertions. */
export function nextAclIndex(acls: readonly Pick<Acl, 'index'>[]): number {
  if (acls.length === 0) return 0;
  // Never below 0: the form (like the API) takes no negative index, even if stored rules have one.
  return Math.max(0, Math.floor(Math.max(...acls.map((a) => a.index)) / 10) * 10 + 10);
}

/** The full body the API wants on update, from an ACL as listed. */
export function aclToInput(acl: Acl, overrides: Partial<AclInput> = {}): AclInput {
  const match = acl.match;
  const action = acl.action;
  const type: AclActionType = (ACL_ACTION_TYPES as readonly string[]).includes(action?.type ?? '') ? (action?.type as AclActionType) : 'deny';
  const filter: AclHttpFilter = (ACL_HTTP_FILTERS as readonly string[]).includes(match?.http_filter ?? '') ? (match?.http_filter as AclHttpFilter) : 'acl_http_filter_none';
  return {
    name: acl.name,
    description: acl.description,
    index: acl.index,
    action: type === 'redirect' && action?.redirect ? { type, redirect: { type: action.redirect.type, target: action.redirect.target, code: action.redirect.code ?? undefined } } : { type },
    match: {
      ip_subnet: match?.ip_subnet ?? [],
      ips_edge_services: match?.ips_edge_services ?? false,
      http_filter: filter,
      http_filter_value: match?.http_filter_value ?? [],
      http_filter_option: match?.http_filter_option ?? undefined,
      invert: match?.invert ?? false,
    },
    ...overrides,
  };
}
