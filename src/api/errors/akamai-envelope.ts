import { ApiError } from './api-error';
import { addFieldError, asObject, asString, clip, statusText, messageFromRawBody, emptyFieldMap } from './envelope-helpers';

/**
 * Akamai answers problem JSON: `{type, title, errorCode, detail?, errors[]}`,
 * each entry of `errors` possibly naming a `fieldName`. Entries without a field
 * still matter to the user, so they are kept under the `_` key.
 */
export function parseAkamaiError(status: number, body: unknown, rawText = ''): ApiError {
  const obj = asObject(body);
  if (!obj) {
    return new ApiError({
      provider: 'akamai',
      status,
      code: status >= 500 ? 'server_error' : 'http_error',
      message: messageFromRawBody(status, rawText),
    });
  }
  const fields = emptyFieldMap();
  if (Array.isArray(obj.errors)) {
    for (const e of obj.errors) {
      const entry = asObject(e);
      if (!entry) continue;
      const text = asString(entry.detail) ?? asString(entry.title) ?? asString(entry.errorCode);
      if (!text) continue;
      addFieldError(fields, asString(entry.fieldName) ?? '_', text);
    }
  }
  const code = asString(obj.errorCode) ?? lastPathSegment(asString(obj.type)) ?? 'http_error';
  const title = asString(obj.title);
  const detail = asString(obj.detail);
  const message = detail && title ? `${title}: ${detail}` : (detail ?? title ?? statusText(status));
  const details: Record<string, unknown> = {};
  const type = asString(obj.type);
  if (type) details.type = clip(type, 200);
  const instance = asString(obj.instance);
  if (instance) details.instance = clip(instance, 200);
  return new ApiError({ provider: 'akamai', status, code, message: clip(message), fields, details });
}

function lastPathSegment(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const seg = value.split('/').filter(Boolean).pop();
  return seg ? seg.toLowerCase() : undefined;
}
