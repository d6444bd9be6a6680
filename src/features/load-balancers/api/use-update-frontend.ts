import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateFrontend } from '../../../api/scaleway-lb/client';
import type { UpdateFrontendRequest } from '../../../api/scaleway-lb/types';
import { invalidateLb } from '../../../api/scaleway-lb/queries';

export function useUpdateFrontend(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { frontendId: string; body: UpdateFrontendRequest }) => updateFrontend({ region, ...vars }),
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
