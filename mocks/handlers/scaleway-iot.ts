import { http, HttpResponse } from 'msw';
import {
  HUB_NAME_MAX,
  HUB_ORDER_BY,
  HUB_PAGE_SIZE_MAX,
  HUB_PRODUCT_PLANS,
  type CreateHubRequest,
  type Hub,
  type HubMetrics,
  type HubOrderBy,
  type ListHubsResponse,
  type SetHubCaRequest,
  type UpdateHubRequest,
} from '../../src/api/scaleway-iot/types';
import { SCALEWAY_REGIONS } from '../../src/api/providers';
import { checkHubCaChallenge } from '../../src/lib/x509/hub-ca-check';
import { scalewayBadJson, scalewayError, scalewayFieldErrors, scalewayNotFound, scalewayPreconditionFailed, scalewayTransientState } from '../lib/envelopes';
import { hashString } from '../lib/random';
import { hasScenario } from '../../src/lib/mock-scenario';
import { mockOrigin, withScenario } from '../lib/scenario';
import { hubsCollection } from '../store/scaleway-iot';
import { MANAGED_CA_PEM } from '../fixtures/certificates.gen';
import { rollingCaPem } from '../lib/rolling-ca';
import { hubEndpoint, type MockHub } from '../seed/scaleway-iot';

const SETTLE_MS = 2500;

/** Applies a finished enabling/disabling transition, so the status moves on with time like the real API. */
function current(id: string): MockHub | undefined {
  const hub = hubsCollection.get(id);
  if (hub?.settle && Date.now() >= hub.settle.at) {
    const settled = hub.settle.status;
    return hubsCollection.update(id, (h) => ({ ...h, status: settled, settle: null, updated_at: new Date(h.settle?.at ?? Date.now()).toISOString() }));
  }
  return hub;
}

/** Enabling or disabling: the API refuses other state changes until the hub settles. */
function isTransient(hub: MockHub): boolean {
  return hub.status === 'enabling' || hub.status === 'disabling';
}

function toWire(hub: MockHub): Hub {
  const { ca_cert_pem: _ca, ca_rolling: _rolling, settle: _settle, ...wire } = hub;
  return wire;
}

function findInRegion(region: string, id: string): MockHub | undefined {
  const hub = current(id);
  return hub && hub.region === region ? hub : undefined;
}

function regionError(region: string): Response | undefined {
  if ((SCALEWAY_REGIONS as readonly string[]).includes(region)) return undefined;
  return scalewayFieldErrors({ region: [`unknown region "${region}", expected one of ${SCALEWAY_REGIONS.join(', ')}`] });
}

type Fields = Record<string, string[]>;
function push(fields: Fields, name: string, message: string): void {
  (fields[name] ??= []).push(message);
}

function validateHubInput(body: Partial<CreateHubRequest & UpdateHubRequest>, creating: boolean, region: string, selfId?: string): Fields {
  const fields: Fields = {};
  if (creating || body.name !== undefined) {
    const name = typeof body.name === 'string' ? body.name : '';
    if (name.trim() === '') push(fields, 'name', 'required key not provided');
    else if (name.length > HUB_NAME_MAX) push(fields, 'name', `length of value must be at most ${HUB_NAME_MAX}`);
    else {
      // Server-only rule the browser cannot know in advance: names are unique per project and region.
      const project = creating ? body.project_id : hubsCollection.get(selfId ?? '')?.project_id;
      const clash = hubsCollection.all().some((h) => h.id !== selfId && h.region === region && h.project_id === project && h.name === name);
      if (clash) push(fields, 'name', `a hub named "${name}" already exists in this project and region`);
    }
  }
  if (creating || body.product_plan !== undefined) {
    if (!(HUB_PRODUCT_PLANS as readonly string[]).includes(String(body.product_plan))) {
      push(fields, 'product_plan', `value must be one of ${HUB_PRODUCT_PLANS.join(', ')}`);
    }
  }
  if (creating && (typeof body.project_id !== 'string' || body.project_id === '')) push(fields, 'project_id', 'required key not provided');
  if (body.events_topic_prefix !== undefined) {
    const prefix = body.events_topic_prefix;
    if (typeof prefix !== 'string' || prefix === '') push(fields, 'events_topic_prefix', 'must not be empty');
    else if (/[+#]/.test(prefix)) push(fields, 'events_topic_prefix', 'must not contain MQTT wildcards (+ or #)');
    else if (prefix.endsWith('/')) push(fields, 'events_topic_prefix', 'must not end with "/"');
  }
  if (body.disable_events !== undefined && typeof body.disable_events !== 'boolean') push(fields, 'disable_events', 'must be a boolean');
  return fields;
}

const ORDER_FIELDS: Record<string, (h: MockHub) => string> = {
  created_at: (h) => h.created_at ?? '',
  updated_at: (h) => h.updated_at ?? '',
  name: (h) => h.name.toLowerCase(),
  status: (h) => h.status,
  product_plan: (h) => h.product_plan,
};

function sortHubs(hubs: MockHub[], orderBy: HubOrderBy): MockHub[] {
  const desc = orderBy.endsWith('_desc');
  const key = ORDER_FIELDS[orderBy.replace(/_(asc|desc)$/, '')] ?? ORDER_FIELDS.created_at!;
  return [...hubs].sort((a, b) => {
    const cmp = key(a).localeCompare(key(b)) || a.id.localeCompare(b.id);
    return desc ? -cmp : cmp;
  });
}

async function readJson<T>(request: Request): Promise<Partial<T> | null> {
  try {
    const body: unknown = await request.json();
    return typeof body === 'object' && body !== null ? (body as Partial<T>) : null;
  } catch {
    return null;
  }
}

/** Deterministic, plausible series: a daily wave around the hub's connected devices, plus noise per time bucket. */
export function hubMetrics(hub: MockHub, start: number, end: number): HubMetrics {
  const span = Math.max(end - start, 60_000);
  const points = 60;
  const step = span / points;
  const series = (name: string, scale: number) => ({
    name,
    metadata: { unit: name.startsWith('bytes') ? 'bytes' : name === 'connected_devices' ? 'devices' : 'messages' },
    points: Array.from({ length: points + 1 }, (_, i): [string, number] => {
      const t = start + i * step;
      const bucket = Math.floor(t / step);
      const noise = (hashString(`${hub.id}:${name}:${bucket}`) % 1000) / 1000;
      const daily = 0.75 + 0.25 * Math.sin((2 * Math.PI * (t % 86_400_000)) / 86_400_000);
      const active = hub.enabled && hub.status === 'ready' ? 1 : 0.02;
      return [new Date(t).toISOString(), Math.round(hub.connected_device_count * scale * daily * active * (0.9 + 0.2 * noise))];
    }),
  });
  return {
    metrics: [series('connected_devices', 1 / 1), series('messages_in', 6), series('messages_out', 2), series('bytes_in', 6 * 220), series('bytes_out', 2 * 180)],
  };
}

export function scalewayIotHandlers() {
  const base = `${mockOrigin()}/iot/v1/regions/:region`;
  return [
    http.get(
      `${base}/hubs`,
      withScenario('scaleway', ({ request, params }) => {
        const region = String(params.region);
        const bad = regionError(region);
        if (bad) return bad;
        const url = new URL(request.url);
        const page = Number(url.searchParams.get('page') ?? '1');
        const pageSize = Number(url.searchParams.get('page_size') ?? '20');
        const orderBy = (url.searchParams.get('order_by') ?? 'created_at_asc') as HubOrderBy;
        const fields: Fields = {};
        if (!Number.isInteger(page) || page < 1) push(fields, 'page', 'must be a positive integer');
        if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > HUB_PAGE_SIZE_MAX) push(fields, 'page_size', `must be between 1 and ${HUB_PAGE_SIZE_MAX}`);
        if (!(HUB_ORDER_BY as readonly string[]).includes(orderBy)) push(fields, 'order_by', `value must be one of ${HUB_ORDER_BY.join(', ')}`);
        if (Object.keys(fields).length) return scalewayFieldErrors(fields);
        const name = url.searchParams.get('name')?.toLowerCase();
        const project = url.searchParams.get('project_id');
        const organization = url.searchParams.get('organization_id');
        const matching = hubsCollection
          .all()
          .map((h) => current(h.id) ?? h)
          .filter((h) => h.region === region && (!name || h.name.toLowerCase().includes(name)) && (!project || h.project_id === project) && (!organization || h.organization_id === organization));
        const sorted = sortHubs(matching, orderBy);
        const body: ListHubsResponse = { hubs: sorted.slice((page - 1) * pageSize, page * pageSize).map(toWire), total_count: sorted.length };
        return HttpResponse.json(body);
      }),
    ),
    http.post(
      `${base}/hubs`,
      withScenario('scaleway', async ({ request, params }) => {
        const region = String(params.region);
        const bad = regionError(region);
        if (bad) return bad;
        const body = await readJson<CreateHubRequest>(request);
        if (!body) return scalewayBadJson();
        const fields = validateHubInput(body, true, region);
        if (Object.keys(fields).length) return scalewayFieldErrors(fields);
        const now = new Date().toISOString();
        const id = crypto.randomUUID();
        const plan = body.product_plan ?? 'plan_shared';
        const hub: MockHub = {
          id,
          name: String(body.name),
          status: 'enabling',
          product_plan: plan,
          enabled: true,
          device_count: 0,
          connected_device_count: 0,
          endpoint: hubEndpoint(region, plan, id),
          disable_events: body.disable_events ?? false,
          events_topic_prefix: body.events_topic_prefix ?? '$SCW/events',
          region,
          created_at: now,
          updated_at: now,
          project_id: String(body.project_id),
          organization_id: String(body.project_id),
          enable_device_auto_provisioning: false,
          has_custom_ca: false,
          twins_graphite_config: null,
          ca_cert_pem: null,
          ca_rolling: null,
          settle: { status: 'ready', at: Date.now() + SETTLE_MS },
        };
        hubsCollection.insert(hub);
        return HttpResponse.json(toWire(hub));
      }),
    ),
    http.get(
      `${base}/hubs/:hubId`,
      withScenario('scaleway', ({ params }) => {
        const hub = findInRegion(String(params.region), String(params.hubId));
        return hub ? HttpResponse.json(toWire(hub)) : scalewayNotFound('hub', String(params.hubId));
      }),
    ),
    http.patch(
      `${base}/hubs/:hubId`,
      withScenario('scaleway', async ({ request, params }) => {
        const region = String(params.region);
        const id = String(params.hubId);
        const hub = findInRegion(region, id);
        if (!hub) return scalewayNotFound('hub', id);
        const body = await readJson<UpdateHubRequest>(request);
        if (!body) return scalewayBadJson();
        const fields = validateHubInput(body, false, region, id);
        if (body.enable_device_auto_provisioning === true && !hub.has_custom_ca) {
          push(fields, 'enable_device_auto_provisioning', 'device auto provisioning requires a custom certificate authority');
        }
        if (Object.keys(fields).length) return scalewayFieldErrors(fields);
        const updated = hubsCollection.update(id, (h) => {
          const plan = body.product_plan ?? h.product_plan;
          return {
            ...h,
            name: body.name ?? h.name,
            product_plan: plan,
            endpoint: hubEndpoint(h.region, plan, h.id),
            disable_events: body.disable_events ?? h.disable_events,
            events_topic_prefix: body.events_topic_prefix ?? h.events_topic_prefix,
            enable_device_auto_provisioning: body.enable_device_auto_provisioning ?? h.enable_device_auto_provisioning,
            updated_at: new Date().toISOString(),
          };
        });
        return updated ? HttpResponse.json(toWire(updated)) : scalewayNotFound('hub', id);
      }),
    ),
    http.delete(
      `${base}/hubs/:hubId`,
      withScenario('scaleway', ({ request, params }) => {
        const id = String(params.hubId);
        const hub = findInRegion(String(params.region), id);
        if (!hub) return scalewayNotFound('hub', id);
        // A hub being enabled or disabled cannot be deleted until it settles.
        if (isTransient(hub)) return scalewayTransientState('hub', id, hub.status);
        const deleteDevices = new URL(request.url).searchParams.get('delete_devices') === 'true';
        if (hub.device_count > 0 && !deleteDevices) {
          return scalewayPreconditionFailed('resource_still_in_use', `hub still has ${hub.device_count} devices; delete them first or set delete_devices=true`);
        }
        hubsCollection.remove(id);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    ...(['enable', 'disable'] as const).map((action) =>
      http.post(
        `${base}/hubs/:hubId/${action}`,
        withScenario('scaleway', ({ params }) => {
          const id = String(params.hubId);
          const hub = findInRegion(String(params.region), id);
          if (!hub) return scalewayNotFound('hub', id);
          // Lets e2e tests (and demos) watch the optimistic status roll back.
          if (hasScenario('hub-action-error')) return scalewayError(500, 'api_error', `could not ${action} the hub: internal error`);
          if (isTransient(hub)) return scalewayTransientState('hub', id, hub.status);
          const enabling = action === 'enable';
          const updated = hubsCollection.update(id, (h) => ({
            ...h,
            enabled: enabling,
            status: enabling ? 'enabling' : 'disabling',
            settle: { status: enabling ? 'ready' : 'disabled', at: Date.now() + SETTLE_MS },
            updated_at: new Date().toISOString(),
          }));
          return updated ? HttpResponse.json(toWire(updated)) : scalewayNotFound('hub', id);
        }),
      ),
    ),
    http.get(
      `${base}/hubs/:hubId/ca`,
      withScenario('scaleway', async ({ params }) => {
        const hub = findInRegion(String(params.region), String(params.hubId));
        if (!hub) return scalewayNotFound('hub', String(params.hubId));
        return HttpResponse.json({ ca_cert_pem: hub.ca_cert_pem ?? (hub.ca_rolling ? await rollingCaPem(hub.ca_rolling) : MANAGED_CA_PEM) });
      }),
    ),
    http.post(
      `${base}/hubs/:hubId/ca`,
      withScenario('scaleway', async ({ request, params }) => {
        const id = String(params.hubId);
        const hub = findInRegion(String(params.region), id);
        if (!hub) return scalewayNotFound('hub', id);
        const body = await readJson<SetHubCaRequest>(request);
        if (!body) return scalewayBadJson();
        const check = await checkHubCaChallenge(String(body.ca_cert_pem ?? ''), String(body.challenge_cert_pem ?? ''), id);
        if (check.problems.length) {
          const fields: Fields = {};
          for (const p of check.problems) push(fields, p.field, p.message);
          return scalewayFieldErrors(fields);
        }
        const updated = hubsCollection.update(id, (h) => ({ ...h, ca_cert_pem: String(body.ca_cert_pem), ca_rolling: null, has_custom_ca: true, updated_at: new Date().toISOString() }));
        return updated ? HttpResponse.json(toWire(updated)) : scalewayNotFound('hub', id);
      }),
    ),
    http.get(
      `${base}/hubs/:hubId/metrics`,
      withScenario('scaleway', ({ request, params }) => {
        const hub = findInRegion(String(params.region), String(params.hubId));
        if (!hub) return scalewayNotFound('hub', String(params.hubId));
        const raw = new URL(request.url).searchParams.get('start_date');
        const start = raw ? Date.parse(raw) : Date.now() - 3_600_000;
        if (Number.isNaN(start)) return scalewayFieldErrors({ start_date: ['must be an RFC 3339 date'] });
        if (start > Date.now()) return scalewayFieldErrors({ start_date: ['must be in the past'] });
        return HttpResponse.json(hubMetrics(hub, start, Date.now()));
      }),
    ),
  ];
}
