import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createRoute } from '../../../api/scaleway-lb/client';
import type { CreateRouteRequest } from '../../../api/scaleway-lb/types';
import { invalidateLb } from '../../../api/scaleway-lb/queries';

export function useCreateRoute(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: CreateRouteRequest) => createRoute({ region, body: vars }),
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
