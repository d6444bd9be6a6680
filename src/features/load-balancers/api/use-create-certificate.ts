import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createCertificate } from '../../../api/scaleway-lb/client';
import type { CreateCertificateRequest } from '../../../api/scaleway-lb/types';
import { invalidateLb } from '../../../api/scaleway-lb/queries';

export function useCreateCertificate(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: CreateCertificateRequest) => createCertificate({ region, lbId, body: vars }),
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
