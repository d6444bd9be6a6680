/**
 * The checks the device forms make before calling the hub, in one place so they can be
 * tested on any input. Each returns a message for the field, or null when the value is fine.
 */
export const NAME_MAX = 255;

/** A device name is optional; the hub takes an empty name as "no name". */
export function deviceNameProblem(name: string): string | null {
  return name.length > NAME_MAX ? `At most ${NAME_MAX} characters (${name.length} now)` : null;
}

/** A property name is required; it is sent trimmed. */
export function propertyNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'Enter a name';
  return trimmed.length > NAME_MAX ? `At most ${NAME_MAX} characters` : null;
}
