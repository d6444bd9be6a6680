import type { ProviderId } from '../providers';

/** Field name (wire name, e.g. `product_plan`) -> human messages. */
export type FieldErrors = Readonly<Record<string, readonly string[]>>;

export interface ApiErrorInit {
  provider: ProviderId;
  status: number;
  code: string;
  message: string;
  fields?: FieldErrors;
  /** Extra provider details kept for display (never headers or tokens). */
  details?: Readonly<Record<string, unknown>>;
}

/**
 * The one error type every provider's failure becomes, so pages can show
 * field errors, retry or point to Settings without knowing which API failed.
 * status 0 means the request never got an HTTP answer (network, CORS, abort).
 */
export class ApiError extends Error {
  readonly provider: ProviderId;
  readonly status: number;
  readonly code: string;
  readonly fields: FieldErrors;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.provider = init.provider;
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? {};
    this.details = init.details ?? {};
  }

  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }

  get hasFieldErrors(): boolean {
    return Object.keys(this.fields).length > 0;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

export function isAbortError(value: unknown): boolean {
  return (
    (value instanceof DOMException && value.name === 'AbortError') ||
    (value instanceof Error && value.name === 'AbortError')
  );
}

/**
 * What to tell a person about a failure: the API's own message when there is one (already
 * worded for people by each provider's envelope parser), an Error's message, else `fallback`.
 */
export function errorMessage(error: unknown, fallback = 'Something went wrong.'): string {
  if (isApiError(error) || error instanceof Error) return error.message || fallback;
  return fallback;
}
