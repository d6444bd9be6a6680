import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createRoute } from '../../../api/scaleway-lb/client';
import type { CreateRouteRequest } from '../../../api/scaleway-lb/types';
import { invalidateLb } from './lb-queries';

export function useCreateRoute(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: CreateRouteRequest) => createRoute({ region, body: vars }),
    // The form or dialog shows the error where the user can act on it.
    meta: { errorNotification: false },
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
