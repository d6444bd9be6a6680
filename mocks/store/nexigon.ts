import type { WireAuditLogEvent, WireDeviceCertificate, WireDeviceEvent, WireDeviceProperty } from '../../src/api/nexigon/wire';
import { fleetDevices } from '../seed/fleet';
import { seedAuditLog, seedCertificates, seedDevices, seedEvents, seedProjects, seedProperties, type MockDevice, type MockProject } from '../seed/nexigon';
import { deviceKey, nexigonIds, randomBase58 } from '../seed/nexigon-ids';
import { createCollection, type Collection } from './collection';

/**
 * The Nexigon Hub mock's state. Devices are one collection; each device's
 * certificates, properties and audit log are collections of their own
 * (`nexigon.certs.<deviceId>`...), created on first access, so start-up
 * stays fast and only what the user changed is persisted.
 */
export const projectsCollection = createCollection<MockProject>({ name: 'nexigon.projects', seed: seedProjects, id: (p) => p.projectId });
export const devicesCollection = createCollection<MockDevice>({ name: 'nexigon.devices', seed: seedDevices, id: (d) => d.deviceId });

/** The device's index in its project's fleet (0 for devices created at run time). */
let fleetIndex: Map<string, number> | undefined;
function indexOf(deviceId: string): number {
  fleetIndex ??= new Map(fleetDevices().map((d) => [d.deviceId, d.index]));
  return fleetIndex.get(deviceId) ?? 0;
}

/** Devices created through the API start with no sub-resources. */
function isFleetDevice(deviceId: string): boolean {
  return indexOf(deviceId) > 0;
}

function perDevice<T>(kind: string, seed: (device: MockDevice) => T[], id: (item: T) => string) {
  const cache = new Map<string, Collection<T>>();
  return (device: MockDevice): Collection<T> => {
    let collection = cache.get(device.deviceId);
    if (!collection) {
      collection = createCollection<T>({ name: `nexigon.${kind}.${device.deviceId}`, seed: () => (isFleetDevice(device.deviceId) ? seed(device) : []), id });
      cache.set(device.deviceId, collection);
    }
    return collection;
  };
}

export const certificatesOf = perDevice<WireDeviceCertificate>('certs', seedCertificates, (c) => c.certificateId);
export const propertiesOf = perDevice<WireDeviceProperty>('props', seedProperties, (p) => p.name);
export const auditLogOf = perDevice<WireAuditLogEvent>('audit', (d) => seedAuditLog(d, seedCertificates(d)), (e) => e.eventId);

/** Seeded events are generated once per device and never persisted. */
const eventsCache = new Map<string, WireDeviceEvent[]>();
function seededEventsOf(device: MockDevice): WireDeviceEvent[] {
  let events = eventsCache.get(device.deviceId);
  if (!events) {
    events = isFleetDevice(device.deviceId) ? seedEvents(device) : [];
    eventsCache.set(device.deviceId, events);
  }
  return events;
}

/** Events published through `devices_PublishEvents` (persisted like any change). */
export const publishedEventsOf = perDevice<WireDeviceEvent>('events', () => [], (e) => e.eventId);

const newestFirst = (a: WireDeviceEvent, b: WireDeviceEvent) => Date.parse(b.emittedAt) - Date.parse(a.emittedAt);

/** The device's events, newest first: the seeded history and whatever was published. */
export function eventsOf(device: MockDevice): WireDeviceEvent[] {
  const published = publishedEventsOf(device).all();
  const seeded = seededEventsOf(device);
  return published.length === 0 ? seeded : [...published, ...seeded].sort(newestFirst);
}

let byKey: Map<string, string> | undefined;
/** The device behind a certificate or operation id (see nexigonIds). */
export function deviceByKey(key: string): MockDevice | undefined {
  if (!byKey || byKey.size !== devicesCollection.size()) byKey = new Map(devicesCollection.all().map((d) => [deviceKey(d.deviceId), d.deviceId]));
  const id = byKey.get(key);
  return id ? devicesCollection.get(id) : undefined;
}

/** Records what the console did, as the real hub does. */
export function recordAudit(device: MockDevice, actor: WireAuditLogEvent['actor'], event: string, data: Record<string, unknown>): void {
  const now = Date.now();
  auditLogOf(device).insert({
    eventId: nexigonIds.auditEvent(now, randomBase58(8)),
    actor,
    event,
    data: { projectId: device.projectId, deviceId: device.deviceId, ...data },
    createdAt: new Date(now).toISOString(),
    action: { actionId: nexigonIds.auditAction(now, randomBase58(8)) },
  });
}
