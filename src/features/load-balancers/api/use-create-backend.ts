import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createBackend } from '../../../api/scaleway-lb/client';
import type { CreateBackendRequest } from '../../../api/scaleway-lb/types';
import { invalidateLb } from '../../../api/scaleway-lb/queries';

export function useCreateBackend(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: CreateBackendRequest) => createBackend({ region, lbId, body: vars }),
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
