import * as z from 'zod/mini';

/**
 * Wire format of the Scaleway IoT Hub API v1 (snake_case, RFC 3339 dates), as
 * in @scaleway/sdk-iot's marshalling.gen.js. Enums fall back to 'unknown' so a
 * value added by Scaleway later does not break the pages.
 */
export const HUB_STATUSES = ['unknown', 'error', 'enabling', 'ready', 'disabling', 'disabled'] as const;
export type HubStatus = (typeof HUB_STATUSES)[number];

/** A hub enabling or disabling settles within seconds: views follow it closely. */
export function isHubTransient(status: HubStatus | undefined): boolean {
  return status === 'enabling' || status === 'disabling';
}

/**
 * How the console groups hub statuses, for a list filter (`/hubs?status=changing`) and the
 * overview's counts: enabling and disabling are one "changing" group.
 */
export const HUB_STATUS_GROUPS = ['ready', 'error', 'changing', 'disabled', 'unknown'] as const;
export type HubStatusGroup = (typeof HUB_STATUS_GROUPS)[number];

export function hubStatusGroup(status: HubStatus): HubStatusGroup {
  return status === 'enabling' || status === 'disabling' ? 'changing' : status;
}

/** plan_unknown is only ever reported, never accepted on create or update. */
export const HUB_PRODUCT_PLANS = ['plan_shared', 'plan_dedicated', 'plan_ha'] as const;
export type HubProductPlan = (typeof HUB_PRODUCT_PLANS)[number] | 'plan_unknown';

export const HUB_ORDER_BY = [
  'created_at_asc',
  'created_at_desc',
  'name_asc',
  'name_desc',
  'status_asc',
  'status_desc',
  'product_plan_asc',
  'product_plan_desc',
  'updated_at_asc',
  'updated_at_desc',
] as const;
export type HubOrderBy = (typeof HUB_ORDER_BY)[number];

export const hubSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.catch(z.enum(HUB_STATUSES), 'unknown'),
  product_plan: z.catch(z.enum([...HUB_PRODUCT_PLANS, 'plan_unknown']), 'plan_unknown'),
  enabled: z.boolean(),
  device_count: z.number(),
  connected_device_count: z.number(),
  endpoint: z.string(),
  disable_events: z.boolean(),
  events_topic_prefix: z.string(),
  region: z.string(),
  created_at: z.nullable(z.string()),
  updated_at: z.nullable(z.string()),
  project_id: z.string(),
  organization_id: z.string(),
  enable_device_auto_provisioning: z.boolean(),
  has_custom_ca: z.boolean(),
  twins_graphite_config: z.nullish(z.object({ push_uri: z.string() })),
});
export type Hub = z.infer<typeof hubSchema>;

export const listHubsResponseSchema = z.object({
  hubs: z.array(hubSchema),
  total_count: z.number(),
});
export type ListHubsResponse = z.infer<typeof listHubsResponseSchema>;

export interface ListHubsParams {
  page?: number;
  page_size?: number;
  order_by?: HubOrderBy;
  project_id?: string;
  organization_id?: string;
  name?: string;
}

export interface CreateHubRequest {
  name: string;
  project_id: string;
  product_plan: HubProductPlan;
  disable_events?: boolean;
  events_topic_prefix?: string;
}

export interface UpdateHubRequest {
  name?: string;
  product_plan?: HubProductPlan;
  disable_events?: boolean;
  events_topic_prefix?: string;
  enable_device_auto_provisioning?: boolean;
}

export interface SetHubCaRequest {
  ca_cert_pem: string;
  challenge_cert_pem: string;
}

export const hubCaSchema = z.object({ ca_cert_pem: z.string() });
export type HubCa = z.infer<typeof hubCaSchema>;

/** A point is `[RFC 3339 timestamp, value]`, as unmarshalTimeSeriesPoint reads it. */
export const timeSeriesSchema = z.object({
  name: z.string(),
  points: z.array(z.tuple([z.string(), z.number()])),
  metadata: z.nullish(z.record(z.string(), z.string())),
});
export type TimeSeries = z.infer<typeof timeSeriesSchema>;

export const hubMetricsSchema = z.object({ metrics: z.array(timeSeriesSchema) });
export type HubMetrics = z.infer<typeof hubMetricsSchema>;

/** The API's own limits, mirrored client-side so the form says it first. */
export const HUB_NAME_MAX = 255;
export const HUB_PAGE_SIZE_MAX = 100;
export const DEFAULT_EVENTS_TOPIC_PREFIX = '$SCW/events';
