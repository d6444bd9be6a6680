import { HttpResponse } from 'msw';

/** Scaleway's `{type, message, fields}` envelope (plus typed extras such as `precondition`). */
export function scalewayError(
  status: number,
  type: string,
  message: string,
  extra: Record<string, unknown> = {},
): HttpResponse<Record<string, unknown>> {
  return HttpResponse.json({ type, message, ...extra }, { status });
}

export function scalewayFieldErrors(fields: Record<string, string[]>): HttpResponse<Record<string, unknown>> {
  return scalewayError(400, 'invalid_request_error', 'Validation Error', { fields });
}

export function scalewayNotFound(resource: string, id: string): HttpResponse<Record<string, unknown>> {
  return scalewayError(404, 'not_found', `${resource} not found`, { resource, resource_id: id });
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
