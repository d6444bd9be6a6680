import { DEFAULT_BASE_URLS, PROVIDERS, PROXY_PREFIX, type ProviderId } from './providers';
import { getRuntimeConfig, type ConnectionMode } from './runtime-config';

/**
 * Connection profiles: one per provider. Everything but the token lives in
 * localStorage. The token lives in sessionStorage unless the user chose
 * "remember on this device"; it is only ever sent as a request header.
 */
export type { ConnectionMode };

export interface ConnectionProfile {
  mode: ConnectionMode;
  baseUrl: string;
  token: string;
  rememberToken: boolean;
  defaultRegion: string;
  projectId: string;
}

const PROFILE_KEY = 'iotc.profiles.v1';
const tokenKey = (provider: ProviderId) => `iotc.token.${provider}`;

export const DEFAULT_REGIONS: Record<ProviderId, string> = { scaleway: 'fr-par', nexigon: '', akamai: 'eu' };
export const DEFAULT_PROJECT_IDS: Record<ProviderId, string> = {
  scaleway: '5d3a4c4e-8f0b-4a52-9a0e-2b7f3c1d9e01',
  nexigon: '',
  akamai: '',
};

type StoredProfile = Omit<ConnectionProfile, 'token'>;
type Profiles = Record<ProviderId, ConnectionProfile>;

/**
 * The modes a provider can use. Akamai requests are signed with EdgeGrid, whose client secret
 * must never reach a browser: only the server proxy (which signs) or the mock can talk to it.
 */
export const PROVIDER_MODES: Record<ProviderId, readonly ConnectionMode[]> = {
  scaleway: ['mock', 'direct', 'proxy'],
  nexigon: ['mock', 'direct', 'proxy'],
  akamai: ['mock', 'proxy'],
};

/** A mode a provider cannot use, read from storage or a server default, becomes the proxy. */
function usableMode(provider: ProviderId, mode: ConnectionMode): ConnectionMode {
  return PROVIDER_MODES[provider].includes(mode) ? mode : 'proxy';
}

/** Providers whose stored mode could not be used (Akamai Direct) and now use another, until the profile is saved again. */
let replacedModes: Partial<Record<ProviderId, ConnectionMode>> = {};

/** The stored mode that was replaced for this provider, if any, so Settings can say so. */
export function replacedMode(provider: ProviderId): ConnectionMode | undefined {
  return replacedModes[provider];
}

/** The server may pin a default mode: `npm run serve` without --demo defaults to the proxy. */
function defaultMode(): ConnectionMode {
  return getRuntimeConfig().defaultMode;
}

export function defaultProfile(provider: ProviderId): ConnectionProfile {
  return {
    mode: usableMode(provider, defaultMode()),
    baseUrl: DEFAULT_BASE_URLS[provider],
    token: '',
    rememberToken: false,
    defaultRegion: DEFAULT_REGIONS[provider],
    projectId: DEFAULT_PROJECT_IDS[provider],
  };
}

function safeStorage(kind: 'local' | 'session'): Storage | undefined {
  try {
    return kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

function readStored(): Partial<Record<ProviderId, Partial<StoredProfile>>> {
  const raw = safeStorage('local')?.getItem(PROFILE_KEY);
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Partial<Record<ProviderId, Partial<StoredProfile>>>) : {};
  } catch {
    return {};
  }
}

function isMode(value: unknown): value is ConnectionMode {
  return value === 'mock' || value === 'direct' || value === 'proxy';
}

function load(): Profiles {
  const stored = readStored();
  const result = {} as Profiles;
  const replaced: Partial<Record<ProviderId, ConnectionMode>> = {};
  for (const provider of PROVIDERS) {
    const base = defaultProfile(provider);
    const s = stored[provider] ?? {};
    const remember = s.rememberToken === true;
    const token = (remember ? safeStorage('local') : safeStorage('session'))?.getItem(tokenKey(provider)) ?? '';
    // A stored Mock choice is void where the server does not serve the mock backend.
    const storedMode = isMode(s.mode) && (s.mode !== 'mock' || getRuntimeConfig().mocks) ? s.mode : undefined;
    const mode = storedMode === undefined ? base.mode : usableMode(provider, storedMode);
    if (storedMode !== undefined && mode !== storedMode) replaced[provider] = storedMode;
    result[provider] = {
      mode,
      baseUrl: typeof s.baseUrl === 'string' && s.baseUrl ? s.baseUrl : base.baseUrl,
      token,
      rememberToken: remember,
      defaultRegion: typeof s.defaultRegion === 'string' && s.defaultRegion ? s.defaultRegion : base.defaultRegion,
      projectId: typeof s.projectId === 'string' ? s.projectId : base.projectId,
    };
  }
  replacedModes = replaced;
  return result;
}

let profiles: Profiles = load();
const listeners = new Set<() => void>();

export function getProfiles(): Profiles {
  return profiles;
}

export function getProfile(provider: ProviderId): ConnectionProfile {
  return profiles[provider];
}

export function subscribeProfiles(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function saveProfile(provider: ProviderId, next: ConnectionProfile): void {
  profiles = { ...profiles, [provider]: { ...next, mode: usableMode(provider, next.mode), baseUrl: next.baseUrl.trim().replace(/\/+$/, '') } };
  replacedModes = { ...replacedModes, [provider]: undefined };
  const toStore: Partial<Record<ProviderId, StoredProfile>> = {};
  for (const p of PROVIDERS) {
    const { token: _token, ...rest } = profiles[p];
    toStore[p] = rest;
  }
  safeStorage('local')?.setItem(PROFILE_KEY, JSON.stringify(toStore));
  // The token is written to exactly one storage, and wiped from the other.
  const local = safeStorage('local');
  const session = safeStorage('session');
  const key = tokenKey(provider);
  local?.removeItem(key);
  session?.removeItem(key);
  if (next.token) (next.rememberToken ? local : session)?.setItem(key, next.token);
  for (const l of listeners) l();
}

/** Reloads from storage, e.g. after another tab changed the settings. */
export function reloadProfiles(): void {
  profiles = load();
  for (const l of listeners) l();
}

export function anyProviderInMockMode(): boolean {
  return getRuntimeConfig().mocks && PROVIDERS.some((p) => profiles[p].mode === 'mock');
}

/** The origin + prefix requests for this provider go to. Mock mode uses this page's origin, where msw answers. */
export function resolveBaseUrl(provider: ProviderId, profile: ConnectionProfile = getProfile(provider)): string {
  switch (profile.mode) {
    case 'mock':
      return globalThis.location?.origin ?? 'http://localhost';
    case 'proxy':
      return `${globalThis.location?.origin ?? ''}${PROXY_PREFIX[provider]}`;
    case 'direct':
      return profile.baseUrl;
  }
}

/** What the header shows: "Mock", "Proxy" or the real host name. */
export function describeConnection(provider: ProviderId, profile: ConnectionProfile = getProfile(provider)): string {
  if (profile.mode === 'mock') return 'Mock';
  if (profile.mode === 'proxy') return `Proxy → ${provider}`;
  try {
    return new URL(profile.baseUrl).host;
  } catch {
    return profile.baseUrl || 'No base URL';
  }
}
