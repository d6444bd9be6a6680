import { useMutation, useQueryClient } from '@tanstack/react-query';
import { detachIp } from '../../../api/scaleway-lb/client';
import { invalidateIps } from '../../../api/scaleway-lb/queries';

/** Detaches a flexible IP from its load balancer: it stays reserved, and can then be released. */
export function useDetachIp(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ipId: string) => detachIp({ region, ipId }),
    onSuccess: () => invalidateIps(queryClient),
  });
}
