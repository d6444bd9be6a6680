import * as z from 'zod/mini';
import { CONSOLE_HEADER, isSignInRequiredResponse, reportSignInRequired, SESSION_EXPIRED_MESSAGE } from './console-auth';
import { ApiError, isAbortError } from './errors/api-error';
import { addFieldError, clip, emptyFieldMap } from './errors/envelope-helpers';
import { getProfile, resolveBaseUrl } from './profiles';
import { withRetryAfter } from './rate-limit';
import type { ProviderId } from './providers';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | undefined | null | readonly string[];

/** May be asynchronous, so a provider can load its envelope reader on its first error. */
export type ErrorParser = (status: number, body: unknown, rawText: string) => ApiError | Promise<ApiError>;

export interface RequestOptions<T> {
  method: HttpMethod;
  path: string;
  query?: Readonly<Record<string, QueryValue>>;
  body?: unknown;
  signal?: AbortSignal;
  /** Validates the response at the boundary; a mismatch becomes an ApiError, never a crash deeper in a page. */
  schema?: z.ZodMiniType<T>;
  headers?: Readonly<Record<string, string>>;
}

/** For endpoints that answer 204 or an empty object: anything is accepted, nothing is returned. */
export const noContent: z.ZodMiniType<void> = z.pipe(z.unknown(), z.transform((): void => undefined));

export interface ProviderTransport {
  provider: ProviderId;
  /** Turns the stored token into the provider's auth header (name, value). */
  authHeader: (token: string) => readonly [string, string] | undefined;
  parseError: ErrorParser;
}

/** A provider that takes the stored token as `Authorization: Bearer <token>`. */
export function bearerTransport(provider: ProviderId, parseError: ErrorParser): ProviderTransport {
  return { provider, authHeader: (token) => ['Authorization', `Bearer ${token}`], parseError };
}

export function buildUrl(base: string, path: string, query?: Readonly<Record<string, QueryValue>>): string {
  const url = new URL(base.replace(/\/+$/, '') + path);
  if (query) {
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null || value === '') continue;
      if (Array.isArray(value)) for (const v of value) url.searchParams.append(key, String(v));
      else url.searchParams.set(key, String(value));
    }
  }
  return url.toString();
}

/**
 * One fetch for every provider: base URL and auth from the connection profile,
 * JSON in and out, and every failure (HTTP error, non-JSON body, network,
 * response shape) turned into the provider's ApiError. Aborts are rethrown
 * untouched so React Query can cancel quietly.
 */
export async function request<T>(transport: ProviderTransport, options: RequestOptions<T>): Promise<T> {
  const { provider } = transport;
  const profile = getProfile(provider);
  let url: string;
  try {
    url = buildUrl(resolveBaseUrl(provider, profile), options.path, options.query);
  } catch {
    throw new ApiError({ provider, status: 0, code: 'invalid_base_url', message: 'The base URL in Settings is not a valid URL.' });
  }
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const auth = profile.token && profile.mode !== 'mock' ? transport.authHeader(profile.token) : undefined;
  if (auth) headers[auth[0]] = auth[1];
  // Only the console's own server sees its header and the session cookie: in Direct mode an
  // unknown header would fail the real API's CORS check, and no cookie of ours belongs there.
  const viaProxy = profile.mode === 'proxy';
  if (viaProxy) headers[CONSOLE_HEADER] = '1';

  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: viaProxy ? 'same-origin' : 'omit',
    });
  } catch (error) {
    if (isAbortError(error) || options.signal?.aborted) throw error;
    throw new ApiError({
      provider,
      status: 0,
      code: 'network_error',
      message: `Could not reach ${describeTarget(url)}. Check the network, the base URL, and that the server allows this origin (CORS).`,
    });
  }

  if (viaProxy && isSignInRequiredResponse(response)) {
    reportSignInRequired();
    throw new ApiError({ provider, status: 401, code: 'sign_in_required', message: SESSION_EXPIRED_MESSAGE });
  }

  const read = await readText(response, options.signal);
  // A success whose body was cut off is not a success: an empty answer would pass for "no content".
  if (read === null && response.ok) {
    throw new ApiError({ provider, status: response.status, code: 'network_error', message: `The connection to ${describeTarget(url)} dropped while the answer was being read. Try again.` });
  }
  const text = read ?? '';
  let body: unknown = undefined;
  let jsonOk = true;
  if (text.trim().length > 0) {
    try {
      body = JSON.parse(text);
    } catch {
      jsonOk = false;
    }
  }
  if (!response.ok) {
    const error = await transport.parseError(response.status, jsonOk ? body : undefined, text);
    // A rate limit says when to come back; the retry policies read it from the error.
    throw redactToken(response.status === 429 ? withRetryAfter(error, response.headers.get('Retry-After')) : error, profile.token);
  }
  if (!jsonOk) {
    throw new ApiError({
      provider,
      status: response.status,
      code: 'invalid_response',
      message: `The server answered HTTP ${response.status} with a body that is not JSON${hint(text)}.`,
    });
  }
  if (!options.schema) return body as T;
  const parsed = options.schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError({
      provider,
      status: response.status,
      code: 'invalid_response',
      message: `The server's answer does not have the expected shape${issue ? ` (${issue.path.join('.') || 'body'}: ${clip(issue.message, 120)})` : ''}.`,
    });
  }
  return parsed.data;
}

/** A hostile or careless server may echo the token back; it never reaches the UI. */
function redactToken(error: ApiError, token: string): ApiError {
  if (!token || token.length < 4) return error;
  const scrub = (text: string) => text.split(token).join('[redacted]');
  const fields = emptyFieldMap();
  for (const [name, messages] of Object.entries(error.fields)) for (const m of messages) addFieldError(fields, name, scrub(m));
  return new ApiError({
    provider: error.provider,
    status: error.status,
    code: scrub(error.code),
    message: scrub(error.message),
    fields,
    details: JSON.parse(scrub(JSON.stringify(error.details))) as Record<string, unknown>,
  });
}

/** The body as text, or null when it could not be read (the connection dropped). */
async function readText(response: Response, signal?: AbortSignal): Promise<string | null> {
  try {
    return await response.text();
  } catch (error) {
    if (isAbortError(error) || signal?.aborted) throw error;
    return null;
  }
}

function describeTarget(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the server';
  }
}

function hint(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('<')) return ' (an HTML page: is the base URL right?)';
  return trimmed ? ` ("${clip(trimmed, 60)}")` : '';
}
