import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setBackendServers } from '../../../api/scaleway-lb/client';
import { invalidateLb } from '../../../api/scaleway-lb/queries';

/** Replaces the whole pool: servers not listed are removed. */
export function useSetBackendServers(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { backendId: string; serverIps: string[] }) => setBackendServers({ region, backendId: vars.backendId, body: { server_ip: vars.serverIps } }),
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
