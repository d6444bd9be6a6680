import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteFrontend } from '../../../api/scaleway-lb/client';
import { invalidateLb } from '../../../api/scaleway-lb/queries';

/** The API also deletes the frontend's ACLs and routes. */
export function useDeleteFrontend(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: string) => deleteFrontend({ region, frontendId: vars }),
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
