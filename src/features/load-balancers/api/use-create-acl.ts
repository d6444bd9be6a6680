import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createAcl } from '../../../api/scaleway-lb/client';
import type { AclInput } from '../../../api/scaleway-lb/types';
import { invalidateLb } from '../../../api/scaleway-lb/queries';

export function useCreateAcl(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { frontendId: string; body: AclInput }) => createAcl({ region, ...vars }),
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
