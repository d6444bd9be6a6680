import { ORGANIZATION_ID } from './scaleway-iot-ids';

/** Ids other code refers to (e2e tests, docs); the rest of the load balancer seed lives in scaleway-lb.ts. */
export const LB_IDS = {
  mqttIngress: '3f1d2c4b-5a6e-4f70-8a91-0b2c3d4e5f60',
  deviceApi: '4a2e3d5c-6b7f-4081-9ba2-1c3d4e5f6071',
  otaUpdates: '5b3f4e6d-7c80-4192-8cb3-2d4e5f607182',
  stagingGateway: '6c405f7e-8d91-42a3-9dc4-3e5f60718293',
  legacyCoap: '7d51607f-9ea2-43b4-8ed5-4f60718293a4',
  factoryEdge: '8e627180-afb3-44c5-9fe6-50718293a4b5',
  telemetryAms: '9f738291-b0c4-45d6-8af7-618293a4b5c6',
  hvacApi: 'a08493a2-c1d5-46e7-9b08-7293a4b5c6d7',
  windScada: 'b195a4b3-d2e6-47f8-8c19-83a4b5c6d7e8',
} as const;

/**
 * Organizations owning load balancers: the fleet's own, and a contractor's that runs
 * staging-gateway (and its IP) for the firmware teams, so the organization filter has something to show.
 */
export const LB_ORGANIZATIONS = {
  fleet: ORGANIZATION_ID,
  contractor: 'e4c2d7f1-9a3b-4c6d-8e5f-7a1b2c3d4e5f',
} as const;

/** Flexible IPs the e2e tests look for after deleting a load balancer. */
export const LB_IP_ADDRESSES = {
  otaUpdates: '51.159.26.77',
  legacyCoap: '62.210.44.118',
  /** Spare (detached) IPv4 addresses, one per zone with a load balancer to attach them to. */
  spareParis: '51.159.112.41',
  spareWarsaw: '151.115.90.12',
  /** mqtt-ingress-par's IPv4 (fr-par-1). */
  mqttIngress: '51.159.24.17',
} as const;

/** The load balancers' problems, for an overview and the filters to show (and the e2e specs to find). */
export const LB_PROBLEMS = {
  /** telemetry-ams (nl-ams): status error after a hypervisor incident; its servers all report stopped. */
  inError: LB_IDS.telemetryAms,
  /** wind-scada-waw (pl-waw): locked by Scaleway support; changes are refused. */
  locked: LB_IDS.windScada,
  /** Servers whose health check fails on every instance of their load balancer (backend statistics). */
  serversDown: [
    { lbId: LB_IDS.mqttIngress, backend: 'mqtt-brokers', ip: '10.12.0.13', downForHours: 26 },
    { lbId: LB_IDS.deviceApi, backend: 'firmware-cdn', ip: '10.20.2.32', downForHours: 3 },
  ],
  /** TLS certificates worth a look: days left (negative: expired that long ago), or failed. */
  certificates: {
    fleetWildcard: { lbId: LB_IDS.deviceApi, name: 'fleet-wildcard', daysLeft: 12.5 },
    legacyMeters: { lbId: LB_IDS.legacyCoap, name: 'legacy-meters', daysLeft: 4.5 },
    mqttFleet2025: { lbId: LB_IDS.mqttIngress, name: 'mqtt-fleet-2025', daysLeft: -9 },
    hvac2024: { lbId: LB_IDS.hvacApi, name: 'hvac-2024', daysLeft: -3.2 },
    stagingLe: { lbId: LB_IDS.stagingGateway, name: 'staging-le', status: 'error' },
  },
} as const;
