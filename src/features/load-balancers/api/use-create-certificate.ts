import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createCertificate } from '../../../api/scaleway-lb/client';
import type { CreateCertificateRequest } from '../../../api/scaleway-lb/types';
import { invalidateLb } from './lb-queries';

export function useCreateCertificate(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: CreateCertificateRequest) => createCertificate({ region, lbId, body: vars }),
    // The form or dialog shows the error where the user can act on it.
    meta: { errorNotification: false },
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
