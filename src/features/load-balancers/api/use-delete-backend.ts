import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteBackend } from '../../../api/scaleway-lb/client';
import { invalidateLb } from '../../../api/scaleway-lb/queries';

export function useDeleteBackend(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: string) => deleteBackend({ region, backendId: vars }),
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
