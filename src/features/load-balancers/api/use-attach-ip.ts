import { useMutation, useQueryClient } from '@tanstack/react-query';
import { attachIp } from '../../../api/scaleway-lb/client';
import { invalidateIps } from '../../../api/scaleway-lb/queries';

/** Attaches a flexible IP to a load balancer of its zone; both the IP list and the load balancers refresh. */
export function useAttachIp(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { ipId: string; lbId: string }) => attachIp({ region, ...vars }),
    onSuccess: () => invalidateIps(queryClient),
  });
}
