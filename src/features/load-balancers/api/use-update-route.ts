import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateRoute } from '../../../api/scaleway-lb/client';
import type { UpdateRouteRequest } from '../../../api/scaleway-lb/types';
import { invalidateLb } from '../../../api/scaleway-lb/queries';

export function useUpdateRoute(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { routeId: string; body: UpdateRouteRequest }) => updateRoute({ region, ...vars }),
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
