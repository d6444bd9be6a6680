/**
 * Failure scenarios of the mock backend, chosen with `?scenario=` on any page
 * (comma-separated, e.g. `?scenario=slow,server-error`). The choice is kept in
 * sessionStorage so it survives in-app navigation, and `?scenario=none` clears it.
 * Shared by the mock handlers (which act on it) and the app shell (which shows it).
 *
 * Every generic scenario also has a provider-prefixed form that reaches only that
 * provider's handlers, e.g. `?scenario=nexigon:unauthorized` or `scaleway:slow`, so one
 * provider can fail while the others answer (the overview's tiles fail one by one).
 */
const KEY = 'iotc.mock.scenario';
const listeners = new Set<() => void>();

export const GENERIC_SCENARIOS = ['server-error', 'slow', 'unauthorized', 'unreachable'] as const;
export type GenericScenario = (typeof GENERIC_SCENARIOS)[number];

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function getScenarios(): readonly string[] {
  const raw = storage()?.getItem(KEY) ?? '';
  return raw ? raw.split(',').filter(Boolean) : [];
}

export function hasScenario(name: string): boolean {
  return getScenarios().includes(name);
}

/** A generic scenario for one provider: active when chosen for all (`slow`) or for that provider (`akamai:slow`). */
export function hasProviderScenario(provider: string, name: GenericScenario): boolean {
  const scenarios = getScenarios();
  return scenarios.includes(name) || scenarios.includes(`${provider}:${name}`);
}

/** Scenarios may carry an argument, e.g. `fail-device:<id>`; returns the arguments of every match. */
export function scenarioArguments(name: string): string[] {
  const prefix = `${name}:`;
  return getScenarios()
    .filter((s) => s.startsWith(prefix))
    .map((s) => s.slice(prefix.length));
}

export function setScenarios(next: readonly string[]): void {
  const clean = next.map((s) => s.trim()).filter((s) => s && s !== 'none');
  if (clean.length) storage()?.setItem(KEY, clean.join(','));
  else storage()?.removeItem(KEY);
  for (const l of listeners) l();
}

export function subscribeScenarios(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reads `?scenario=` once at start-up. */
export function captureScenarioFromUrl(search: string): void {
  const value = new URLSearchParams(search).get('scenario');
  if (value === null) return;
  setScenarios(value.split(','));
}
