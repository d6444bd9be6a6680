/** Reconnection delays: 1 s, 2 s, 4 s … capped at 30 s, with ±20 % jitter so a fleet of tabs does not stampede. */
export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_MAX_MS = 30_000;

export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const exp = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp * (0.8 + 0.4 * random()));
}

/** CONNACK codes that retrying cannot fix: stop and tell the user. */
export function isFatalConnackCode(code: number): boolean {
  // 3.1.1: 1 protocol, 2 client id, 4 credentials, 5 not authorised.
  // 5.0: 0x84 protocol, 0x85 client id, 0x86 credentials, 0x87 not authorised, 0x8a banned, 0x8c auth method.
  return [1, 2, 4, 5, 0x84, 0x85, 0x86, 0x87, 0x8a, 0x8c].includes(code);
}
