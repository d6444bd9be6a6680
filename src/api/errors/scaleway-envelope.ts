import { ApiError } from './api-error';
import { addFieldError, asObject, asString, clip, statusText, messageFromRawBody, emptyFieldMap } from './envelope-helpers';

/**
 * Scaleway answers errors as `{type, message, fields}` (legacy, see the API
 * conventions) or as the typed envelopes of the current SDK (`invalid_arguments`
 * with `details[]`, `precondition_failed`, `not_found`, `transient_state`...).
 * Both become one ApiError; `fields` keeps the wire field names.
 */
export function parseScalewayError(status: number, body: unknown, rawText = ''): ApiError {
  const obj = asObject(body);
  if (!obj) {
    return new ApiError({
      provider: 'scaleway',
      status,
      code: status >= 500 ? 'server_error' : 'http_error',
      message: messageFromRawBody(status, rawText),
    });
  }
  const type = asString(obj.type) ?? (status >= 500 ? 'api_error' : 'http_error');
  const fields = emptyFieldMap();
  const rawFields = asObject(obj.fields);
  if (rawFields) {
    for (const [name, value] of Object.entries(rawFields)) {
      if (typeof value === 'string') addFieldError(fields, name, value);
      else if (Array.isArray(value)) for (const m of value) if (typeof m === 'string') addFieldError(fields, name, m);
    }
  }
  if (Array.isArray(obj.details)) {
    for (const d of obj.details) {
      const detail = asObject(d);
      const name = asString(detail?.argument_name);
      if (!detail || !name) continue;
      addFieldError(fields, name, asString(detail.help_message) ?? readableReason(asString(detail.reason)));
    }
  }
  const details: Record<string, unknown> = {};
  for (const key of ['precondition', 'help_message', 'resource', 'resource_id', 'current_state'] as const) {
    const v = asString(obj[key]);
    if (v) details[key] = clip(v, 200);
  }
  const message =
    asString(obj.message) ??
    (typeof details.help_message === 'string' ? details.help_message : undefined) ??
    statusText(status);
  return new ApiError({ provider: 'scaleway', status, code: type, message: clip(message), fields, details });
}

function readableReason(reason: string | undefined): string {
  switch (reason) {
    case 'required':
      return 'is required';
    case 'format':
      return 'is wrongly formatted';
    case 'constraint':
      return 'does not respect a constraint';
    default:
      return 'is invalid';
  }
}
