import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateCertificate } from '../../../api/scaleway-lb/client';
import type { UpdateCertificateRequest } from '../../../api/scaleway-lb/types';
import { invalidateLb } from '../../../api/scaleway-lb/queries';

export function useUpdateCertificate(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { certificateId: string; body: UpdateCertificateRequest }) => updateCertificate({ region, ...vars }),
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
