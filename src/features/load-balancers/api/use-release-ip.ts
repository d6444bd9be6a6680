import { useMutation, useQueryClient } from '@tanstack/react-query';
import { releaseIp } from '../../../api/scaleway-lb/client';
import { ipQueries, lbQueries } from './lb-queries';

/** Releasing gives the address back to Scaleway: it cannot be recovered. */
export function useReleaseIp(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: string) => releaseIp({ region, ipId: vars }),
    // The form or dialog shows the error where the user can act on it.
    meta: { errorNotification: false },
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ipQueries.all() }), queryClient.invalidateQueries({ queryKey: lbQueries.lbs() })]),
  });
}
