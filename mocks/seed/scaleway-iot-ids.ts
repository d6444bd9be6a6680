/** Ids other code refers to (fixture certificates, e2e tests); the rest of the seed lives in scaleway-iot.ts. */
export const PROJECT_PRODUCTION = '5d3a4c4e-8f0b-4a52-9a0e-2b7f3c1d9e01';
export const PROJECT_STAGING = '8c1e7f20-3b6d-4e8a-b5c2-9d0f1a2b3c4d';
export const ORGANIZATION_ID = '2f9b6a1c-7d3e-4c5f-8a9b-0c1d2e3f4a5b';

export const HUB_IDS = {
  fleetTelemetry: '0b5c7e1a-2f3d-4a6b-8c9d-1e2f3a4b5c6d',
  smartMeters: '1c6d8f2b-3a4e-4b7c-9d0e-2f3a4b5c6d7e',
  coldChain: '2d7e9a3c-4b5f-4c8d-8e1f-3a4b5c6d7e8f',
  evChargers: '3e8f0b4d-5c6a-4d9e-9f2a-4b5c6d7e8f90',
  factoryLine: '4f901c5e-6d7b-4e0f-8a3b-5c6d7e8f9001',
  greenhouse: '5a012d6f-7e8c-4f1a-9b4c-6d7e8f900112',
  railTracking: '6b123e70-8f9d-4a2b-8c5d-7e8f90011223',
  buildingHvac: '7c234f81-9a0e-4b3c-9d6e-8f9001122334',
  waterQuality: '8d345a92-0b1f-4c4d-8e7f-900112233445',
  windFarm: '9e456ba3-1c2a-4d5e-9f80-011223344556',
  retailKiosks: 'af567cb4-2d3b-4e6f-8a91-122334455667',
  parkingSensors: 'b0678dc5-3e4c-4f70-9ba2-233445566778',
  labSandbox: 'c1789ed6-4f5d-4a81-8cb3-344556677889',
  legacyGateway: 'd289afe7-5a6e-4b92-9dc4-45566778899a',
} as const;

/** The hubs' problems, for an overview and the filters to show (and the e2e specs to find). */
export const HUB_PROBLEMS = {
  /** cold-chain-eu (fr-par): status error, no device connected. */
  inError: HUB_IDS.coldChain,
  /** legacy-gateway (fr-par) and retail-kiosks-waw (pl-waw). */
  disabled: [HUB_IDS.legacyGateway, HUB_IDS.retailKiosks],
  /** ev-chargers (fr-par): enabling for days; the API refuses other changes until it settles. */
  stuckEnabling: HUB_IDS.evChargers,
  /** fleet-telemetry-par (fr-par): its custom CA expires within 30 days. */
  caExpiringSoon: { hubId: HUB_IDS.fleetTelemetry, expiresInDays: 12 },
  /** legacy-gateway (fr-par): its custom CA expired. */
  caExpired: { hubId: HUB_IDS.legacyGateway, expiredDaysAgo: 41 },
} as const;
