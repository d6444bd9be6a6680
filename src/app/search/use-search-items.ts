import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { namespaceQueries } from '../../api/akamai/queries';
import { nexigonDeviceQueries } from '../../api/nexigon/queries';
import { SCALEWAY_REGIONS } from '../../api/providers';
import { hubQueries } from '../../api/scaleway-iot/queries';
import { ipQueries, lbQueries } from '../../api/scaleway-lb/queries';
import { useDeviceScan } from '../../lib/use-device-scan';
import { ACTIONS, type SearchItem } from './search-index';

const enc = encodeURIComponent;

/**
 * Every searchable resource, from the same queries the list pages use (so the palette shares
 * their cache): hubs and load balancers of every region, the fleet, namespaces, and the device
 * certificates of the last scan (never started from here). A provider that fails just adds nothing.
 */
export function useSearchItems(): { items: SearchItem[]; loading: boolean } {
  const hubs = useQueries({ queries: SCALEWAY_REGIONS.map((r) => hubQueries.everything(r)) });
  const lbs = useQueries({ queries: SCALEWAY_REGIONS.map((r) => lbQueries.everything(r)) });
  const ips = useQueries({ queries: SCALEWAY_REGIONS.map((r) => ipQueries.everything(r)) });
  const fleet = useQuery(nexigonDeviceQueries.fleet());
  const namespaces = useQuery(namespaceQueries.list({ page: 0, size: 100, hostnames: [] }));
  const { snapshot } = useDeviceScan('', { autoStart: false });

  const hubData = hubs.map((q) => q.data);
  const lbData = lbs.map((q) => q.data);
  const ipData = ips.map((q) => q.data);
  const items = useMemo(() => {
    const out: SearchItem[] = [];
    hubData.forEach((list) => {
      for (const h of list ?? []) out.push({ id: `hub:${h.id}`, group: 'Hubs', label: h.name, description: `Hub in ${h.region} · ${h.status}`, keywords: h.id, path: `/hubs/${enc(h.region)}/${enc(h.id)}` });
    });
    for (const d of fleet.data?.devices ?? []) {
      out.push({ id: `device:${d.deviceId}`, group: 'Devices', label: d.name ?? d.deviceId, description: `${d.projectName}${d.hostname ? ` · ${d.hostname}` : ''}`, keywords: `${d.deviceId} ${d.hostname ?? ''}`.toLowerCase(), path: `/devices/${enc(d.deviceId)}` });
    }
    lbData.forEach((list, i) => {
      const region = SCALEWAY_REGIONS[i] ?? 'fr-par';
      for (const lb of list ?? []) out.push({ id: `lb:${lb.id}`, group: 'Load balancers', label: lb.name, description: `Load balancer in ${region} · ${lb.status}`, keywords: `${lb.id} ${lb.tags.join(' ')}`.toLowerCase(), path: `/load-balancers/${region}/${enc(lb.id)}` });
    });
    ipData.forEach((list, i) => {
      const region = SCALEWAY_REGIONS[i] ?? 'fr-par';
      for (const ip of list ?? []) {
        const path = ip.lb_id ? `/load-balancers/${region}/${enc(ip.lb_id)}` : `/load-balancers/ips?region=${region}`;
        out.push({ id: `ip:${ip.id}`, group: 'Flexible IPs', label: ip.ip_address, description: `Flexible IP in ${region}${ip.lb_id ? ' · attached' : ' · free'}${ip.reverse ? ` · ${ip.reverse}` : ''}`, keywords: `${ip.id} ${ip.reverse}`.toLowerCase(), path });
      }
    });
    for (const ns of namespaces.data ?? []) out.push({ id: `namespace:${ns.namespace}`, group: 'Namespaces', label: ns.namespace, description: 'Akamai IoT Edge Connect namespace', keywords: '', path: `/namespaces/${enc(ns.namespace)}` });
    for (const r of snapshot?.results ?? []) {
      for (const c of r.certificates) {
        out.push({ id: `certificate:${c.certificateId}`, group: 'Certificates', label: c.fingerprint, description: `${c.status} · device ${r.device.name}`, keywords: `${c.certificateId} ${r.device.name}`.toLowerCase(), path: `/devices/${enc(r.device.deviceId)}?tab=certificates` });
      }
    }
    return [...out, ...ACTIONS];
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the answers' identities are the input
  }, [...hubData, ...lbData, ...ipData, fleet.data, namespaces.data, snapshot]);
  const waiting = (q: { isPending: boolean; isError: boolean }) => q.isPending && !q.isError;
  const loading = hubs.some(waiting) || lbs.some(waiting) || ips.some(waiting) || waiting(fleet) || waiting(namespaces);
  return { items, loading };
}
