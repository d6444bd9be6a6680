import { useMutation, useQueryClient } from '@tanstack/react-query';
import { removeBackendServers } from '../../../api/scaleway-lb/client';
import { invalidateLb } from '../../../api/scaleway-lb/queries';

export function useRemoveBackendServers(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { backendId: string; serverIps: string[] }) => removeBackendServers({ region, backendId: vars.backendId, body: { server_ip: vars.serverIps } }),
    meta: { notifyError: 'remove the server' },
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
