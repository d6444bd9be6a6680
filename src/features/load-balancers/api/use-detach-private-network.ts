import { useMutation, useQueryClient } from '@tanstack/react-query';
import { detachPrivateNetwork } from '../../../api/scaleway-lb/client';
import { invalidateLb } from '../../../api/scaleway-lb/queries';

export function useDetachPrivateNetwork(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: string) => detachPrivateNetwork({ region, lbId, privateNetworkId: vars }),
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
