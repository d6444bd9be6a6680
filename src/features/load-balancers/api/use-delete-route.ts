import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteRoute } from '../../../api/scaleway-lb/client';
import { invalidateLb } from '../../../api/scaleway-lb/queries';

export function useDeleteRoute(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: string) => deleteRoute({ region, routeId: vars }),
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
