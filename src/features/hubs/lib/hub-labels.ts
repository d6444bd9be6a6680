import type { HubProductPlan, HubStatus } from '../../../api/scaleway-iot/types';

export const PLAN_LABELS: Record<HubProductPlan, string> = {
  plan_shared: 'Shared',
  plan_dedicated: 'Dedicated',
  plan_ha: 'High availability',
  plan_unknown: 'Unknown plan',
};

export const PLAN_DESCRIPTIONS: Record<Exclude<HubProductPlan, 'plan_unknown'>, string> = {
  plan_shared: 'Shared infrastructure, for prototypes and small fleets.',
  plan_dedicated: 'Dedicated infrastructure with its own endpoint.',
  plan_ha: 'Dedicated and replicated across availability zones.',
};

export const STATUS_LABELS: Record<HubStatus, string> = {
  ready: 'Ready',
  enabling: 'Enabling',
  disabling: 'Disabling',
  disabled: 'Disabled',
  error: 'Error',
  unknown: 'Unknown',
};

export const STATUS_COLORS: Record<HubStatus, string> = {
  ready: 'teal',
  enabling: 'blue',
  disabling: 'orange',
  disabled: 'gray',
  error: 'red',
  unknown: 'gray',
};

