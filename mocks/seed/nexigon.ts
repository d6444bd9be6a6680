import type { EventSeverity } from '../../src/api/nexigon/types';
import type { WireAuditLogEvent, WireDeviceCertificate, WireDeviceEvent, WireDeviceProperty, WireDeviceCertificateStatus } from '../../src/api/nexigon/wire';
import { createRng, hashString, type Rng } from '../lib/random';
import { FLEET_PROJECTS, fleetDevices, type Flavour } from './fleet';
import { commandManifest } from './nexigon-commands';
import {
  AUDIT_USERS,
  CLUSTER_NODES,
  DEVICE_PROBLEMS,
  DEPLOYMENT_TOKEN_IDS,
  ORG_API_TOKEN_IDS,
  ORGANIZATION_ID,
  USER_TOKEN_IDS,
  base58,
  nexigonIds,
  seededBase58,
  type SeedDevice,
} from './nexigon-ids';

/**
 * Seed of the Nexigon Hub mock: the fleet's 2,400 devices (mocks/seed/fleet.ts,
 * shared with the MQTT simulator) with a fingerprint each; their certificates,
 * properties, events and audit log are generated per device on first access.
 * The problems worth a look (conflicts, a pending rollout) are in DEVICE_PROBLEMS.
 * Times are offsets from the moment the mock starts, so the data looks recent.
 */
export const SEED_NOW = Date.now();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

export interface MockProject {
  projectId: string;
  name: string;
}

export interface MockDevice {
  deviceId: string;
  projectId: string;
  name: string | null;
  /** The secret `d_sk_` fingerprint; the API only ever shows its `d_pk_` id. */
  fingerprint: string;
  hostname: string | null;
  firstSeen: string;
  /** Where the device sits in its project (drives the generated data's flavour). */
  flavour: Flavour;
}

export type { Flavour };
const FLAVOURS: Record<string, Flavour> = {};
for (const p of FLEET_PROJECTS) FLAVOURS[p.projectId] = p.prefix as Flavour;
export const flavourOf = (projectId: string): Flavour => FLAVOURS[projectId] ?? 'meter';

export function seedProjects(): MockProject[] {
  return FLEET_PROJECTS.map((p) => ({ projectId: p.projectId, name: p.name }));
}

export function deviceFingerprint(seed: string): string {
  return `d_sk_${seededBase58(`fingerprint:${seed}`, 44)}`;
}

export function seedDevices(): MockDevice[] {
  return fleetDevices().map((d) => {
    const h = hashString(d.deviceId);
    return {
      deviceId: d.deviceId,
      projectId: d.projectId,
      name: d.name,
      fingerprint: deviceFingerprint(d.deviceId),
      hostname: d.name ? `${d.name}.${flavourOf(d.projectId)}s.fleet.internal` : null,
      firstSeen: iso(SEED_NOW - (30 + (h % 420)) * DAY - (h % 86_400) * 1000),
      flavour: flavourOf(d.projectId),
    };
  });
}

// Certificates: every device has its active one; a few have a history, a pending key or a conflict.

function certificateFingerprint(rng: Rng): string {
  return Array.from({ length: 32 }, () => rng.hex(1).toUpperCase()).join(':');
}

/** A device's part in a seeded conflict: the fingerprint it shares, with whom, and when. */
export interface ConflictPart {
  fingerprint: string;
  peer: SeedDevice;
  /** When this device first presented the certificate. */
  since: number;
  /** When the copy connected and the hub marked the certificate Conflict on both devices. */
  flaggedAt: number;
}

export function conflictOf(deviceId: string): ConflictPart | undefined {
  for (const [i, pair] of DEVICE_PROBLEMS.certificateConflicts.entries()) {
    const [original, copy] = pair.devices;
    const peer = original.id === deviceId ? copy : copy.id === deviceId ? original : undefined;
    if (!peer) continue;
    const flaggedAt = SEED_NOW - pair.daysAgo * DAY;
    return { fingerprint: certificateFingerprint(createRng(`conflict:${i}`)), peer, since: peer === copy ? flaggedAt - 90 * DAY : flaggedAt, flaggedAt };
  }
  return undefined;
}

const PENDING_ROLLOUT = new Set<string>(DEVICE_PROBLEMS.pendingRollout.map((d) => d.id));

/** Which certificates a device has beyond its active one. Deterministic per device id. */
export function certificateStory(deviceId: string) {
  const lab = deviceId === DEVICE_PROBLEMS.labMeter.id;
  const share = (what: string, percent: number) => hashString(`${what}:${deviceId}`) % 1000 < percent * 10;
  return {
    /** An older certificate withdrawn when the device was re-keyed. */
    revoked: lab || share('revoked', 8),
    /** A certificate nobody recognised, refused by an operator. */
    rejected: lab || share('rejected', 3),
    /** Building B2's rollout last week, plus a device here and there that presented a new key. */
    pending: lab || PENDING_ROLLOUT.has(deviceId) ? 'rollout' : share('pending', 2) ? 'recent' : null,
    conflict: conflictOf(deviceId),
  } as const;
}

export function seedCertificates(device: MockDevice): WireDeviceCertificate[] {
  const rng = createRng(`certs:${device.deviceId}`);
  const firstSeen = Date.parse(device.firstSeen);
  const story = certificateStory(device.deviceId);
  const cert = (status: WireDeviceCertificateStatus, at: number, fingerprint = certificateFingerprint(rng)): WireDeviceCertificate => ({
    certificateId: nexigonIds.certificate(device.deviceId, base58(rng, 8)),
    status,
    fingerprint,
    firstSeen: iso(at),
  });
  const certificates: WireDeviceCertificate[] = [];
  if (story.revoked) certificates.push(cert('Revoked', firstSeen));
  if (story.rejected) certificates.push(cert('Rejected', firstSeen + 3 * DAY + rng.int(0, DAY)));
  certificates.push(cert('Active', firstSeen + 20 * DAY + rng.int(0, 5 * DAY)));
  if (story.conflict) certificates.push(cert('Conflict', story.conflict.since, story.conflict.fingerprint));
  if (story.pending === 'rollout') certificates.push(cert('Pending', SEED_NOW - 6 * DAY + rng.int(0, 8 * HOUR)));
  if (story.pending === 'recent') certificates.push(cert('Pending', SEED_NOW - rng.int(1, 48) * HOUR));
  return certificates;
}

// Properties: what the Nexigon agent reports (dev.nexigon.*) and what operators configure.

export type HealthStatus = 'healthy' | 'degraded' | 'error';
export function seededHealth(deviceId: string): HealthStatus {
  const b = hashString(`health:${deviceId}`) % 100;
  return b < 84 ? 'healthy' : b < 95 ? 'degraded' : 'error';
}

const FIRMWARE: Record<Flavour, string[]> = {
  meter: ['4.2.1', '4.2.3', '4.3.0'],
  reefer: ['2.8.0', '2.9.1'],
  charger: ['1.14.2', '1.15.0', '1.15.1'],
  hvac: ['7.0.4', '7.1.0'],
};

function appProperties(device: MockDevice, rng: Rng): Record<string, { value: unknown; protected?: boolean }> {
  switch (device.flavour) {
    case 'meter':
      return {
        'meter.tariff': { value: { plan: rng.pick(['flat', 'peak-offpeak', 'dynamic']), currency: 'EUR', peakHours: ['07:00-11:00', '17:00-21:00'] } },
        'meter.readingIntervalSecs': { value: rng.pick([60, 300, 900]) },
        'meter.ct.ratio': { value: rng.pick([100, 200, 400]), protected: true },
      };
    case 'reefer':
      return {
        'reefer.setpointCelsius': { value: rng.pick([-18, -20, 2, 4, 5]) },
        'reefer.alarmBand': { value: { lowCelsius: -25, highCelsius: 8, delaySecs: 300 } },
        'reefer.container': { value: `MSKU${rng.int(1_000_000, 9_999_999)}`, protected: true },
      };
    case 'charger':
      return {
        'charger.maxCurrentAmps': { value: rng.pick([16, 32, 63]) },
        'charger.ocpp': { value: { endpoint: 'wss://ocpp.example.net/ws', version: '2.0.1', heartbeatSecs: 300 } },
        'charger.connectors': { value: [{ id: 1, type: 'Type2' }, { id: 2, type: 'CCS2' }], protected: true },
      };
    case 'hvac':
      return {
        'hvac.schedule': { value: { weekdays: { from: '06:30', to: '19:00', celsius: 21 }, weekend: null } },
        'hvac.zone': { value: `B${rng.int(1, 6)}-F${rng.int(0, 12)}-Z${rng.int(1, 9)}` },
        'hvac.bacnet.deviceInstance': { value: rng.int(1000, 400_000), protected: true },
      };
  }
}

export function seedProperties(device: MockDevice): WireDeviceProperty[] {
  const rng = createRng(`props:${device.deviceId}`);
  const firmware = rng.pick(FIRMWARE[device.flavour]);
  const mac = Array.from({ length: 6 }, (_, i) => (i === 0 ? '02' : rng.hex(1))).join(':');
  const health = seededHealth(device.deviceId);
  const props: Record<string, { value: unknown; protected?: boolean }> = {
    'dev.nexigon.system.info': {
      value: {
        name: 'Debian GNU/Linux',
        version: '12 (bookworm)',
        kernel: `6.1.0-${rng.int(18, 28)}-arm64`,
        hostname: device.hostname ?? device.deviceId.toLowerCase(),
        arch: 'aarch64',
        memory: { total: rng.pick([512, 1024, 2048]) * 1024 * 1024 },
        networks: [{ name: 'eth0', macAddress: mac, ipAddresses: [`10.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(2, 254)}`] }],
        disks: [{ name: 'mmcblk0p2', filesystem: 'ext4', mountPoint: '/', totalSpace: 7_600_000_000, availableSpace: rng.int(800_000_000, 5_000_000_000) }],
        agent: { version: '0.9.2', config: { terminal: { enabled: true, users: ['root'] }, commands: { enabled: true } } },
      },
    },
    'dev.nexigon.system.health': { value: { status: health } },
    'dev.nexigon.commands': { value: commandManifest(device.flavour) },
    'dev.nexigon.ota.status': { value: { currentVersion: firmware, state: 'idle', failureCount: 0 } },
    'dev.nexigon.ota.config': { value: { path: `${device.flavour}/stable` }, protected: true },
    'fleet.labels': { value: rng.bool(0.3) ? ['pilot', 'eu-west'] : ['eu-west'] },
    'fleet.site': { value: { site: rng.pick(['Lyon', 'Rotterdam', 'Gdańsk', 'Hamburg', 'Milan']), lat: 45 + rng.next() * 9, lon: 2 + rng.next() * 16 } },
    'fleet.maintenanceMode': { value: rng.bool(0.05) },
    // Device-reported text is untrusted: this one shows it stays text.
    'fleet.notes': { value: rng.bool(0.2) ? '<b>Replaced fuse</b> & resealed <script>alert(1)</script>' : 'Installed by field team 3' },
    ...appProperties(device, rng),
  };
  return Object.entries(props).map(([name, p]) => ({
    name,
    value: p.value,
    protected: p.protected ?? false,
    version: rng.int(1, 40),
    lastUpdated: iso(SEED_NOW - rng.int(1, 60 * 24 * 30) * MINUTE),
  }));
}

// Events: what the device logs, every severity, several categories.

interface EventTemplate {
  severity: EventSeverity;
  category: string;
  body: (rng: Rng) => unknown;
  code: string;
}

const COMMON_EVENTS: EventTemplate[] = [
  { severity: 'Trace', category: 'agent', code: 'T_POLL', body: (r) => ({ message: 'Polled property updates', changed: r.int(0, 2) }) },
  { severity: 'Debug', category: 'network', code: 'D_RSSI', body: (r) => ({ message: 'Link quality sample', rssiDbm: -r.int(55, 95), snrDb: r.int(3, 25) }) },
  { severity: 'Info', category: 'system', code: 'I_BOOT', body: (r) => ({ message: 'System booted', uptimeSecs: 0, bootReason: r.pick(['power-on', 'watchdog', 'ota']) }) },
  { severity: 'Info', category: 'ota', code: 'I_OTA_OK', body: () => ({ message: 'Update check: up to date' }) },
  { severity: 'Warning', category: 'network', code: 'W_RECONN', body: (r) => ({ message: 'Reconnected after link loss', offlineSecs: r.int(5, 900) }) },
  { severity: 'Warning', category: 'system', code: 'W_DISK', body: (r) => ({ message: 'Disk usage high', usedPercent: r.int(85, 97), mount: '/' }) },
  { severity: 'Error', category: 'agent', code: 'E_CMD', body: (r) => ({ message: 'Command failed', command: r.pick(['collect-logs', 'ping']), exitCode: r.int(1, 127) }) },
  { severity: 'Critical', category: 'system', code: 'C_WDT', body: () => ({ message: 'Watchdog reset imminent: main loop stalled', stalledMs: 30_000 }) },
  // A device may log anything, markup included; the console shows it as text.
  { severity: 'Info', category: 'app', code: 'I_LOG', body: () => '<img src=x onerror=alert(1)> user-supplied log line' },
];

const FLAVOUR_EVENTS: Record<Flavour, EventTemplate[]> = {
  meter: [
    { severity: 'Warning', category: 'power', code: 'W_VSAG', body: (r) => ({ message: 'Voltage sag detected', phase: r.pick(['L1', 'L2', 'L3']), volts: 190 + r.int(0, 15) }) },
    { severity: 'Critical', category: 'tamper', code: 'C_TAMPER', body: () => ({ message: 'Terminal cover opened', sensor: 'cover-switch' }) },
    { severity: 'Info', category: 'power', code: 'I_READ', body: (r) => ({ message: 'Register read', kWh: r.int(1000, 90_000) / 10 }) },
  ],
  reefer: [
    { severity: 'Error', category: 'cooling', code: 'E_TEMP', body: (r) => ({ message: 'Return air above band', celsius: r.int(6, 12), setpoint: 4 }) },
    { severity: 'Warning', category: 'door', code: 'W_DOOR', body: (r) => ({ message: 'Door open too long', seconds: r.int(120, 600) }) },
    { severity: 'Info', category: 'cooling', code: 'I_DEFROST', body: () => ({ message: 'Defrost cycle completed' }) },
  ],
  charger: [
    { severity: 'Info', category: 'session', code: 'I_SESSION', body: (r) => ({ message: 'Charging session ended', kWh: r.int(50, 600) / 10, connector: r.int(1, 2) }) },
    { severity: 'Error', category: 'ocpp', code: 'E_OCPP', body: () => ({ message: 'OCPP BootNotification rejected', status: 'Rejected' }) },
    { severity: 'Critical', category: 'safety', code: 'C_RCD', body: () => ({ message: 'Residual current device tripped', connector: 1 }) },
  ],
  hvac: [
    { severity: 'Warning', category: 'air', code: 'W_CO2', body: (r) => ({ message: 'CO₂ above threshold', ppm: r.int(1100, 1900) }) },
    { severity: 'Error', category: 'bacnet', code: 'E_BACNET', body: () => ({ message: 'BACnet device not responding', instance: 12040 }) },
    { severity: 'Info', category: 'air', code: 'I_MODE', body: (r) => ({ message: 'Mode changed', mode: r.pick(['heat', 'cool', 'eco']) }) },
  ],
};

export function seedEvents(device: MockDevice): WireDeviceEvent[] {
  const rng = createRng(`events:${device.deviceId}`);
  const templates = [...COMMON_EVENTS, ...FLAVOUR_EVENTS[device.flavour]];
  const count = rng.int(90, 160);
  const severities: EventSeverity[] = ['Trace', 'Debug', 'Info', 'Warning', 'Error', 'Critical'];
  const events: WireDeviceEvent[] = [];
  let at = SEED_NOW - rng.int(1, 30) * MINUTE;
  for (let i = 0; i < count; i++) {
    // The first six cover every severity; then the natural mix, mostly Info and below.
    const wanted = i < severities.length ? severities[i] : undefined;
    const pool = wanted ? templates.filter((t) => t.severity === wanted) : templates;
    const t = rng.pick(pool.length ? pool : templates);
    const emitted = at;
    events.push({
      eventId: nexigonIds.event(emitted, base58(rng, 8)),
      category: t.category,
      severity: t.severity,
      body: t.body(rng),
      attributes: {
        'event.code': t.code,
        'service.name': t.category === 'agent' ? 'nexigon-agent' : `${device.flavour}-controller`,
        'host.name': device.hostname ?? device.deviceId,
        ...(rng.bool(0.3) ? { 'process.pid': rng.int(200, 4000) } : {}),
      },
      emittedAt: iso(emitted),
      receivedAt: iso(emitted + rng.int(20, 4000)),
    });
    at -= rng.int(2, 180) * MINUTE;
  }
  return events;
}

// Audit log: every actor kind, newest first when queried.

export function seedAuditLog(device: MockDevice, certificates: WireDeviceCertificate[]): WireAuditLogEvent[] {
  const rng = createRng(`audit:${device.deviceId}`);
  const created = Date.parse(device.firstSeen);
  const entries: WireAuditLogEvent[] = [];
  const push = (at: number, actor: WireAuditLogEvent['actor'], event: string, data: unknown, withJob = false) => {
    const suffix = base58(rng, 8);
    entries.push({
      eventId: nexigonIds.auditEvent(at, suffix),
      actor,
      event,
      data,
      createdAt: iso(at),
      action: { actionId: nexigonIds.auditAction(at, base58(rng, 8)) },
      ...(withJob ? { job: { jobId: nexigonIds.job(at, base58(rng, 8)) } } : {}),
    });
  };
  const ids = { projectId: device.projectId, deviceId: device.deviceId };
  const user = rng.pick(AUDIT_USERS);
  const deviceActor = { actor: 'Device' as const, deviceId: device.deviceId, tokenId: rng.pick(DEPLOYMENT_TOKEN_IDS) };
  const withStatus = (status: WireDeviceCertificateStatus) => certificates.find((c) => c.status === status);
  const [revoked, rejected, active, conflict, pending] = (['Revoked', 'Rejected', 'Active', 'Conflict', 'Pending'] as const).map(withStatus);
  push(created - 2 * MINUTE, { actor: 'Anonymous' }, 'DeviceAuthenticationFailed', { reason: 'unknown deployment token', remoteAddress: `198.51.100.${rng.int(2, 254)}` });
  push(created, { actor: 'System' }, 'DeviceCreated', ids);
  if (revoked) push(created + MINUTE, deviceActor, 'DeviceCertificateAdded', { ...ids, certificateId: revoked.certificateId, status: 'Pending' });
  if (revoked) push(created + HOUR, { actor: 'User', userId: user }, 'DeviceCertificateStatusChanged', { ...ids, certificateId: revoked.certificateId, status: 'Active' });
  if (device.name) push(created + 2 * HOUR, { actor: 'User', userId: user }, 'DeviceNameSet', { ...ids, name: device.name });
  if (rejected) push(created + 3 * DAY + 5 * MINUTE, { actor: 'UserToken', userId: rng.pick(AUDIT_USERS), tokenId: rng.pick(USER_TOKEN_IDS) }, 'DeviceCertificateStatusChanged', { ...ids, certificateId: rejected.certificateId, status: 'Rejected' });
  if (active) push(Date.parse(active.firstSeen), deviceActor, 'DeviceCertificateAdded', { ...ids, certificateId: active.certificateId, status: 'Pending' });
  if (active) push(Date.parse(active.firstSeen) + 10 * MINUTE, { actor: 'OrganizationApiToken', organizationId: ORGANIZATION_ID, tokenId: ORG_API_TOKEN_IDS[0] }, 'DeviceCertificateStatusChanged', { ...ids, certificateId: active.certificateId, status: 'Active' }, true);
  if (revoked && active) push(Date.parse(active.firstSeen) + HOUR, { actor: 'User', userId: user }, 'DeviceCertificateStatusChanged', { ...ids, certificateId: revoked.certificateId, status: 'Revoked' });
  for (let i = 0; i < rng.int(4, 9); i++) {
    const at = SEED_NOW - rng.int(1, 25 * 24) * HOUR;
    const node = rng.pick(CLUSTER_NODES);
    push(at, { actor: 'ClusterNode', nodeId: node }, rng.bool() ? 'DeviceConnected' : 'DeviceDisconnected', { ...ids, nodeId: node });
  }
  push(SEED_NOW - rng.int(2, 20) * DAY, deviceActor, 'DevicePropertySet', { ...ids, name: 'dev.nexigon.system.info' });
  push(SEED_NOW - rng.int(2, 20) * DAY, { actor: 'UserToken', userId: rng.pick(AUDIT_USERS), tokenId: rng.pick(USER_TOKEN_IDS) }, 'DevicePropertySet', { ...ids, name: 'fleet.labels' });
  push(SEED_NOW - rng.int(2, 20) * DAY, { actor: 'OrganizationApiToken', organizationId: ORGANIZATION_ID, tokenId: ORG_API_TOKEN_IDS[0] }, 'DeviceTokenIssued', { ...ids, validForSecs: 3600 });
  // The hub's record of a conflict names the other device: the certificates tab shows it from here.
  const shared = conflictOf(device.deviceId);
  if (conflict && shared) {
    push(shared.flaggedAt, { actor: 'System' }, 'DeviceCertificateStatusChanged', { ...ids, certificateId: conflict.certificateId, status: 'Conflict', reason: 'fingerprint presented by another device', conflictingDeviceId: shared.peer.id });
  }
  if (pending) push(Date.parse(pending.firstSeen), deviceActor, 'DeviceCertificateAdded', { ...ids, certificateId: pending.certificateId, status: 'Pending' });
  return entries;
}
