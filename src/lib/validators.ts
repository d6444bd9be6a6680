/**
 * Field checks shared by every area's forms. Each returns a message for the field, or null
 * when the value is fine, and never throws on any input (see validators.property.test.ts).
 */

export const PORT_MIN = 1;
export const PORT_MAX = 65535;

export function validatePort(port: unknown): string | null {
  if (typeof port !== 'number' || !Number.isInteger(port)) return 'Enter a port number';
  if (port < PORT_MIN || port > PORT_MAX) return `A port is between ${PORT_MIN} and ${PORT_MAX}`;
  return null;
}

/** RFC 1123 labels, a top-level label that is not all digits, at most 253 characters. */
const HOSTNAME = /^(?=.{1,253}$)(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;

/** A fully qualified host (domain) name; `wildcard` allows one leading `*.`. */
export function validateHostname(value: string, { wildcard = false, required = true } = {}): string | null {
  const v = String(value ?? '').trim();
  if (v === '') return required ? 'Enter a domain name' : null;
  if (/^https?:\/\//i.test(v)) return 'Enter the domain name only, without https://';
  if (!HOSTNAME.test(v)) return `"${v}" is not a valid domain name`;
  if (!wildcard && v.startsWith('*.')) return 'Wildcards are not allowed here';
  return null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(String(value ?? '').trim());
}

export function validateEmail(value: string, { required = true } = {}): string | null {
  const v = String(value ?? '').trim();
  if (v === '') return required ? 'Enter an email address' : null;
  return isEmail(v) ? null : 'Enter an email address';
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function validateUuid(value: string, what = 'This ID'): string | null {
  return UUID_PATTERN.test(String(value ?? '').trim()) ? null : `${what} is a UUID`;
}
