import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateRoute } from '../../../api/scaleway-lb/client';
import type { UpdateRouteRequest } from '../../../api/scaleway-lb/types';
import { invalidateLb } from './lb-queries';

export function useUpdateRoute(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { routeId: string; body: UpdateRouteRequest }) => updateRoute({ region, ...vars }),
    // The form or dialog shows the error where the user can act on it.
    meta: { errorNotification: false },
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
