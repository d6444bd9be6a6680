import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateHealthCheck } from '../../../api/scaleway-lb/client';
import type { HealthCheckInput } from '../../../api/scaleway-lb/types';
import { invalidateLb } from '../../../api/scaleway-lb/queries';

export function useUpdateHealthCheck(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { backendId: string; body: HealthCheckInput }) => updateHealthCheck({ region, ...vars }),
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
