import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteAcl } from '../../../api/scaleway-lb/client';
import { invalidateLb } from './lb-queries';

export function useDeleteAcl(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: string) => deleteAcl({ region, aclId: vars }),
    // The form or dialog shows the error where the user can act on it.
    meta: { errorNotification: false },
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
