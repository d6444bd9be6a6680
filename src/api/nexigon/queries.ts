import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  getDeviceDetails,
  getDeviceOperation,
  getDeviceProperty,
  queryDeviceAuditLog,
  queryDeviceCommands,
  queryDeviceConnections,
  queryDeviceEvents,
  queryDeviceOperations,
  queryDeviceProperties,
  queryDevices,
  queryProjectDevices,
  queryProjects,
} from './client';
import { isOperationActive, type GetOperationOutput, type NexigonProject, type OperationSummary, type ProjectDevice } from './types';

/** A device of the fleet view: the project's device item plus which project it is in. */
export interface FleetDevice extends ProjectDevice {
  projectId: string;
  projectName: string;
}

export interface Fleet {
  projects: NexigonProject[];
  devices: FleetDevice[];
  /** When the answer was received: the ticking durations count from here. */
  fetchedAt: number;
}

/** Projects, then each project's devices in parallel, merged into one list. */
export async function fetchFleet(signal?: AbortSignal): Promise<Fleet> {
  const projects = await queryProjects({ signal });
  const perProject = await Promise.all(projects.map((p) => queryProjectDevices({ projectId: p.projectId, signal })));
  const devices: FleetDevice[] = [];
  projects.forEach((project, i) => {
    for (const d of perProject[i] ?? []) devices.push({ ...d, projectId: project.projectId, projectName: project.name });
  });
  return { projects, devices, fetchedAt: Date.now() };
}

/** How often the fleet's online state is refreshed (the durations tick in between). */
export const FLEET_REFRESH_MS = 15_000;

/** How often a device's operations are re-read while any of them may still change. */
export const OPERATION_POLL_MS = 1000;

export function operationsPollMs(operations: readonly OperationSummary[] | undefined): number | false {
  return operations?.some((o) => isOperationActive(o.status)) ? OPERATION_POLL_MS : false;
}

export function operationPollMs(operation: GetOperationOutput | undefined): number | false {
  return operation?.result === 'Found' && isOperationActive(operation.summary.status) ? OPERATION_POLL_MS : false;
}

export interface ConnectionsFilter {
  limit: number;
  activeOnly: boolean;
}

/**
 * One factory for every Nexigon device resource. Keys go from the provider to
 * the device to the resource, so a device's whole cache is `device(id)` and
 * Settings can drop everything under `['nexigon']`. Shared: other areas (the
 * certificates overview) read device details through `detail`.
 */
export const nexigonDeviceQueries = {
  allKey: () => ['nexigon', 'devices'] as const,
  projects: () =>
    queryOptions({
      queryKey: ['nexigon', 'projects'] as const,
      queryFn: ({ signal }) => queryProjects({ signal }),
      staleTime: 5 * 60_000,
    }),
  fleet: () =>
    queryOptions({
      queryKey: [...nexigonDeviceQueries.allKey(), 'fleet'] as const,
      queryFn: ({ signal }) => fetchFleet(signal),
      refetchInterval: FLEET_REFRESH_MS,
      placeholderData: keepPreviousData,
    }),
  /** The instance-wide list (no names): for areas that only need ids and projects. */
  instance: () =>
    queryOptions({
      queryKey: [...nexigonDeviceQueries.allKey(), 'instance'] as const,
      queryFn: ({ signal }) => queryDevices({ signal }),
    }),
  deviceKey: (deviceId: string) => [...nexigonDeviceQueries.allKey(), 'device', deviceId] as const,
  detail: (deviceId: string) =>
    queryOptions({
      queryKey: [...nexigonDeviceQueries.deviceKey(deviceId), 'details'] as const,
      queryFn: ({ signal }) => getDeviceDetails({ deviceId, signal }),
      refetchInterval: FLEET_REFRESH_MS,
    }),
  connections: (deviceId: string, filter: ConnectionsFilter) =>
    queryOptions({
      queryKey: [...nexigonDeviceQueries.deviceKey(deviceId), 'connections', filter] as const,
      queryFn: ({ signal }) => queryDeviceConnections({ deviceId, limit: filter.limit, activeOnly: filter.activeOnly, signal }),
      placeholderData: keepPreviousData,
      refetchInterval: 30_000,
    }),
  /** Every fetched window of the device's events. */
  eventsKey: (deviceId: string) => [...nexigonDeviceQueries.deviceKey(deviceId), 'events'] as const,
  events: (deviceId: string, limit: number) =>
    queryOptions({
      queryKey: [...nexigonDeviceQueries.eventsKey(deviceId), limit] as const,
      queryFn: ({ signal }) => queryDeviceEvents({ deviceId, limit, signal }),
      placeholderData: keepPreviousData,
    }),
  properties: (deviceId: string) =>
    queryOptions({
      queryKey: [...nexigonDeviceQueries.deviceKey(deviceId), 'properties'] as const,
      queryFn: ({ signal }) => queryDeviceProperties({ deviceId, signal }),
    }),
  property: (deviceId: string, name: string) =>
    queryOptions({
      queryKey: [...nexigonDeviceQueries.deviceKey(deviceId), 'properties', name] as const,
      queryFn: ({ signal }) => getDeviceProperty({ deviceId, name, signal }),
      staleTime: 0,
    }),
  auditLog: (deviceId: string) =>
    queryOptions({
      queryKey: [...nexigonDeviceQueries.deviceKey(deviceId), 'audit-log'] as const,
      queryFn: ({ signal }) => queryDeviceAuditLog({ deviceId, signal }),
    }),
  commands: (deviceId: string) =>
    queryOptions({
      queryKey: [...nexigonDeviceQueries.deviceKey(deviceId), 'commands'] as const,
      queryFn: ({ signal }) => queryDeviceCommands({ deviceId, signal }),
    }),
  operationsKey: (deviceId: string) => [...nexigonDeviceQueries.deviceKey(deviceId), 'operations'] as const,
  operations: (deviceId: string) =>
    queryOptions({
      queryKey: [...nexigonDeviceQueries.operationsKey(deviceId), 'list'] as const,
      queryFn: ({ signal }) => queryDeviceOperations({ deviceId, signal }),
      // Follow running operations; stop once all have settled.
      refetchInterval: (query) => operationsPollMs(query.state.data),
      placeholderData: keepPreviousData,
    }),
  operation: (deviceId: string, deviceOperationId: string) =>
    queryOptions({
      queryKey: [...nexigonDeviceQueries.operationsKey(deviceId), deviceOperationId] as const,
      queryFn: ({ signal }) => getDeviceOperation({ deviceOperationId, signal }),
      // Follow a running operation until it settles.
      refetchInterval: (query) => operationPollMs(query.state.data),
    }),
};

/**
 * After a change to a device: everything cached about it (details, audit
 * log...) is stale; only what is on screen refetches. The fleet list too when
 * the change shows there (name, pending certificates).
 */
export function invalidateDevice(queryClient: QueryClient, deviceId: string, options: { fleet?: boolean } = {}): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: nexigonDeviceQueries.deviceKey(deviceId) }),
    options.fleet ? queryClient.invalidateQueries({ queryKey: nexigonDeviceQueries.fleet().queryKey }) : null,
  ]);
}
