import { useMutation, useQueryClient } from '@tanstack/react-query';
import { attachPrivateNetwork } from '../../../api/scaleway-lb/client';
import { invalidateLb } from '../../../api/scaleway-lb/queries';

export function useAttachPrivateNetwork(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { privateNetworkId: string; ipamIds: string[] }) => attachPrivateNetwork({ region, lbId, privateNetworkId: vars.privateNetworkId, body: vars.ipamIds.length ? { ipam_ids: vars.ipamIds } : {} }),
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
