/** Where a provider's requests go: the embedded mock, the API itself, or the console's own server. */
export type ConnectionMode = 'mock' | 'direct' | 'proxy';

/**
 * What the serving side tells the page (public/config.js, or the value
 * `npm run serve` answers at /config.js). Read once; defaults to the embedded
 * demo when absent.
 */
export interface RuntimeConfig {
  /** The mock backend (msw) can be started. */
  mocks: boolean;
  defaultMode: ConnectionMode;
  /** False when the server's CSP limits API calls to its own origin. */
  directAllowed: boolean;
  /** 'oidc' when `npm run serve --auth oidc` signs people in: the shell shows who, and offers sign-out. */
  auth: 'none' | 'oidc';
}

const DEFAULTS: RuntimeConfig = { mocks: true, defaultMode: 'mock', directAllowed: true, auth: 'none' };

export function getRuntimeConfig(): RuntimeConfig {
  const raw = (globalThis as { __IOTC_CONFIG__?: unknown }).__IOTC_CONFIG__;
  if (typeof raw !== 'object' || raw === null) return DEFAULTS;
  const r = raw as Record<string, unknown>;
  const mode = r.defaultMode;
  return {
    mocks: typeof r.mocks === 'boolean' ? r.mocks : DEFAULTS.mocks,
    defaultMode: mode === 'mock' || mode === 'direct' || mode === 'proxy' ? mode : DEFAULTS.defaultMode,
    directAllowed: typeof r.directAllowed === 'boolean' ? r.directAllowed : DEFAULTS.directAllowed,
    auth: r.auth === 'oidc' ? 'oidc' : 'none',
  };
}
