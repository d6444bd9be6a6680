import { LB_NAME_MAX, PORT_MAX, PORT_MIN } from '../../../api/scaleway-lb/types';

/** The same rules the API applies, so most mistakes are caught before a round trip. */
export function validateLbName(name: string): string | null {
  if (name.trim() === '') return 'Name is required';
  if (name.length > LB_NAME_MAX) return `At most ${LB_NAME_MAX} characters (${name.length} now)`;
  return null;
}

export function validateTags(tags: readonly string[]): string | null {
  const long = tags.find((t) => t.length > 128);
  if (long) return `Tag "${long.slice(0, 20)}…" is longer than 128 characters`;
  return null;
}

export function validatePort(port: unknown): string | null {
  if (typeof port !== 'number' || !Number.isInteger(port)) return 'Enter a port number';
  if (port < PORT_MIN || port > PORT_MAX) return `A port is between ${PORT_MIN} and ${PORT_MAX}`;
  return null;
}

/** Milliseconds as typed in a NumberInput ('' when empty). */
export function validateOptionalMs(value: number | string, { max = 86_400_000, label = 'The value' } = {}): string | null {
  if (value === '' || value === undefined) return null;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) return `${label} must be 0 or more`;
  if (n > max) return `${label} must be at most ${max / 1000} s`;
  return null;
}

const HOSTNAME = /^(?=.{1,253}$)(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;

export function validateDomain(value: string, { wildcard = false, required = true } = {}): string | null {
  const v = value.trim();
  if (v === '') return required ? 'Enter a domain name' : null;
  if (/^https?:\/\//i.test(v)) return 'Enter the domain name only, without https://';
  if (!HOSTNAME.test(v)) return `"${v}" is not a valid domain name`;
  if (!wildcard && v.startsWith('*.')) return 'Wildcards are not allowed here';
  return null;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
