import { HttpResponse } from 'msw';
import { hasScenario } from '../../src/lib/mock-scenario';

/**
 * Scaleway's error envelopes, in either family (src/api/errors/scaleway-envelope.ts reads both):
 * the documented one (`invalid_request_error` with `fields`, `unknown_resource`, `invalid_auth`,
 * `authorization_required`), or, under `?scenario=scaleway-sdk-errors`, the SDK-era one
 * (`invalid_arguments` with `details`, `not_found`, `denied_authentication`, `permissions_denied`).
 * State errors (`transient_state`, `precondition_failed`, `already_exists`...) only exist in the
 * SDK era, so both families answer them the same way.
 */
export const SCALEWAY_SDK_ERRORS = 'scaleway-sdk-errors';
const sdkEra = () => hasScenario(SCALEWAY_SDK_ERRORS);
/** Both families with the scenarios that select them, for tests that run once per family. */
export const SCALEWAY_ERROR_FAMILIES = [
  ['documented', []],
  ['SDK-era', [SCALEWAY_SDK_ERRORS]],
] as const;

/** Scaleway's `{type, message, fields}` envelope (plus typed extras such as `precondition`). */
export function scalewayError(
  status: number,
  type: string,
  message: string,
  extra: Record<string, unknown> = {},
): HttpResponse<Record<string, unknown>> {
  return HttpResponse.json({ type, message, ...extra }, { status });
}

/** One refused argument, as the SDK era reports it. */
export interface ScalewayArgumentProblem {
  argument_name: string;
  reason: 'required' | 'constraint' | 'format' | 'unknown';
  help_message: string;
}

/** Invalid input: 400 with every refused argument, in the active family. */
export function scalewayInvalidArguments(details: readonly ScalewayArgumentProblem[]): HttpResponse<Record<string, unknown>> {
  if (sdkEra()) return scalewayError(400, 'invalid_arguments', 'invalid argument(s)', { details });
  const fields: Record<string, string[]> = {};
  for (const d of details) (fields[d.argument_name] ??= []).push(d.help_message);
  return scalewayError(400, 'invalid_request_error', 'Validation Error', { fields });
}

export function scalewayFieldErrors(fields: Record<string, string[]>): HttpResponse<Record<string, unknown>> {
  return scalewayInvalidArguments(Object.entries(fields).flatMap(([name, messages]) => messages.map((m) => ({ argument_name: name, reason: 'constraint' as const, help_message: m }))));
}

/** A body that is not JSON: the documented `invalid_request_error`, which the SDK era kept for it. */
export function scalewayBadJson(): HttpResponse<Record<string, unknown>> {
  return scalewayError(400, 'invalid_request_error', 'request body is not valid JSON');
}

/** 404 for an unknown id: `Hub "<id>" not found` (documented) or `not_found` with the resource and its id. */
export function scalewayNotFound(resource: string, id: string): HttpResponse<Record<string, unknown>> {
  if (sdkEra()) return scalewayError(404, 'not_found', `resource ${resource} with ID ${id} is not found`, { resource, resource_id: id });
  const label = resource.replace(/_/g, ' ');
  return scalewayError(404, 'unknown_resource', `${label.charAt(0).toUpperCase()}${label.slice(1)} "${id}" not found`);
}

/** 401 for a refused token. */
export function scalewayUnauthorized(): HttpResponse<Record<string, unknown>> {
  if (sdkEra()) return scalewayError(401, 'denied_authentication', 'denied authentication: invalid api_key format or empty value', { method: 'api_key', reason: 'invalid_argument' });
  return scalewayError(401, 'invalid_auth', 'The token provided is invalid or expired');
}

/** 409 while a resource is changing (enabling, migrating...). */
export function scalewayTransientState(resource: string, id: string, state: string): HttpResponse<Record<string, unknown>> {
  return scalewayError(409, 'transient_state', `resource ${resource} with ID ${id} is in a transient state: ${state}`, { resource, resource_id: id, current_state: state });
}

/** 412 when something else must change first. */
export function scalewayPreconditionFailed(precondition: string, help: string): HttpResponse<Record<string, unknown>> {
  return scalewayError(412, 'precondition_failed', `precondition failed: ${precondition}, ${help}`, { precondition, help_message: help });
}

/** Akamai problem JSON. */
export function akamaiProblem(
  status: number,
  errorCode: string,
  title: string,
  options: { detail?: string; errors?: Array<{ fieldName?: string; title: string; errorCode?: string; type?: string }> } = {},
): HttpResponse<Record<string, unknown>> {
  const type = `/dcp-api/error-types/${errorCode.toUpperCase()}`;
  return HttpResponse.json(
    {
      type,
      title,
      errorCode,
      ...(options.detail ? { detail: options.detail } : {}),
      ...(options.errors ? { errors: options.errors.map((e) => ({ type, ...e })) } : {}),
    },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** Nexigon's ActionError `{kind, message}`. */
export function nexigonError(
  status: number,
  kind: 'Invalid' | 'Forbidden' | 'Internal' | 'RateLimited',
  message: string,
): HttpResponse<Record<string, unknown>> {
  return HttpResponse.json({ kind, message }, { status });
}
