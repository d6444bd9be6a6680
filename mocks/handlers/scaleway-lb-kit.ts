import { http, HttpResponse, type HttpHandler } from 'msw';
import { SCALEWAY_REGIONS } from '../../src/api/providers';
import { durationToMs } from '../../src/api/scaleway-lb/duration';
import { LB_NAME_MAX, LB_ORDER_BY, LB_PAGE_SIZE_MAX } from '../../src/api/scaleway-lb/types';
import { parseIp } from '../../src/lib/ip';
import { scalewayBadJson, scalewayInvalidArguments, scalewayNotFound, scalewayPreconditionFailed, scalewayTransientState, type ScalewayArgumentProblem } from '../lib/envelopes';
import { withScenario } from '../lib/scenario';

/**
 * The plumbing of the Load Balancer mock: the API's error envelopes
 * (argument errors in either Scaleway family, `precondition_failed`,
 * `transient_state`; see mocks/lib/envelopes.ts), list paging and ordering, field checks, and handler
 * builders that give every endpoint the same order of checks: 404, bad
 * JSON, invalid fields (400), refusals (412), a changing or locked load
 * balancer (409/412), then the change.
 */

// Envelopes

export class Problems {
  readonly details: ScalewayArgumentProblem[] = [];
  add(argument: string, help: string, reason: ScalewayArgumentProblem['reason'] = 'constraint'): void {
    this.details.push({ argument_name: argument, reason, help_message: help });
  }
  required(argument: string): void {
    this.add(argument, 'required', 'required');
  }
  get any(): boolean {
    return this.details.length > 0;
  }
  response(): Response {
    return scalewayInvalidArguments(this.details);
  }
}

export function precondition(message: string, what: string): Response {
  return scalewayPreconditionFailed(what, message);
}

export const transient = scalewayTransientState;
export const badJson = scalewayBadJson;

export async function readJson<T>(request: Request): Promise<Partial<T> | null> {
  try {
    const body: unknown = await request.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Partial<T>) : null;
  } catch {
    return null;
  }
}

export function regionError(region: string): Response | undefined {
  if ((SCALEWAY_REGIONS as readonly string[]).includes(region)) return undefined;
  const p = new Problems();
  p.add('region', `unknown region "${region}", expected one of ${SCALEWAY_REGIONS.join(', ')}`);
  return p.response();
}

// Lists

export interface ListQuery {
  page: number;
  pageSize: number;
  orderBy: string;
  url: URL;
}

export function listQuery(request: Request, orderValues: readonly string[] = LB_ORDER_BY): ListQuery | Response {
  const url = new URL(request.url);
  const page = Number(url.searchParams.get('page') ?? '1');
  const pageSize = Number(url.searchParams.get('page_size') ?? '20');
  const orderBy = url.searchParams.get('order_by') ?? orderValues[0] ?? 'created_at_asc';
  const p = new Problems();
  if (!Number.isInteger(page) || page < 1) p.add('page', 'must be a positive integer');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > LB_PAGE_SIZE_MAX) p.add('page_size', `must be between 1 and ${LB_PAGE_SIZE_MAX}`);
  if (!orderValues.includes(orderBy)) p.add('order_by', `value must be one of ${orderValues.join(', ')}`);
  return p.any ? p.response() : { page, pageSize, orderBy, url };
}

export function ordered<T extends { created_at?: string | null }>(items: T[], orderBy: string, name?: (item: T) => string): T[] {
  const desc = orderBy.endsWith('_desc');
  const byName = orderBy.startsWith('name_') && name;
  return [...items].sort((a, b) => {
    const cmp = byName ? name(a).localeCompare(name(b)) : (a.created_at ?? '').localeCompare(b.created_at ?? '');
    return desc ? -cmp : cmp;
  });
}

export function pageOf<T>(items: T[], q: ListQuery): T[] {
  return items.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
}

// Field checks shared by several resources

export function checkName(p: Problems, field: string, value: unknown, required = true): void {
  if (value === undefined && !required) return;
  if (typeof value !== 'string' || value.trim() === '') p.required(field);
  else if (value.length > LB_NAME_MAX) p.add(field, `length must be at most ${LB_NAME_MAX}`);
  else if (/\p{Cc}/u.test(value)) p.add(field, 'must not contain control characters', 'format');
}

export function checkPort(p: Problems, field: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isInteger(value)) p.add(field, 'must be an integer', value === undefined ? 'required' : 'format');
  else if (value < 1 || value > 65535) p.add(field, 'must be between 1 and 65535');
}

export function checkDuration(p: Problems, field: string, value: unknown, maxMs = 86_400_000): void {
  if (value === undefined || value === null) return;
  const ms = typeof value === 'string' ? durationToMs(value) : null;
  if (ms === null) p.add(field, 'must be a duration such as "5s"', 'format');
  else if (ms > maxMs) p.add(field, `must be at most ${maxMs / 1000}s`);
}

export function checkCount(p: Problems, field: string, value: unknown, max: number, required = false): void {
  if (value === undefined || value === null) {
    if (required) p.required(field);
    return;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) p.add(field, `must be an integer between 0 and ${max}`);
}

export function checkEnum(p: Problems, field: string, value: unknown, values: readonly string[], required = false): void {
  if (value === undefined || value === null) {
    if (required) p.required(field);
    return;
  }
  if (typeof value !== 'string' || !values.includes(value)) p.add(field, `value must be one of ${values.join(', ')}`);
}

export function checkTags(p: Problems, field: string, value: unknown): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || value.some((t) => typeof t !== 'string')) {
    p.add(field, 'must be a list of strings', 'format');
    return;
  }
  value.forEach((t: string, i) => {
    if (t.trim() === '') p.add(`${field}.${i}`, 'must not be empty');
    else if (t.length > 128) p.add(`${field}.${i}`, 'length must be at most 128');
  });
}

export const HOSTNAME = /^(?=.{1,253}$)(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;

export function checkHostname(p: Problems, field: string, value: unknown, { wildcard = false } = {}): void {
  if (typeof value !== 'string' || value === '') {
    p.required(field);
    return;
  }
  if (!HOSTNAME.test(value) || (!wildcard && value.startsWith('*.'))) p.add(field, `"${value}" is not a valid domain name`, 'format');
}

export function checkServerIps(p: Problems, field: string, value: unknown, required = true): string[] {
  if (!Array.isArray(value)) {
    if (required || value !== undefined) p.add(field, 'must be a list of IP addresses', value === undefined ? 'required' : 'format');
    return [];
  }
  const out: string[] = [];
  value.forEach((entry: unknown, i) => {
    const parsed = parseIp(entry);
    if (!parsed.ok) p.add(`${field}.${i}`, `"${String(entry)}": ${parsed.error}`, 'format');
    else out.push(String(entry).trim());
  });
  return out;
}

export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}


// Handler builders

type Lookup<T> = (region: string, id: string) => T | undefined;

/** GET one resource of the path's region, or 404; `W` is the wire type the API answers with. */
export function getOne<T, W extends object>(path: string, param: string, resource: string, lookup: Lookup<T>, wire: (found: T) => W): HttpHandler {
  return http.get(
    path,
    withScenario('scaleway', ({ params }) => {
      const id = String(params[param]);
      const found = lookup(String(params.region), id);
      return found ? HttpResponse.json(wire(found)) : scalewayNotFound(resource, id);
    }),
  );
}

export interface ChangeSpec<T, B> {
  /** Field checks: any problem answers 400 with every detail. */
  check?: (p: Problems, body: Partial<B>, found: T) => void | Promise<void>;
  /** Refusals that depend on other resources (412, 409), once the input is valid. */
  refuse?: (found: T, body: Partial<B>) => Response | undefined;
  /** The state of the load balancer concerned (transient, locked). */
  guard?: (found: T) => Response | undefined;
  apply: (found: T, body: Partial<B>, request: Request) => Response | Promise<Response>;
}

/** POST, PUT, PATCH or DELETE on one resource (or on a parent, for creations). */
export function change<T, B = Record<string, never>>(method: 'post' | 'put' | 'patch' | 'delete', path: string, param: string, resource: string, lookup: Lookup<T>, spec: ChangeSpec<T, B>, withBody = method !== 'delete'): HttpHandler {
  return http[method](
    path,
    withScenario('scaleway', async ({ request, params }) => {
      const id = String(params[param]);
      const found = lookup(String(params.region), id);
      if (!found) return scalewayNotFound(resource, id);
      let body: Partial<B> = {};
      if (withBody) {
        const read = await readJson<B>(request);
        if (!read) return badJson();
        body = read;
      }
      if (spec.check) {
        const p = new Problems();
        await spec.check(p, body, found);
        if (p.any) return p.response();
      }
      const refused = spec.refuse?.(found, body) ?? spec.guard?.(found);
      if (refused) return refused;
      return spec.apply(found, body, request);
    }),
  );
}

/** A creation on a regional collection (`/ips`, `/routes`…): the region is checked instead of a parent. */
export function createIn<B>(path: string, spec: ChangeSpec<string, B>): HttpHandler {
  return change<string, B>('post', path, 'region', 'region', (region) => region, {
    ...spec,
    check: async (p, body, region) => {
      if (!(SCALEWAY_REGIONS as readonly string[]).includes(region)) p.add('region', `unknown region "${region}", expected one of ${SCALEWAY_REGIONS.join(', ')}`);
      else await spec.check?.(p, body, region);
    },
  });
}

/** A paged, ordered list below a parent (or a region, with `lookup` returning the region). */
export function listUnder<P, T extends { created_at?: string | null }, R extends object>(
  path: string,
  param: string,
  resource: string,
  lookup: Lookup<P>,
  items: (parent: P, url: URL) => T[],
  /** The API's list response (`R`: e.g. ListLbsResponse) for one page and the total. */
  respond: (page: T[], total: number) => R,
  options: { order?: readonly string[]; name?: (item: T) => string } = {},
): HttpHandler {
  return http.get(
    path,
    withScenario('scaleway', ({ request, params }) => {
      const region = String(params.region);
      const bad = regionError(region);
      if (bad) return bad;
      const id = String(params[param]);
      const parent = lookup(region, id);
      if (parent === undefined) return scalewayNotFound(resource, id);
      const q = listQuery(request, options.order);
      if (q instanceof Response) return q;
      const name = q.url.searchParams.get('name')?.toLowerCase();
      const all = items(parent, q.url).filter((item) => !name || !options.name || options.name(item).toLowerCase().includes(name));
      const sorted = ordered(all, q.orderBy, options.name);
      return HttpResponse.json(respond(pageOf(sorted, q), sorted.length));
    }),
  );
}

/** For region-wide collections: the parent is the region itself. */
export const inRegion: Lookup<string> = (region) => region;
