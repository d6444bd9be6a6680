import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateBackend } from '../../../api/scaleway-lb/client';
import type { UpdateBackendRequest } from '../../../api/scaleway-lb/types';
import { invalidateLb } from '../../../api/scaleway-lb/queries';

export function useUpdateBackend(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { backendId: string; body: UpdateBackendRequest }) => updateBackend({ region, ...vars }),
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
