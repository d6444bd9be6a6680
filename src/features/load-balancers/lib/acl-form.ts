import { ACL_HTTP_FILTERS, type Acl, type AclAction, type AclActionType, type AclHttpFilter, type AclInput, type AclMatch, type AclRedirectType, type Protocol } from '../../../api/scaleway-lb/types';
import { parseIpOrCidr, splitList } from '../../../lib/ip';
import { aclToInput } from './acl-order';
import { validateAclRegex } from '../../../lib/haproxy-regex';
import { HTTP_FILTER_LABELS } from './lb-labels';
import { validateLbName } from './lb-validation';

export interface AclValues {
  name: string;
  description: string;
  index: number | string;
  action: AclActionType;
  redirect_type: AclRedirectType;
  redirect_target: string;
  redirect_code: string;
  ip_subnet: string;
  ips_edge_services: boolean;
  http_filter: AclHttpFilter;
  http_filter_option: string;
  http_filter_value: string;
  invert: boolean;
  [key: string]: unknown;
}

/** One entry per line; commas are kept inside values, since regexes and header values may contain them. */
function lines(text: string): Array<{ value: string; line: number }> {
  return text
    .split(/\r\n|\r|\n/)
    .map((value, i) => ({ value: value.trim(), line: i + 1 }))
    .filter((l) => l.value !== '');
}

export function aclToValues(acl: Acl | undefined, nextIndex: number): AclValues {
  const input = acl ? aclToInput(acl) : undefined;
  return {
    name: input?.name ?? '',
    description: input?.description ?? '',
    index: input?.index ?? nextIndex,
    action: input?.action.type ?? 'deny',
    redirect_type: input?.action.redirect?.type ?? 'location',
    redirect_target: input?.action.redirect?.target ?? '',
    redirect_code: String(input?.action.redirect?.code ?? 302),
    ip_subnet: input?.match.ip_subnet.join('\n') ?? '',
    ips_edge_services: input?.match.ips_edge_services ?? false,
    http_filter: input?.match.http_filter ?? 'acl_http_filter_none',
    http_filter_option: input?.match.http_filter_option ?? '',
    http_filter_value: input?.match.http_filter_value.join('\n') ?? '',
    invert: input?.match.invert ?? false,
  };
}

export function valuesToAclInput(v: AclValues): AclInput {
  const hasHttp = v.http_filter !== 'acl_http_filter_none';
  return {
    name: v.name.trim(),
    description: v.description.trim(),
    index: Number(v.index),
    action: v.action === 'redirect' ? { type: 'redirect', redirect: { type: v.redirect_type, target: v.redirect_target.trim(), code: Number(v.redirect_code) } } : { type: v.action },
    match: {
      ip_subnet: splitList(v.ip_subnet).map((e) => e.value),
      ips_edge_services: v.ips_edge_services,
      http_filter: v.http_filter,
      http_filter_value: hasHttp ? lines(v.http_filter_value).map((l) => l.value) : [],
      http_filter_option: v.http_filter === 'http_header_match' ? v.http_filter_option.trim() : undefined,
      invert: v.invert,
    },
  };
}

export function aclValidation(protocol: Protocol) {
  return {
    name: validateLbName,
    index: (v: number | string) => (v === '' || !Number.isInteger(Number(v)) || Number(v) < 0 ? 'A whole number, 0 or more (0 runs first)' : null),
    redirect_target: (v: string, values: AclValues) => {
      if (values.action !== 'redirect') return null;
      const t = v.trim();
      if (t === '') return values.redirect_type === 'scheme' ? 'Enter the scheme to redirect to, e.g. https' : 'Enter the URL to redirect to';
      if (values.redirect_type === 'scheme') return /^[a-z][a-z0-9+.-]*$/i.test(t) ? null : 'Just the scheme, e.g. https';
      return /^(https?:\/\/|\/|\{\{scheme\}\}:\/\/)/.test(t) ? null : 'A URL starting with https:// (or /path); {{host}}, {{path}}, {{query}} and {{scheme}} are replaced';
    },
    action: (v: AclActionType) => (v === 'redirect' && protocol !== 'http' ? 'Redirects need an HTTP frontend' : null),
    ip_subnet: (v: string) => {
      const problems = splitList(v).flatMap((e) => {
        const parsed = parseIpOrCidr(e.value);
        if (!parsed.ok) return [`Line ${e.line} ("${e.value}"): ${parsed.error}`];
        return parsed.value.hostBitsSet ? [`Line ${e.line} ("${e.value}"): host bits are set; did you mean the network address?`] : [];
      });
      return problems.length ? problems.join(' · ') : null;
    },
    http_filter: (v: AclHttpFilter, values: AclValues) => {
      if (v !== 'acl_http_filter_none' && protocol !== 'http') return 'HTTP filters need an HTTP backend';
      if (v === 'acl_http_filter_none' && splitList(values.ip_subnet).length === 0 && !values.ips_edge_services) return 'Set IP subnets, Edge Services or an HTTP filter: a rule needs a condition';
      return null;
    },
    http_filter_option: (v: string, values: AclValues) => (values.http_filter === 'http_header_match' && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(v.trim()) ? 'Enter the header name, e.g. User-Agent' : null),
    http_filter_value: (v: string, values: AclValues) => {
      if (values.http_filter === 'acl_http_filter_none') return null;
      const entries = lines(v);
      if (entries.length === 0) return 'Enter at least one value';
      const problems: string[] = [];
      for (const e of entries) {
        if ((values.http_filter === 'path_begin' || values.http_filter === 'path_end') && /\s/.test(e.value)) problems.push(`Line ${e.line}: paths have no spaces`);
        if (values.http_filter === 'path_begin' && !e.value.startsWith('/')) problems.push(`Line ${e.line} ("${e.value}"): a path begins with "/"`);
        if (values.http_filter === 'regex') {
          const problem = validateAclRegex(e.value);
          if (problem) problems.push(`Line ${e.line}: ${problem}`);
        }
      }
      return problems.length ? problems.join(' · ') : null;
    },
  };
}

function joinOr(values: readonly string[]): string {
  return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

/** The condition in words: "client IP in 10.0.0.0/8 and path begins with /admin". */
export function describeMatch(match: AclMatch | null | undefined): string {
  if (!match) return 'every request';
  const parts: string[] = [];
  const ip: string[] = [];
  if (match.ip_subnet.length) ip.push(`client IP in ${joinOr(match.ip_subnet)}`);
  if (match.ips_edge_services) ip.push('request from Edge Services');
  if (ip.length) parts.push(ip.join(' or '));
  const filter = match.http_filter;
  if (filter !== 'acl_http_filter_none' && filter !== '') {
    const known = (ACL_HTTP_FILTERS as readonly string[]).includes(filter);
    const label = known ? HTTP_FILTER_LABELS[filter as AclHttpFilter].toLowerCase() : `filter ${filter}`;
    const subject = filter === 'http_header_match' ? `header ${match.http_filter_option || '(unnamed)'} equals` : label;
    parts.push(`${subject} ${joinOr(match.http_filter_value.map((v) => `"${v}"`))}`);
  }
  const condition = parts.length ? parts.join(' and ') : 'every request';
  return match.invert ? `NOT (${condition})` : condition;
}

export function describeAction(action: AclAction | null | undefined): string {
  switch (action?.type) {
    case 'allow':
      return 'Allow';
    case 'deny':
      return 'Deny';
    case 'redirect': {
      const r = action.redirect;
      if (!r) return 'Redirect';
      return r.type === 'scheme' ? `Redirect ${r.code ?? 302} to ${r.target}://` : `Redirect ${r.code ?? 302} to ${r.target}`;
    }
    default:
      return `Unknown action (${action?.type ?? 'none'})`;
  }
}
