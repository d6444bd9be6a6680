/** Small, total helpers for reading untrusted JSON bodies: they never throw. */

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Caps untrusted text so a hostile body cannot flood the UI. */
export function clip(text: string, max = 500): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [clip(value)];
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string').map((v) => clip(v));
}

/** A field-name map safe for any key an API sends ("constructor", "__proto__"...). */
export function emptyFieldMap(): Record<string, string[]> {
  return Object.create(null) as Record<string, string[]>;
}

export function addFieldError(fields: Record<string, string[]>, name: string, message: string): void {
  const list = Object.hasOwn(fields, name) ? (fields[name] ?? []) : [];
  list.push(clip(message));
  Object.defineProperty(fields, name, { value: list, enumerable: true, writable: true, configurable: true });
}

export function statusText(status: number): string {
  if (status === 0) return 'No response from the server';
  if (status === 400) return 'The request was rejected as invalid';
  if (status === 401) return 'The API token was rejected';
  if (status === 403) return 'The token does not have permission for this action';
  if (status === 404) return 'The resource was not found';
  if (status === 409) return 'The request conflicts with the current state';
  if (status === 412) return 'A precondition failed';
  if (status === 429) return 'Too many requests, slow down';
  if (status >= 500) return `The server failed (HTTP ${status})`;
  return `Request failed (HTTP ${status})`;
}

/**
 * The error for a body that is not the provider's JSON envelope: short plain
 * text is shown as is, HTML error pages and empty bodies become the status text.
 */
export function messageFromRawBody(status: number, rawText: string): string {
  const trimmed = rawText.trim();
  return trimmed && !trimmed.startsWith('<') ? clip(trimmed, 200) : statusText(status);
}
