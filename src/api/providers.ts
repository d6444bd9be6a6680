/** The three accounts behind the console. Scaleway covers both IoT Hub and Load Balancer. */
export const PROVIDERS = ['scaleway', 'nexigon', 'akamai'] as const;
export type ProviderId = (typeof PROVIDERS)[number];

export const PROVIDER_LABELS: Record<ProviderId, string> = {
  scaleway: 'Scaleway',
  nexigon: 'Nexigon Hub',
  akamai: 'Akamai IoT Edge Connect',
};

export const SCALEWAY_REGIONS = ['fr-par', 'nl-ams', 'pl-waw'] as const;
export type ScalewayRegion = (typeof SCALEWAY_REGIONS)[number];

export function isScalewayRegion(value: unknown): value is ScalewayRegion {
  return typeof value === 'string' && (SCALEWAY_REGIONS as readonly string[]).includes(value);
}

export const AKAMAI_JURISDICTIONS = ['na', 'eu', 'jp', 'cn', 'sk', 'br', 'xw'] as const;
export type AkamaiJurisdiction = (typeof AKAMAI_JURISDICTIONS)[number];

/** Where the real APIs live when a profile is switched to Direct. */
export const DEFAULT_BASE_URLS: Record<ProviderId, string> = {
  scaleway: 'https://api.scaleway.com',
  nexigon: 'https://demo.nexigon.cloud',
  akamai: 'https://akab-xxxxxxxx.luna.akamaiapis.net',
};

/** Same-origin prefix served by `npm run serve` (scripts/serve). */
export const PROXY_PREFIX: Record<ProviderId, string> = {
  scaleway: '/proxy/scaleway',
  nexigon: '/proxy/nexigon',
  akamai: '/proxy/akamai',
};
