import type { DeviceStatus } from '../../../api/nexigon/types';
import type { ScalewayRegion } from '../../../api/providers';
import type { HubStatusGroup } from '../../../api/scaleway-iot/types';
import type { LbStatus } from '../../../api/scaleway-lb/types';

/**
 * Where each number of the overview leads: the list page that shows those items, filtered with
 * that page's own URL parameters (`/hubs?status=`, `/devices?state=`, `/certificates?kind=`…).
 */
function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, String(v));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

export const overviewLinks = {
  hubs: (region: ScalewayRegion, status?: HubStatusGroup) => withQuery('/hubs', { region, status }),
  devices: (filter: { state?: 'online' | 'offline'; health?: DeviceStatus }) => withQuery('/devices', filter),
  deviceCertificates: (status: 'pending' | 'conflict') => withQuery('/certificates', { kind: 'device', status }),
  /** Load balancer certificates and hub CAs of a region, expired or expiring within `days`. */
  cloudCertificates: (region: ScalewayRegion, filter: { expired: true } | { expiresWithinDays: number }) =>
    withQuery('/certificates', { region, ...('expired' in filter ? { status: 'expired' } : { expires: filter.expiresWithinDays }) }),
  loadBalancers: (region: ScalewayRegion, status?: LbStatus) => withQuery('/load-balancers', { region, status }),
  loadBalancerBackends: (region: string, lbId: string) => withQuery(`/load-balancers/${encodeURIComponent(region)}/${encodeURIComponent(lbId)}`, { tab: 'backends' }),
  configuration: (namespace: string, jurisdiction: string) => `/namespaces/${encodeURIComponent(namespace)}/configurations/${encodeURIComponent(jurisdiction)}`,
  /** The live page connects to the local broker and watches `#` when asked with `?connect=local`. */
  liveLocal: () => withQuery('/live', { connect: 'local' }),
};
