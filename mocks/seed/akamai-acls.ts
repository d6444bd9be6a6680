import type { AkamaiAclRule } from '../../src/api/akamai/types';

/**
 * ACLs of the seeded configurations: small hand-written ones that follow the IoT Edge Connect
 * guidelines (identity rules paired with their `+` rules), and one generated 1,000-rule ACL
 * for the editor's and the preview's scale.
 */
const rule = (topicFilter: string, publishers: string[], subscribers: string[]): AkamaiAclRule => ({ topicFilter, publishers, subscribers });

/** Vehicle telematics, in the order the versions added them. */
export const FLEET_EU_RULES: readonly AkamaiAclRule[] = [
  rule('fleet/%c/telemetry', ['*'], []),
  rule('fleet/+/telemetry', [], ['fleet-analytics', 'fleet-ops']),
  rule('fleet/%c/commands', [], ['*']),
  rule('fleet/+/commands', ['fleet-ops'], []),
  rule('fleet/%c/status', ['*'], []),
  rule('fleet/+/status', [], ['fleet-ops', 'dashboard']),
  rule('drivers/%u/notifications', [], ['*']),
  rule('drivers/+/notifications', ['dispatch'], []),
  rule('fleet/broadcast/#', ['fleet-ops'], ['vehicles']),
  rule('fleet/firmware/+/manifest', ['release-bot'], ['vehicles']),
  rule('fleet/+/diagnostics/#', [], ['support']),
];

/** How many of FLEET_EU_RULES each version of acme-fleet/eu holds (v1..v4); the configuration holds all. */
export const FLEET_EU_VERSION_SIZES = [4, 6, 8, 10] as const;

export const FLEET_NA_RULES: readonly AkamaiAclRule[] = [
  rule('fleet/%c/telemetry', ['*'], []),
  rule('fleet/+/telemetry', [], ['fleet-analytics']),
  rule('fleet/%c/commands', [], ['*']),
  rule('fleet/+/commands', ['fleet-ops'], []),
];

export const FLEET_JP_RULES: readonly AkamaiAclRule[] = [
  rule('fleet/%c/telemetry', ['*'], []),
  rule('fleet/+/telemetry', [], ['fleet-analytics-jp']),
];

export const METERS_EU_RULES: readonly AkamaiAclRule[] = [
  rule('meters/%c/readings', ['*'], []),
  rule('meters/+/readings', [], ['billing', 'grid-analytics']),
  rule('meters/%c/config', [], ['*']),
  rule('meters/+/config', ['meter-ops'], []),
  rule('meters/alerts/#', ['meter-ops'], ['noc']),
];

export const METERS_XW_RULES: readonly AkamaiAclRule[] = [
  rule('meters/%c/readings', ['*'], []),
  rule('meters/+/readings', [], ['billing']),
];

/** The reference's own samples (Configuration members). */
export const COLDCHAIN_NA_RULES: readonly AkamaiAclRule[] = [
  rule('/cars/#', ['publishers'], ['subscribers1', 'subscribers2']),
  rule('/car-dynamic/#', ['car-publishers'], ['car-subscribers']),
  rule('/car/+/one-level', ['car-publishers'], []),
];

export const COLDCHAIN_EU_RULES: readonly AkamaiAclRule[] = [
  rule('reefers/%c/temperature', ['*'], []),
  rule('reefers/+/temperature', [], ['cold-chain-monitor']),
  rule('reefers/%c/setpoint', [], ['*']),
  rule('reefers/+/setpoint', ['cold-chain-ops'], []),
  // Left as found in the field: "*" on a regular filter, which the editor warns about.
  rule('reefers/broadcast', ['*'], []),
];

export const STAGING_EU_RULES: readonly AkamaiAclRule[] = [
  rule('staging/%c/#', ['*'], ['*']),
  rule('staging/+/#', ['qa'], ['qa']),
];

/**
 * 500 sites, each with an identity rule for its devices' telemetry and the `+` rule that lets
 * the site's operators read it: 1,000 rules that follow the guidelines.
 */
export function scaleRules(): AkamaiAclRule[] {
  const rules: AkamaiAclRule[] = [];
  for (let site = 1; site <= 500; site++) {
    const name = `site-${String(site).padStart(3, '0')}`;
    rules.push(rule(`plants/${name}/%c/telemetry`, ['*'], []));
    rules.push(rule(`plants/${name}/+/telemetry`, [], [`ops-region-${(site % 12) + 1}`]));
  }
  return rules;
}
