import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteAcl } from '../../../api/scaleway-lb/client';
import { invalidateLb } from '../../../api/scaleway-lb/queries';

export function useDeleteAcl(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: string) => deleteAcl({ region, aclId: vars }),
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
