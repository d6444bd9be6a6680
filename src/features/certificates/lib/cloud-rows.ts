import type { HubCaOverview } from '../../../api/scaleway-iot/queries';
import type { LbCertificateOverview } from '../../../api/scaleway-lb/queries';
import type { OwnerFailure } from '../../../api/owner-failure';
import { hubCaRow, lbCertRow, type CertRow } from './cert-row';

export interface CloudRows {
  rows: CertRow[];
  failures: OwnerFailure[];
}

/** Every load balancer certificate of the overview as a row of the certificates table. */
export function lbOverviewRows(overview: LbCertificateOverview): CloudRows {
  return {
    rows: overview.entries.flatMap((e) => e.certificates.map((c) => lbCertRow(c, e.lb, overview.region))),
    failures: overview.failures,
  };
}

/** X.509 code is only fetched on pages that show certificates. */
const loadX509 = () => import('../../../lib/x509');

/** Each hub CA parsed from its PEM (the API gives no validity dates); one that does not parse is listed as a failure. */
export async function hubCaOverviewRows(overview: HubCaOverview): Promise<CloudRows> {
  const x509 = overview.cas.length > 0 ? await loadX509() : null;
  const rows: CertRow[] = [];
  const failures: OwnerFailure[] = [...overview.failures];
  for (const { hub, pem } of overview.cas) {
    try {
      if (x509) rows.push(hubCaRow(await x509.summarizeCertificatePem(pem, 'CA certificate'), hub));
    } catch (error) {
      failures.push({ kind: 'hub', ...hub, message: `Its CA could not be parsed: ${error instanceof Error ? error.message : 'unknown error'}` });
    }
  }
  return { rows, failures };
}
