import { noContent, request } from '../http';
import { scalewayTransport } from '../scaleway/transport';
import {
  HUB_PAGE_SIZE_MAX,
  hubCaSchema,
  hubMetricsSchema,
  hubSchema,
  listHubsResponseSchema,
  type CreateHubRequest,
  type Hub,
  type HubCa,
  type HubMetrics,
  type ListHubsParams,
  type ListHubsResponse,
  type SetHubCaRequest,
  type UpdateHubRequest,
} from './types';

const hubsPath = (region: string) => `/iot/v1/regions/${encodeURIComponent(region)}/hubs`;
const hubPath = (region: string, hubId: string) => `${hubsPath(region)}/${encodeURIComponent(hubId)}`;

export interface RegionScoped {
  region: string;
  signal?: AbortSignal;
}

export function listHubs(params: ListHubsParams & RegionScoped): Promise<ListHubsResponse> {
  const { region, signal, ...query } = params;
  return request(scalewayTransport, { method: 'GET', path: hubsPath(region), query: { ...query }, signal, schema: listHubsResponseSchema });
}

export function getHub({ region, hubId, signal }: RegionScoped & { hubId: string }): Promise<Hub> {
  return request(scalewayTransport, { method: 'GET', path: hubPath(region, hubId), signal, schema: hubSchema });
}

export function createHub({ region, body }: { region: string; body: CreateHubRequest }): Promise<Hub> {
  return request(scalewayTransport, { method: 'POST', path: hubsPath(region), body, schema: hubSchema });
}

export function updateHub({ region, hubId, body }: { region: string; hubId: string; body: UpdateHubRequest }): Promise<Hub> {
  return request(scalewayTransport, { method: 'PATCH', path: hubPath(region, hubId), body, schema: hubSchema });
}

export function deleteHub({ region, hubId, deleteDevices }: { region: string; hubId: string; deleteDevices: boolean }): Promise<void> {
  return request(scalewayTransport, {
    method: 'DELETE',
    path: hubPath(region, hubId),
    query: { delete_devices: deleteDevices },
    schema: noContent,
  });
}

export function setHubEnabled({ region, hubId, enabled }: { region: string; hubId: string; enabled: boolean }): Promise<Hub> {
  return request(scalewayTransport, {
    method: 'POST',
    path: `${hubPath(region, hubId)}/${enabled ? 'enable' : 'disable'}`,
    body: {},
    schema: hubSchema,
  });
}

export function getHubCa({ region, hubId, signal }: RegionScoped & { hubId: string }): Promise<HubCa> {
  return request(scalewayTransport, { method: 'GET', path: `${hubPath(region, hubId)}/ca`, signal, schema: hubCaSchema });
}

export function setHubCa({ region, hubId, body }: { region: string; hubId: string; body: SetHubCaRequest }): Promise<Hub> {
  return request(scalewayTransport, { method: 'POST', path: `${hubPath(region, hubId)}/ca`, body, schema: hubSchema });
}

export function getHubMetrics({ region, hubId, startDate, signal }: RegionScoped & { hubId: string; startDate: string }): Promise<HubMetrics> {
  return request(scalewayTransport, {
    method: 'GET',
    path: `${hubPath(region, hubId)}/metrics`,
    query: { start_date: startDate },
    signal,
    schema: hubMetricsSchema,
  });
}

/** Every hub of a region, page by page (the API caps a page at 100): for pickers and fleet-wide views. */
export async function listAllHubs({ region, signal }: RegionScoped): Promise<Hub[]> {
  const hubs: Hub[] = [];
  for (let page = 1; ; page++) {
    const r = await listHubs({ region, signal, page, page_size: HUB_PAGE_SIZE_MAX, order_by: 'name_asc' });
    hubs.push(...r.hubs);
    if (r.hubs.length === 0 || hubs.length >= r.total_count) return hubs;
  }
}
