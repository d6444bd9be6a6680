import { queryOptions } from '@tanstack/react-query';
import { listHubs, getHubCa } from '../../../api/scaleway-iot/client';
import type { Hub } from '../../../api/scaleway-iot/types';
import { listAllCertificates, listAllLbs } from '../../../api/scaleway-lb/client';
import { runBounded } from '../lib/bounded-scan';
import { hubCaRow, lbCertRow, type CertRow } from '../lib/cert-row';
import { describeError } from './device-scan-store';

/** An owner (load balancer or hub) whose certificates could not be read: listed, without hiding the others. */
export interface OwnerFailure {
  kind: 'lb' | 'hub';
  id: string;
  name: string;
  region: string;
  message: string;
}

export interface CloudCertificates {
  rows: CertRow[];
  failures: OwnerFailure[];
  fetchedAt: number;
}

/** X.509 code is only fetched on pages that show certificates. */
const loadX509 = () => import('../../../lib/x509');

async function listAllHubs(region: string, signal: AbortSignal): Promise<Hub[]> {
  const hubs: Hub[] = [];
  for (let page = 1; ; page++) {
    const r = await listHubs({ region, signal, page, page_size: 100 });
    hubs.push(...r.hubs);
    if (r.hubs.length === 0 || hubs.length >= r.total_count) return hubs;
  }
}

/** Every TLS certificate of every load balancer of the region, a few load balancers at a time. */
export async function fetchLbCertificates(region: string, signal: AbortSignal): Promise<CloudCertificates> {
  const lbs = await listAllLbs({ region, signal });
  const rows: CertRow[] = [];
  const failures: OwnerFailure[] = [];
  const { outcomes } = await runBounded(lbs, (lb, s) => listAllCertificates({ region, lbId: lb.id, signal: s }), { signal });
  for (const o of outcomes) {
    if (!o) continue;
    if (o.ok) rows.push(...o.value.map((c) => lbCertRow(c, o.item, region)));
    else failures.push({ kind: 'lb', id: o.item.id, name: o.item.name, region, message: describeError(o.error) });
  }
  signal.throwIfAborted();
  return { rows, failures, fetchedAt: Date.now() };
}

/** The custom CA of every hub of the region that has one; its validity comes from parsing the PEM. */
export async function fetchHubCas(region: string, signal: AbortSignal): Promise<CloudCertificates> {
  const hubs = (await listAllHubs(region, signal)).filter((h) => h.has_custom_ca);
  const x509 = hubs.length > 0 ? await loadX509() : null;
  const rows: CertRow[] = [];
  const failures: OwnerFailure[] = [];
  const { outcomes } = await runBounded(
    hubs,
    async (hub, s) => {
      const { ca_cert_pem } = await getHubCa({ region, hubId: hub.id, signal: s });
      return x509 ? x509.summarizeCertificatePem(ca_cert_pem, 'CA certificate') : null;
    },
    { signal },
  );
  for (const o of outcomes) {
    if (!o) continue;
    if (o.ok && o.value) rows.push(hubCaRow(o.value, { id: o.item.id, name: o.item.name, region }));
    else if (!o.ok) failures.push({ kind: 'hub', id: o.item.id, name: o.item.name, region, message: describeError(o.error) });
  }
  signal.throwIfAborted();
  return { rows, failures, fetchedAt: Date.now() };
}

/** Under each provider's key, so Settings dropping a provider's cache drops these too. */
export const cloudCertificateQueries = {
  lb: (region: string) =>
    queryOptions({
      queryKey: ['scaleway', 'lb', 'certificates-overview', region] as const,
      queryFn: ({ signal }) => fetchLbCertificates(region, signal),
      staleTime: 5 * 60_000,
    }),
  hubCa: (region: string) =>
    queryOptions({
      queryKey: ['scaleway', 'iot', 'hubs', 'ca-overview', region] as const,
      queryFn: ({ signal }) => fetchHubCas(region, signal),
      staleTime: 5 * 60_000,
    }),
};
