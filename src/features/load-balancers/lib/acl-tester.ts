import type { Acl, AclMatch, Protocol, Route } from '../../../api/scaleway-lb/types';
import { ACL_HTTP_FILTERS } from '../../../api/scaleway-lb/types';
import { formatCidr, formatIp, ipInSubnet, parseIp, parseIpOrCidr, type ParsedCidr, type ParsedIp } from '../../../lib/ip';
import { compileAclRegex } from '../../../lib/haproxy-regex';

/**
 * Which ACL of a frontend fires first for a given request, and why each rule
 * before it did not: evaluated in the browser, no request leaves the page.
 *
 * How Scaleway evaluates ACLs (documented by Scaleway, or HAProxy behaviour
 * Scaleway builds on; the assumptions are spelled out where they are made):
 * - Rules run in ascending `index` order; the first rule whose condition
 *   holds fires and ends the evaluation. Equal indexes have no documented
 *   order: the tester uses creation order and says so (lint).
 * - When no rule fires, the request is allowed to the backend.
 * - A rule's condition is the AND of what it sets: the IP part (client IP in
 *   one of `ip_subnet`, or, if `ips_edge_services`, the request comes from
 *   Scaleway Edge Services: these two are OR-ed) and the HTTP part
 *   (`http_filter` against `http_filter_value`, any value matching). A rule
 *   with neither part matches every request. `invert` negates the whole
 *   condition.
 * - path_begin / path_end / regex look at the path: from the first "/" up to
 *   the "?", case-sensitive, not percent-decoded (HAProxy's `path`).
 * - http_header_match compares the header named by `http_filter_option`
 *   (name case-insensitive) with the values, exactly and case-sensitively.
 *   Like HAProxy's `hdr()`, every occurrence of the header and every
 *   comma-separated element counts, trimmed of spaces.
 * - IPv4 and IPv4-mapped IPv6 addresses are the same client (src/lib/ip.ts).
 * - HTTP filters need an HTTP backend: on a TCP frontend they cannot match.
 * - Something the browser cannot decide (a PCRE-only regex, an invalid
 *   regex, an unknown filter type, an unreadable client IP) makes that rule
 *   "undetermined". Three-valued logic keeps the verdict exact when the rest
 *   of the condition settles it (false AND unknown = false); otherwise the
 *   tester assumes the rule does not fire, carries on, and says so.
 */

export interface TestRequest {
  clientIp: string;
  /** Host header (and SNI on TCP frontends). */
  host: string;
  /** Path, optionally with "?query"; an absolute URL is accepted too. */
  path: string;
  headers: ReadonlyArray<{ name: string; value: string }>;
  scheme: 'http' | 'https';
  viaEdgeServices: boolean;
}

export interface TestContext {
  /** The protocol of the frontend's default backend: HTTP filters only work on HTTP. */
  protocol: Protocol;
}

type Truth = 'true' | 'false' | 'unknown';

export type RuleStatus = 'fired' | 'not-matched' | 'undetermined' | 'not-reached';

export interface RuleEvaluation {
  acl: Acl;
  /** 1-based position in evaluation order. */
  position: number;
  status: RuleStatus;
  reasons: string[];
}

export type Outcome =
  | { kind: 'allow'; description: string }
  | { kind: 'deny'; description: string }
  | { kind: 'redirect'; description: string; status: number; location: string }
  | { kind: 'default-allow'; description: string }
  | { kind: 'unknown-action'; description: string };

export interface NormalizedRequest {
  ip: ParsedIp | null;
  host: string;
  path: string;
  query: string;
  scheme: 'http' | 'https';
  /** Lower-case header name -> every value (occurrences split on commas). */
  headers: Map<string, string[]>;
}

export interface AclVerdict {
  request: NormalizedRequest;
  evaluations: RuleEvaluation[];
  fired: RuleEvaluation | null;
  outcome: Outcome;
  /** Why the verdict might differ on the load balancer. */
  caveats: string[];
  /** What is wrong with the request as typed. */
  requestProblems: string[];
}

const MAX_PATH = 4096;

/** Evaluation order: index, then creation date, then id (stable). */
export function sortAcls<T extends Pick<Acl, 'index' | 'created_at' | 'id'>>(acls: readonly T[]): T[] {
  return [...acls].sort((a, b) => a.index - b.index || (a.created_at ?? '').localeCompare(b.created_at ?? '') || a.id.localeCompare(b.id));
}

export function normalizeRequest(request: TestRequest): { request: NormalizedRequest; problems: string[] } {
  const problems: string[] = [];
  let ip: ParsedIp | null = null;
  if (request.clientIp.trim() === '') problems.push('Enter the client IP address.');
  else {
    const parsed = parseIp(request.clientIp);
    if (parsed.ok) ip = parsed.value;
    else problems.push(`Client IP: ${parsed.error}.`);
  }
  let host = request.host.trim();
  let rawPath = request.path.trim();
  let scheme = request.scheme;
  if (/^https?:\/\//i.test(rawPath)) {
    try {
      const url = new URL(rawPath);
      if (!host) host = url.host;
      scheme = url.protocol === 'http:' ? 'http' : 'https';
      rawPath = `${url.pathname}${url.search}`;
    } catch {
      problems.push('The URL could not be read.');
    }
  }
  if (rawPath === '') rawPath = '/';
  if (!rawPath.startsWith('/')) problems.push('The path should start with "/".');
  if (rawPath.length > MAX_PATH) {
    problems.push(`The path is longer than ${MAX_PATH} characters: only the first ${MAX_PATH} are tested.`);
    rawPath = rawPath.slice(0, MAX_PATH);
  }
  const hashAt = rawPath.indexOf('#');
  if (hashAt >= 0) rawPath = rawPath.slice(0, hashAt);
  const q = rawPath.indexOf('?');
  const path = q >= 0 ? rawPath.slice(0, q) : rawPath;
  const query = q >= 0 ? rawPath.slice(q + 1) : '';

  const headers = new Map<string, string[]>();
  const add = (name: string, value: string) => {
    const key = name.trim().toLowerCase();
    if (!key) return;
    const values = headers.get(key) ?? [];
    for (const part of value.split(',')) values.push(part.trim());
    headers.set(key, values);
  };
  if (host) add('host', host);
  for (const h of request.headers) {
    if (h.name.trim().toLowerCase() === 'host') {
      if (!host) add('host', h.value);
      else problems.push('The Host header comes from the Host field; the extra Host header is ignored.');
      continue;
    }
    if (h.name.trim() === '' && h.value.trim() !== '') problems.push(`A header value ("${h.value}") has no name.`);
    else if (h.name.trim() !== '' && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(h.name.trim())) problems.push(`"${h.name}" is not a valid header name.`);
    add(h.name, h.value);
  }
  return { request: { ip, host, path, query, scheme, headers }, problems };
}

const and = (a: Truth, b: Truth): Truth => (a === 'false' || b === 'false' ? 'false' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'true');
const or = (a: Truth, b: Truth): Truth => (a === 'true' || b === 'true' ? 'true' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'false');
const not = (a: Truth): Truth => (a === 'true' ? 'false' : a === 'false' ? 'true' : 'unknown');

function joinOr(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

function quoteList(values: readonly string[]): string {
  return joinOr(values.map((v) => `"${v}"`));
}

interface PartResult {
  truth: Truth;
  reason: string;
}

function validSubnets(match: AclMatch): { subnets: Array<{ text: string; cidr: ParsedCidr }>; invalid: string[] } {
  const subnets: Array<{ text: string; cidr: ParsedCidr }> = [];
  const invalid: string[] = [];
  for (const text of match.ip_subnet) {
    const parsed = parseIpOrCidr(text);
    if (parsed.ok) subnets.push({ text, cidr: parsed.value });
    else invalid.push(text);
  }
  return { subnets, invalid };
}

function ipPart(match: AclMatch, request: NormalizedRequest, viaEdgeServices: boolean): PartResult | null {
  const hasSubnets = match.ip_subnet.length > 0;
  if (!hasSubnets && !match.ips_edge_services) return null;
  const parts: PartResult[] = [];
  if (hasSubnets) {
    const { subnets, invalid } = validSubnets(match);
    const ignored = invalid.length ? ` (ignored, not a valid subnet: ${quoteList(invalid)})` : '';
    if (!request.ip) {
      parts.push({ truth: subnets.length ? 'unknown' : 'false', reason: `The client IP is not a valid address, so the subnets cannot be checked${ignored}.` });
    } else {
      const clientText = formatIp(request.ip);
      const hit = subnets.find((s) => ipInSubnet(request.ip as ParsedIp, s.cidr));
      parts.push(
        hit
          ? { truth: 'true', reason: `Client IP ${clientText} is in ${formatCidr(hit.cidr)}${ignored}.` }
          : { truth: invalid.length && !subnets.length ? 'unknown' : 'false', reason: `Client IP ${clientText} is not in ${subnets.length ? joinOr(subnets.map((s) => s.text)) : 'any valid subnet'}${ignored}.` },
      );
    }
  }
  if (match.ips_edge_services) {
    parts.push({ truth: viaEdgeServices ? 'true' : 'false', reason: viaEdgeServices ? 'The request comes through Scaleway Edge Services.' : 'The request does not come through Scaleway Edge Services.' });
  }
  if (parts.length === 1) return parts[0] ?? null;
  const [a, b] = parts as [PartResult, PartResult];
  return { truth: or(a.truth, b.truth), reason: `${a.reason} ${b.reason}` };
}

function httpPart(match: AclMatch, request: NormalizedRequest, context: TestContext): PartResult | null {
  const filter = match.http_filter;
  if (filter === 'acl_http_filter_none' || filter === '') return null;
  if (!(ACL_HTTP_FILTERS as readonly string[]).includes(filter)) {
    return { truth: 'unknown', reason: `The HTTP filter "${filter}" is unknown to this console, so it cannot be evaluated.` };
  }
  if (context.protocol !== 'http') return { truth: 'false', reason: 'HTTP filters only apply to HTTP frontends; this frontend forwards TCP, so the filter never matches.' };
  const values = match.http_filter_value;
  if (values.length === 0) return { truth: 'false', reason: 'The HTTP filter has no value to match.' };
  const path = `"${request.path}"`;
  switch (filter) {
    case 'path_begin': {
      const hit = values.find((v) => request.path.startsWith(v));
      return hit !== undefined ? { truth: 'true', reason: `Path ${path} begins with "${hit}".` } : { truth: 'false', reason: `Path ${path} does not begin with ${quoteList(values)}.` };
    }
    case 'path_end': {
      const hit = values.find((v) => request.path.endsWith(v));
      return hit !== undefined ? { truth: 'true', reason: `Path ${path} ends with "${hit}".` } : { truth: 'false', reason: `Path ${path} does not end with ${quoteList(values)}.` };
    }
    case 'regex': {
      let truth: Truth = 'false';
      const notes: string[] = [];
      for (const pattern of values) {
        const check = compileAclRegex(pattern);
        if (!check.ok) {
          truth = or(truth, 'unknown');
          notes.push(`Regex "${pattern}" cannot be evaluated: ${check.message}`);
          continue;
        }
        if (check.regex.test(request.path)) return { truth: 'true', reason: `Path ${path} matches regex "${pattern}".` };
      }
      const good = values.filter((p) => compileAclRegex(p).ok);
      const base = good.length ? `Path ${path} does not match regex ${quoteList(good)}.` : '';
      return { truth, reason: [base, ...notes].filter(Boolean).join(' ') };
    }
    case 'http_header_match': {
      const name = match.http_filter_option?.trim() ?? '';
      if (!name) return { truth: 'unknown', reason: 'The rule matches a header but names none (http_filter_option is empty).' };
      const present = request.headers.get(name.toLowerCase());
      if (!present || present.length === 0) return { truth: 'false', reason: `Header ${name} is absent.` };
      const hit = present.find((v) => values.includes(v));
      const shown = quoteList(present);
      return hit !== undefined
        ? { truth: 'true', reason: `Header ${name} is "${hit}", one of ${quoteList(values)}.` }
        : { truth: 'false', reason: `Header ${name} is ${shown}, not ${quoteList(values)}.` };
    }
    default:
      return { truth: 'unknown', reason: `The HTTP filter "${filter}" cannot be evaluated.` };
  }
}

function evaluateCondition(acl: Acl, request: NormalizedRequest, viaEdgeServices: boolean, context: TestContext): { truth: Truth; reasons: string[] } {
  const match = acl.match;
  if (!match) return { truth: 'true', reasons: ['The rule has no match condition, so it applies to every request.'] };
  const ip = ipPart(match, request, viaEdgeServices);
  const http = httpPart(match, request, context);
  const parts = [ip, http].filter((p): p is PartResult => p !== null);
  if (parts.length === 0) {
    const base: { truth: Truth; reasons: string[] } = { truth: 'true', reasons: ['The rule sets no subnet, Edge Services or HTTP filter, so its condition holds for every request.'] };
    return match.invert ? { truth: 'false', reasons: [...base.reasons, 'Inverted: it never fires.'] } : base;
  }
  let truth: Truth = 'true';
  for (const p of parts) truth = and(truth, p.truth);
  const reasons = parts.map((p) => p.reason);
  if (parts.length > 1 && truth === 'false') reasons.push('Both conditions must hold.');
  if (match.invert) {
    reasons.push(truth === 'true' ? 'Inverted: the condition holds, so the rule does not fire.' : truth === 'false' ? 'Inverted: the condition does not hold, so the rule fires.' : 'Inverted.');
    truth = not(truth);
  }
  return { truth, reasons };
}

function substitute(template: string, request: NormalizedRequest): string {
  return template.replace(/\{\{\s*(host|path|query|scheme)\s*\}\}/g, (_, key: string) => {
    switch (key) {
      case 'host':
        return request.host;
      case 'path':
        return request.path;
      case 'query':
        return request.query;
      default:
        return request.scheme;
    }
  });
}

function outcomeOf(acl: Acl, request: NormalizedRequest, context: TestContext): Outcome {
  const action = acl.action;
  const type = action?.type ?? 'unknown';
  if (type === 'allow') return { kind: 'allow', description: 'Allowed: the request goes on to the backend.' };
  if (type === 'deny') {
    return { kind: 'deny', description: context.protocol === 'http' ? 'Denied: the load balancer answers 403 Forbidden.' : 'Denied: the load balancer closes the connection.' };
  }
  if (type === 'redirect') {
    const redirect = action?.redirect;
    if (context.protocol !== 'http') return { kind: 'unknown-action', description: 'A redirect needs an HTTP frontend; on this TCP frontend its effect is undefined.' };
    const status = redirect?.code ?? 302;
    let location: string;
    if (redirect?.type === 'scheme') {
      const query = request.query ? `?${request.query}` : '';
      location = `${redirect.target || 'https'}://${request.host || '<host>'}${request.path}${query}`;
    } else {
      location = substitute(redirect?.target ?? '', request);
    }
    return { kind: 'redirect', status, location, description: `Redirected with HTTP ${status} to ${location}.` };
  }
  return { kind: 'unknown-action', description: `The action "${type}" is unknown to this console.` };
}

export function evaluateAcls(acls: readonly Acl[], input: TestRequest, context: TestContext): AclVerdict {
  const { request, problems } = normalizeRequest(input);
  const ordered = sortAcls(acls);
  const evaluations: RuleEvaluation[] = [];
  const caveats: string[] = [];
  let fired: RuleEvaluation | null = null;
  ordered.forEach((acl, i) => {
    const position = i + 1;
    if (fired) {
      evaluations.push({ acl, position, status: 'not-reached', reasons: [`Not evaluated: "${fired.acl.name}" fired first.`] });
      return;
    }
    const { truth, reasons } = evaluateCondition(acl, request, input.viaEdgeServices, context);
    if (truth === 'true') {
      fired = { acl, position, status: 'fired', reasons };
      evaluations.push(fired);
    } else if (truth === 'false') {
      evaluations.push({ acl, position, status: 'not-matched', reasons });
    } else {
      evaluations.push({ acl, position, status: 'undetermined', reasons: [...reasons, 'Assumed not to fire; the load balancer may decide otherwise.'] });
      caveats.push(`"${acl.name}" could not be evaluated in the browser. If it fires on the load balancer, the verdict is its action instead.`);
    }
  });
  const firedRule = fired as RuleEvaluation | null;
  const outcome: Outcome = firedRule
    ? outcomeOf(firedRule.acl, request, context)
    : { kind: 'default-allow', description: ordered.length ? 'No rule fired: the request is allowed to the backend (the default).' : 'This frontend has no ACL: every request is allowed.' };
  return { request, evaluations, fired: firedRule, outcome, caveats, requestProblems: problems };
}

/** Where an allowed request goes: the first route that matches (creation order, the API documents none), else the frontend's backend. */
export function resolveRoute(
  routes: readonly Route[],
  request: NormalizedRequest,
  context: TestContext,
): { route: Route | null; reason: string } {
  const host = request.host.replace(/:\d+$/, '').toLowerCase();
  const ordered = [...routes].sort((a, b) => (a.created_at ?? '').localeCompare(b.created_at ?? '') || a.id.localeCompare(b.id));
  for (const route of ordered) {
    const m = route.match;
    if (!m) continue;
    const hostMatches = (wanted: string) => {
      const w = wanted.toLowerCase();
      return host === w || (m.match_subdomains && host.endsWith(`.${w}`));
    };
    if (m.host_header && context.protocol === 'http' && hostMatches(m.host_header)) {
      return { route, reason: `Host "${host}" matches the route for ${m.match_subdomains ? `${m.host_header} and its subdomains` : m.host_header}.` };
    }
    if (m.sni && context.protocol === 'tcp' && hostMatches(m.sni)) return { route, reason: `SNI "${host}" matches the route for ${m.sni}.` };
    if (m.path_begin && context.protocol === 'http' && request.path.startsWith(m.path_begin)) return { route, reason: `Path "${request.path}" begins with the route's "${m.path_begin}".` };
  }
  return { route: null, reason: routes.length ? 'No route matches: the frontend\'s default backend answers.' : 'The frontend has no route: its default backend answers.' };
}

export interface AclLint {
  aclId: string;
  severity: 'error' | 'warning';
  message: string;
}

/** Problems visible without a request: broken patterns, bad subnets, rules that can never fire or hide others. */
export function lintAcls(acls: readonly Acl[], context: TestContext): AclLint[] {
  const out: AclLint[] = [];
  const ordered = sortAcls(acls);
  const byIndex = new Map<number, Acl[]>();
  for (const acl of ordered) byIndex.set(acl.index, [...(byIndex.get(acl.index) ?? []), acl]);
  let catchAll: Acl | null = null;
  for (const acl of ordered) {
    const match = acl.match;
    const push = (severity: AclLint['severity'], message: string) => out.push({ aclId: acl.id, severity, message });
    if (catchAll) push('warning', `Never reached: "${catchAll.name}" before it matches every request.`);
    const sameIndex = byIndex.get(acl.index) ?? [];
    if (sameIndex.length > 1 && sameIndex[0]?.id === acl.id) {
      push('warning', `Shares index ${acl.index} with ${quoteList(sameIndex.slice(1).map((a) => a.name))}: their relative order is not guaranteed (the tester uses creation order).`);
    }
    if (!match) {
      push('warning', 'Has no match condition: it applies to every request.');
      continue;
    }
    const { invalid } = validSubnets(match);
    for (const bad of invalid) {
      const parsed = parseIpOrCidr(bad);
      push('error', `"${bad}" is not a valid IP address or subnet${parsed.ok ? '' : `: ${parsed.error}`}.`);
    }
    const filter = match.http_filter;
    const hasHttp = filter !== 'acl_http_filter_none' && filter !== '';
    if (hasHttp && !(ACL_HTTP_FILTERS as readonly string[]).includes(filter)) push('error', `Unknown HTTP filter "${filter}".`);
    if (hasHttp && context.protocol !== 'http') push('error', 'Uses an HTTP filter on a TCP frontend: it can never match.');
    if (hasHttp && match.http_filter_value.length === 0) push('error', 'The HTTP filter has no value.');
    if (filter === 'http_header_match' && !match.http_filter_option?.trim()) push('error', 'Matches a header but does not name it.');
    if (filter === 'regex') {
      for (const pattern of match.http_filter_value) {
        const check = compileAclRegex(pattern);
        if (!check.ok) push(check.kind === 'invalid' ? 'error' : 'warning', `Regex "${pattern}": ${check.message}`);
      }
    }
    if (acl.action?.type === 'redirect' && !acl.action.redirect?.target) push('error', 'Redirects but has no target.');
    if (acl.action?.type === 'redirect' && context.protocol !== 'http') push('error', 'Redirects on a TCP frontend, which cannot redirect.');
    const matchesAll =
      !match.invert &&
      !hasHttp &&
      !match.ips_edge_services &&
      (match.ip_subnet.length === 0 || (['0.0.0.0/0', '::/0'].every((all) => match.ip_subnet.some((s) => s.trim() === all))));
    if (matchesAll && !catchAll) catchAll = acl;
  }
  return out;
}
