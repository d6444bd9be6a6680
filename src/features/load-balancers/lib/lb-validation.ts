import { LB_NAME_MAX } from '../../../api/scaleway-lb/types';

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

/** Milliseconds as typed in a NumberInput ('' when empty). */
export function validateOptionalMs(value: number | string, { max = 86_400_000, label = 'The value' } = {}): string | null {
  if (value === '' || value === undefined) return null;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) return `${label} must be 0 or more`;
  if (n > max) return `${label} must be at most ${max / 1000} s`;
  return null;
}

