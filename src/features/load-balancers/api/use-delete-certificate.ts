import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteCertificate } from '../../../api/scaleway-lb/client';
import { invalidateLb } from '../../../api/scaleway-lb/queries';

export function useDeleteCertificate(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: string) => deleteCertificate({ region, certificateId: vars }),
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
