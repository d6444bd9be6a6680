import { useQuery } from '@tanstack/react-query';
import { hubQueries } from '../../../api/scaleway-iot/queries';
import { lbQueries } from '../../../api/scaleway-lb/queries';
import { useAsyncValue } from '../../../lib/use-async-value';
import { hubCaOverviewRows, lbOverviewRows } from '../lib/cloud-rows';

/**
 * The load balancer certificates and hub CAs of a region, as table rows. The data comes from the
 * provider factories' overview members, which every load balancer and hub mutation invalidates,
 * so a certificate added or a CA set elsewhere shows here at once.
 */
export function useCloudCertificates(region: string) {
  const lb = useQuery({ ...lbQueries.certificatesOverview(region), select: lbOverviewRows });
  const hubCa = useQuery(hubQueries.caOverview(region));
  const hubRows = useAsyncValue(hubCa.data ?? null, hubCaOverviewRows);
  return {
    lb,
    hubCa,
    hubCaRows: hubRows.status === 'done' ? hubRows.value : undefined,
    /** Still reading or parsing: the counts are partial. */
    pending: lb.isPending || hubCa.isPending || (hubCa.data !== undefined && hubRows.status === 'pending'),
  };
}
