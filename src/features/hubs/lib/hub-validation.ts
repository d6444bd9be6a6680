import { HUB_NAME_MAX } from '../../../api/scaleway-iot/types';

/** The same rules the API applies, so most mistakes are caught before a round trip. */
export function validateHubName(name: string): string | null {
  if (name.trim() === '') return 'Name is required';
  if (name.length > HUB_NAME_MAX) return `At most ${HUB_NAME_MAX} characters (${name.length} now)`;
  return null;
}

export function validateEventsTopicPrefix(prefix: string): string | null {
  if (prefix === '') return 'The events topic prefix must not be empty';
  if (/[+#]/.test(prefix)) return 'MQTT wildcards (+ or #) are not allowed in a topic prefix';
  if (prefix.endsWith('/')) return 'The prefix must not end with "/"';
  if (prefix.includes('\u0000')) return 'The prefix must not contain the null character';
  return null;
}
