/**
 * The topic layout of the fleet's MQTT traffic: what the device simulator
 * publishes, and what "Watch live" on a device page subscribes to.
 */
export const deviceTopics = {
  root: (deviceId: string) => `devices/${deviceId}`,
  telemetry: (deviceId: string) => `devices/${deviceId}/telemetry`,
  /** Retained "online" / "offline". */
  status: (deviceId: string) => `devices/${deviceId}/status`,
  events: (deviceId: string) => `devices/${deviceId}/events`,
  /** Occasional binary payloads (firmware chunks, raw sensor frames). */
  blob: (deviceId: string) => `devices/${deviceId}/blob`,
  watchFilter: (deviceId: string) => `devices/${deviceId}/#`,
};
