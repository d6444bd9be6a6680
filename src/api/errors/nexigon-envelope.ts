import { ApiError } from './api-error';
import { asObject, asString, clip, statusText, messageFromRawBody } from './envelope-helpers';

/**
 * Nexigon actions fail with `{kind, message}` (`ActionError`: Invalid,
 * Forbidden, Internal, RateLimited), sometimes wrapped as an `ActionResult`
 * `{result: "Error", kind, message}`. Nexigon has no per-field errors.
 */
export function parseNexigonError(status: number, body: unknown, rawText = ''): ApiError {
  const obj = asObject(body);
  const kind = asString(obj?.kind);
  const message = asString(obj?.message) ?? asString(obj?.error);
  if (!obj || (!kind && !message)) {
    return new ApiError({
      provider: 'nexigon',
      status,
      code: status >= 500 ? 'Internal' : 'http_error',
      message: messageFromRawBody(status, rawText),
    });
  }
  if (status === 429 || kind === 'RateLimited') {
    return new ApiError({
      provider: 'nexigon',
      status,
      code: 'RateLimited',
      message: `Nexigon Hub is limiting the request rate (too many requests)${message ? `: ${clip(message)}` : ''}.`,
    });
  }
  return new ApiError({
    provider: 'nexigon',
    status,
    code: kind ?? 'http_error',
    message: clip(message ?? statusText(status)),
  });
}
