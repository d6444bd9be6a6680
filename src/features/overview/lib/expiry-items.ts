import type { ScalewayRegion } from '../../../api/providers';
import type { HubCaOverview } from '../../../api/scaleway-iot/queries';
import type { LbCertificateOverview } from '../../../api/scaleway-lb/queries';

/** A certificate with a known end of validity: a load balancer's TLS certificate or a hub's CA. */
export interface ExpiryItem {
  kind: 'lb' | 'hub-ca';
  name: string;
  owner: string;
  region: ScalewayRegion;
  notAfter: number;
}

export function lbExpiryItems(overview: LbCertificateOverview, region: ScalewayRegion): ExpiryItem[] {
  return overview.entries.flatMap((e) =>
    e.certificates.flatMap((c) => {
      const t = c.not_valid_after ? Date.parse(c.not_valid_after) : NaN;
      return Number.isFinite(t) ? [{ kind: 'lb' as const, name: c.name, owner: e.lb.name, region, notAfter: t }] : [];
    }),
  );
}

/** X.509 parsing is only fetched when a hub has a custom CA. */
const loadX509 = () => import('../../../lib/x509');

/** The hub CAs' ends of validity (the API gives the PEM only); a CA that does not parse is left out. */
export async function hubCaExpiryItems(overviews: readonly { region: ScalewayRegion; overview: HubCaOverview }[]): Promise<ExpiryItem[]> {
  const cas = overviews.flatMap(({ region, overview }) => overview.cas.map((ca) => ({ region, ca })));
  if (cas.length === 0) return [];
  const x509 = await loadX509();
  const items: ExpiryItem[] = [];
  for (const { region, ca } of cas) {
    try {
      const summary = await x509.summarizeCertificatePem(ca.pem, 'CA certificate');
      items.push({ kind: 'hub-ca', name: summary.commonName ?? 'CA certificate', owner: ca.hub.name, region, notAfter: summary.notAfter.getTime() });
    } catch {
      // The certificates page lists it as a failure; the overview counts what it can read.
    }
  }
  return items;
}
