import type { Hub, HubProductPlan, HubStatus } from '../../src/api/scaleway-iot/types';
import { SMART_METERS_CA_PEM } from '../fixtures/certificates.gen';
import { rollingValidity, type RollingCa } from '../lib/rolling-ca';
import { HUB_IDS, HUB_PROBLEMS, ORGANIZATION_ID, PROJECT_PRODUCTION, PROJECT_STAGING } from './scaleway-iot-ids';

/** What the mock keeps per hub beyond the wire fields. */
export interface MockHub extends Hub {
  ca_cert_pem: string | null;
  /** A seeded CA whose validity follows the clock, signed when first asked for (mocks/lib/rolling-ca.ts). */
  ca_rolling: RollingCa | null;
  /** A transient status (enabling/disabling) settles into this one at `at` (epoch ms). */
  settle: { status: HubStatus; at: number } | null;
}

interface HubSeed {
  id: string;
  name: string;
  region: 'fr-par' | 'nl-ams' | 'pl-waw';
  project: string;
  plan: HubProductPlan;
  status: HubStatus;
  devices: number;
  connected: number;
  created: string;
  updated: string;
  disableEvents?: boolean;
  prefix?: string;
  ca?: string;
  /** A custom CA expiring this many days from today (negative: expired that long ago). */
  rollingCa?: { subject: string; serial: string; expiresInDays: number; lifetimeDays: number };
  autoProvisioning?: boolean;
}

const seeds: HubSeed[] = [
  // Its device CA runs out in a few days: devices it signed stop connecting then.
  {
    id: HUB_IDS.fleetTelemetry,
    name: 'fleet-telemetry-par',
    region: 'fr-par',
    project: PROJECT_PRODUCTION,
    plan: 'plan_ha',
    status: 'ready',
    devices: 1240,
    connected: 1187,
    created: '2025-03-04T08:12:44Z',
    updated: '2026-10-28T16:02:10Z',
    rollingCa: { subject: 'CN=Acme Fleet Device CA 2024, O=Acme IoT, C=FR', serial: '4101', expiresInDays: HUB_PROBLEMS.caExpiringSoon.expiresInDays, lifetimeDays: 730 },
  },
  { id: HUB_IDS.smartMeters, name: 'smart-meters-prod', region: 'fr-par', project: PROJECT_PRODUCTION, plan: 'plan_dedicated', status: 'ready', devices: 860, connected: 842, created: '2025-02-11T10:30:00Z', updated: '2026-09-14T09:45:31Z', ca: SMART_METERS_CA_PEM, autoProvisioning: true },
  { id: HUB_IDS.coldChain, name: 'cold-chain-eu', region: 'fr-par', project: PROJECT_PRODUCTION, plan: 'plan_dedicated', status: 'error', devices: 312, connected: 0, created: '2025-05-19T13:05:12Z', updated: '2026-11-20T07:58:03Z' },
  { id: HUB_IDS.evChargers, name: 'ev-chargers', region: 'fr-par', project: PROJECT_PRODUCTION, plan: 'plan_shared', status: 'enabling', devices: 96, connected: 0, created: '2026-11-19T15:20:00Z', updated: '2026-11-22T18:40:00Z' },
  { id: HUB_IDS.labSandbox, name: 'lab-sandbox', region: 'fr-par', project: PROJECT_STAGING, plan: 'plan_shared', status: 'ready', devices: 4, connected: 2, created: '2026-01-08T09:00:00Z', updated: '2026-10-02T11:11:11Z', prefix: '$SCW/lab-events' },
  // Disabled since its devices were migrated; nobody renewed its CA either.
  {
    id: HUB_IDS.legacyGateway,
    name: 'legacy-gateway',
    region: 'fr-par',
    project: PROJECT_STAGING,
    plan: 'plan_shared',
    status: 'disabled',
    devices: 0,
    connected: 0,
    created: '2024-09-30T17:45:00Z',
    updated: '2026-03-12T08:00:00Z',
    disableEvents: true,
    rollingCa: { subject: 'CN=Acme Legacy Gateway CA, O=Acme IoT, C=FR', serial: '4102', expiresInDays: -HUB_PROBLEMS.caExpired.expiredDaysAgo, lifetimeDays: 1095 },
  },
  { id: HUB_IDS.factoryLine, name: 'factory-line-3', region: 'nl-ams', project: PROJECT_PRODUCTION, plan: 'plan_ha', status: 'ready', devices: 412, connected: 398, created: '2025-06-02T06:15:00Z', updated: '2026-11-01T12:00:00Z' },
  { id: HUB_IDS.greenhouse, name: 'greenhouse-sensors', region: 'nl-ams', project: PROJECT_PRODUCTION, plan: 'plan_shared', status: 'disabling', devices: 58, connected: 12, created: '2025-08-21T10:10:10Z', updated: '2026-11-22T21:05:00Z' },
  { id: HUB_IDS.waterQuality, name: 'water-quality-ams', region: 'nl-ams', project: PROJECT_STAGING, plan: 'plan_shared', status: 'ready', devices: 23, connected: 19, created: '2026-02-14T14:00:00Z', updated: '2026-08-30T10:20:00Z' },
  { id: HUB_IDS.railTracking, name: 'rail-tracking', region: 'nl-ams', project: PROJECT_PRODUCTION, plan: 'plan_unknown', status: 'unknown', devices: 0, connected: 0, created: '2026-11-22T23:59:00Z', updated: '2026-11-22T23:59:00Z' },
  { id: HUB_IDS.buildingHvac, name: 'building-hvac', region: 'pl-waw', project: PROJECT_PRODUCTION, plan: 'plan_dedicated', status: 'ready', devices: 530, connected: 501, created: '2025-04-17T07:30:00Z', updated: '2026-10-10T10:10:00Z' },
  { id: HUB_IDS.windFarm, name: 'wind-farm-scada', region: 'pl-waw', project: PROJECT_PRODUCTION, plan: 'plan_ha', status: 'ready', devices: 144, connected: 144, created: '2025-01-05T05:05:05Z', updated: '2026-07-07T07:07:07Z' },
  { id: HUB_IDS.retailKiosks, name: 'retail-kiosks-waw', region: 'pl-waw', project: PROJECT_STAGING, plan: 'plan_shared', status: 'disabled', devices: 37, connected: 0, created: '2025-11-11T11:11:11Z', updated: '2026-05-05T15:00:00Z' },
  { id: HUB_IDS.parkingSensors, name: 'parking-sensors', region: 'pl-waw', project: PROJECT_STAGING, plan: 'plan_shared', status: 'ready', devices: 275, connected: 201, created: '2026-04-01T08:00:00Z', updated: '2026-11-18T19:30:00Z' },
];

export function hubEndpoint(region: string, plan: HubProductPlan, id: string): string {
  return plan === 'plan_shared' || plan === 'plan_unknown' ? `iot.${region}.scw.cloud` : `${id.slice(0, 8)}.iot.${region}.scw.cloud`;
}

export function seedHubs(now = Date.now()): MockHub[] {
  return seeds.map((s) => ({
    id: s.id,
    name: s.name,
    status: s.status,
    product_plan: s.plan,
    enabled: s.status !== 'disabled' && s.status !== 'disabling',
    device_count: s.devices,
    connected_device_count: s.connected,
    endpoint: hubEndpoint(s.region, s.plan, s.id),
    disable_events: s.disableEvents ?? false,
    events_topic_prefix: s.prefix ?? '$SCW/events',
    region: s.region,
    created_at: s.created,
    updated_at: s.updated,
    project_id: s.project,
    organization_id: ORGANIZATION_ID,
    enable_device_auto_provisioning: s.autoProvisioning ?? false,
    has_custom_ca: Boolean(s.ca ?? s.rollingCa),
    twins_graphite_config: null,
    ca_cert_pem: s.ca ?? null,
    ca_rolling: s.rollingCa ? { subject: s.rollingCa.subject, serial: s.rollingCa.serial, ...rollingValidity(now, s.rollingCa.expiresInDays, s.rollingCa.lifetimeDays) } : null,
    settle: null,
  }));
}
