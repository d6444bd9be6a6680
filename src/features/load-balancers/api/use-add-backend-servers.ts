import { useMutation, useQueryClient } from '@tanstack/react-query';
import { addBackendServers } from '../../../api/scaleway-lb/client';
import { invalidateLb } from '../../../api/scaleway-lb/queries';

export function useAddBackendServers(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { backendId: string; serverIps: string[] }) => addBackendServers({ region, backendId: vars.backendId, body: { server_ip: vars.serverIps } }),
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
