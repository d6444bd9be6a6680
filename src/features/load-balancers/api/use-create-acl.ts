import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createAcl } from '../../../api/scaleway-lb/client';
import type { AclInput } from '../../../api/scaleway-lb/types';
import { invalidateLb } from './lb-queries';

export function useCreateAcl(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { frontendId: string; body: AclInput }) => createAcl({ region, ...vars }),
    // The form or dialog shows the error where the user can act on it.
    meta: { errorNotification: false },
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
