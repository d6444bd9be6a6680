import type { AnyActor } from '../../../api/nexigon/types';

/** An actor in words, with the ids that identify it (shown as code, copyable). */
export interface ActorDescription {
  kind: string;
  label: string;
  /** e.g. [['User', 'u_…'], ['Token', 'u_pk_…']] */
  ids: Array<[string, string]>;
  /** The device behind a Device actor, for a link. */
  deviceId?: string;
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

export function describeActor(actor: AnyActor): ActorDescription {
  const a = actor as Record<string, unknown>;
  switch (actor.actor) {
    case 'User':
      return { kind: 'User', label: 'User (signed in)', ids: [['User', str(a.userId)]] };
    case 'UserToken':
      return { kind: 'UserToken', label: 'User via API token', ids: [['User', str(a.userId)], ['Token', str(a.tokenId)]] };
    case 'OrganizationApiToken':
      return { kind: 'OrganizationApiToken', label: 'Organization API token', ids: [['Organization', str(a.organizationId)], ['Token', str(a.tokenId)]] };
    case 'Device':
      return { kind: 'Device', label: 'Device', ids: [['Device', str(a.deviceId)], ['Deployment token', str(a.tokenId)]], deviceId: str(a.deviceId) };
    case 'ClusterNode':
      return { kind: 'ClusterNode', label: 'Cluster node', ids: [['Node', str(a.nodeId)]] };
    case 'System':
      return { kind: 'System', label: 'System (the hub itself)', ids: [] };
    case 'Anonymous':
      return { kind: 'Anonymous', label: 'Anonymous (not authenticated)', ids: [] };
    default:
      return {
        kind: actor.actor,
        label: `Other actor: ${actor.actor}`,
        ids: Object.entries(a)
          .filter(([k, v]) => k !== 'actor' && typeof v === 'string')
          .map(([k, v]) => [k, String(v)]),
      };
  }
}

/** "DeviceCertificateStatusChanged" → "Device certificate status changed". */
export function humanizeEvent(event: string): string {
  const words = event
    .replace(/[._-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words ? words[0]?.toUpperCase() + words.slice(1) : event;
}
