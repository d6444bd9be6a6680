import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateAcl } from '../../../api/scaleway-lb/client';
import type { AclInput } from '../../../api/scaleway-lb/types';
import { invalidateLb } from '../../../api/scaleway-lb/queries';

export function useUpdateAcl(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { aclId: string; body: AclInput }) => updateAcl({ region, ...vars }),
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
