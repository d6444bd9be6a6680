import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteFrontend } from '../../../api/scaleway-lb/client';
import { invalidateLb } from './lb-queries';

/** The API also deletes the frontend's ACLs and routes. */
export function useDeleteFrontend(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: string) => deleteFrontend({ region, frontendId: vars }),
    // The form or dialog shows the error where the user can act on it.
    meta: { errorNotification: false },
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
