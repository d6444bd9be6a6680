import { useMutation, useQueryClient } from '@tanstack/react-query';
import { releaseIp } from '../../../api/scaleway-lb/client';
import { invalidateIps } from '../../../api/scaleway-lb/queries';

/** Releasing gives the address back to Scaleway: it cannot be recovered. */
export function useReleaseIp(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: string) => releaseIp({ region, ipId: vars }),
    onSuccess: () => invalidateIps(queryClient),
  });
}
