import { ApiError } from './api-error';
import { addFieldError, asObject, asString as asRawString, clip, emptyFieldMap, messageFromRawBody, statusText } from './envelope-helpers';

/**
 * Scaleway answers errors in two families; both become one ApiError whose
 * message a person understands, with argument errors in `fields` (wire names)
 * and the typed extras in `details`.
 *
 * - Documented (../shared/seeds/scaleway-api-conventions.txt): `{type, message, fields}`
 *   with `invalid_request_error`, `invalid_auth`, `unknown_resource`,
 *   `authorization_required`, `api_error`, and 402 for a valid request that failed.
 * - SDK era (`@scaleway/sdk-client`, errors/standard): `invalid_arguments` with
 *   `details[{argument_name, reason, help_message}]`, `not_found`,
 *   `denied_authentication`, `permissions_denied`, `transient_state`,
 *   `precondition_failed`, `quotas_exceeded`, `out_of_stock`, `locked`,
 *   `expired`, `already_exists` and `too_many_requests`.
 */
export function parseScalewayError(status: number, body: unknown, rawText = ''): ApiError {
  const obj = asObject(body);
  if (!obj) {
    return new ApiError({ provider: 'scaleway', status, code: status >= 500 ? 'server_error' : 'http_error', message: messageFromRawBody(status, rawText) });
  }
  const type = asString(obj.type) ?? (status >= 500 ? 'api_error' : 'http_error');
  const fields = emptyFieldMap();
  const rawFields = asObject(obj.fields);
  for (const [name, value] of Object.entries(rawFields ?? {})) {
    for (const m of Array.isArray(value) ? value : [value]) if (typeof m === 'string') addFieldError(fields, name, m);
  }
  if (type === 'invalid_arguments') {
    for (const d of list(obj.details)) {
      // Names and help as sent, like the documented family's `fields`.
      const name = asRawString(d.argument_name);
      if (name) addFieldError(fields, name, asRawString(d.help_message) ?? own(REASONS, asString(d.reason)) ?? 'is invalid');
    }
  }
  const details: Record<string, unknown> = {};
  for (const key of ['precondition', 'help_message', 'resource', 'resource_id', 'current_state', 'method', 'reason', 'expired_since']) {
    const v = asString(obj[key]);
    if (v) details[key] = clip(v, 200);
  }
  return new ApiError({ provider: 'scaleway', status, code: type, message: clip(describe(type, status, obj, fields)), fields, details });
}

/** A member's text, trimmed; blank counts as absent (so no message reads "is   right now"). */
function asString(value: unknown): string | undefined {
  return asRawString(value)?.trim() || undefined;
}

/** A count the API sent as a real, non-negative number. */
function asCount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** A table entry by a key the server chose: never something Object.prototype has ("toString", "constructor"…). */
function own(table: Record<string, string>, key: string | undefined): string | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The objects of a `details` array (anything else is skipped). */
function list(value: unknown): Array<Record<string, unknown>> {
  return (Array.isArray(value) ? value : []).map(asObject).filter((d) => d !== undefined);
}

const REASONS: Record<string, string> = { required: 'is required', format: 'is wrongly formatted', constraint: 'does not respect a constraint' };
const AUTH_REASONS: Record<string, string> = { invalid_argument: 'is empty or malformed', not_found: 'does not exist', expired: 'has expired' };

/** One sentence per type; `{name}` is filled from `words` below, an absent word leaves nothing. */
const TEMPLATES: Record<string, string> = {
  // Documented family.
  invalid_auth: 'Scaleway refused the API token{because}.',
  authorization_required: 'The API token may not do this{because}.',
  // SDK era.
  not_found: 'The {resource}{id} does not exist.',
  denied_authentication: 'Scaleway refused the {method}: it {auth}.',
  permissions_denied: 'The API token lacks a permission{permissions}.',
  transient_state: 'The {resource} is {state}: wait until it settles, then retry.',
  quotas_exceeded: 'Quota reached{quotas}: free some or raise the quota.',
  out_of_stock: '{offer} is out of stock: choose another type or zone.',
  locked: 'The {resource}{id} is locked by Scaleway: contact support.',
  expired: 'The {resource}{id} has expired{since}.',
  already_exists: 'The {resource}{id} already exists{help}.',
  too_many_requests: 'Too many requests{limit}{help}.',
};

function describe(type: string, status: number, obj: Record<string, unknown>, fields: Record<string, string[]>): string {
  const message = asString(obj.message);
  const help = asString(obj.help_message);
  const names = Object.keys(fields);
  const because = message ? ` (${message.replace(/[.\s]+$/, '')})` : '';
  if (names.length === 1) return `Scaleway refused ${names[0]}: ${fields[names[0] ?? '']?.join('; ') || 'invalid'}.`;
  if (names.length > 1) return `Scaleway refused ${names.length} values: ${names.join(', ')}.`;
  if (type === 'invalid_request_error' || type === 'invalid_arguments') {
    return /quota exceeded/i.test(message ?? '') ? `Quota reached${because}: free some or raise the quota.` : `Scaleway refused the request${because}.`;
  }
  if (type === 'unknown_resource') {
    // `Hub "0b5c…" not found`: resource and id, as the SDK's UnknownResourceMapper reads it.
    const [resource, id, rest] = (message ?? '').split(/"|'/);
    if (rest !== undefined && /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(id ?? '')) return describe('not_found', status, { resource, resource_id: id }, fields);
  }
  const precondition = asString(obj.precondition);
  if (type === 'precondition_failed' && (help || precondition)) {
    return help ? `${help.charAt(0).toUpperCase()}${help.slice(1)}`.replace(/[^.!?]$/, '$&.') : `Not possible yet: ${human(precondition)}.`;
  }
  const template = own(TEMPLATES, type);
  if (!template) return status === 402 ? `Scaleway could not carry out this valid request${because}.` : (message ?? help ?? statusText(status));
  const resource = asString(obj.resource);
  const id = asString(obj.resource_id);
  const limit = asObject(obj.limit);
  const count = (value: unknown, text: string) => (asCount(value) === undefined ? [] : [text.replace('#', String(value))]);
  const rate = [...count(limit?.quota, `at most # requests${asCount(limit?.window_seconds) === undefined ? '' : ` per ${String(limit?.window_seconds)} s`}`), ...count(obj.reset_seconds, 'retry in # s')];
  const quotas = list(obj.details).flatMap((d) => (asString(d.resource) ? [`${human(asString(d.resource))}${count(d.quota, ' (quota #)').join('')}`] : []));
  const permissions = list(obj.details).map((d) => [asString(d.action), asString(d.resource)].filter(Boolean).join(' ')).filter(Boolean);
  const words: Record<string, string> = {
    because,
    resource: human(resource),
    id: id ? ` ${id}` : '',
    method: asString(obj.method) === 'api_key' ? 'API key' : human(asString(obj.method) ?? 'credential'),
    auth: own(AUTH_REASONS, asString(obj.reason)) ?? 'was refused',
    permissions: permissions.length ? `: ${permissions.join('; ')}` : '',
    state: human(asString(obj.current_state) ?? 'changing'),
    quotas: quotas.length ? ` for ${quotas.join('; ')}` : '',
    offer: resource ?? 'This offer',
    since: asString(obj.expired_since) ? ` (since ${asString(obj.expired_since)})` : '',
    help: help ? `: ${help}` : '',
    limit: rate.length ? ` (${rate.join(', ')})` : '',
  };
  return template.replace(/\{(\w+)\}/g, (_, name: string) => words[name] ?? '');
}

/** "lb" -> "load balancer", "private_network" -> "private network". */
function human(resource: string | undefined): string {
  const words = (resource ?? '').replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words === 'lb' ? 'load balancer' : words || 'resource';
}
