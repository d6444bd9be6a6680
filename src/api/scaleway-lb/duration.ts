/**
 * Durations on the Load Balancer wire (timeout_server, check_delay, …) are
 * protobuf Durations in their JSON form: a decimal number of seconds with an
 * "s" suffix ("5s", "0.500s", "1.000000001s"). The SDK types them as string.
 * The console works in milliseconds, as the API reference describes them.
 */
const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Milliseconds from a wire duration, or null when absent or unreadable.
 * Also reads Go's compound form ("1m30s", "250ms") that some Scaleway
 * tools print, so a value pasted from them works too.
 */
export function durationToMs(value: string | null | undefined): number | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  const parts = text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g);
  let total = 0;
  let consumed = 0;
  for (const [whole, amount, unit] of parts) {
    total += Number(amount) * (UNIT_MS[unit ?? 's'] ?? 0);
    consumed += whole.length;
  }
  if (consumed !== text.length || consumed === 0) return null;
  return Math.round(total * 1000) / 1000;
}

/** The wire form of a duration in milliseconds: "5s", "2.5s", "0.25s". */
export function msToDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '0s';
  const seconds = Math.round(ms) / 1000;
  return `${Number(seconds.toFixed(3))}s`;
}

/** For display: "5 s", "250 ms", "2 min 30 s", "—" when unset. */
export function formatDurationMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${Number((ms / 1000).toFixed(3))} s`;
  const minutes = Math.floor(ms / 60_000);
  const rest = Math.round((ms % 60_000) / 1000);
  if (minutes < 60) return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
}

export function formatWireDuration(value: string | null | undefined): string {
  return formatDurationMs(durationToMs(value));
}
