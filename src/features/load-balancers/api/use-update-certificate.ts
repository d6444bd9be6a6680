import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateCertificate } from '../../../api/scaleway-lb/client';
import type { UpdateCertificateRequest } from '../../../api/scaleway-lb/types';
import { invalidateLb } from './lb-queries';

export function useUpdateCertificate(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { certificateId: string; body: UpdateCertificateRequest }) => updateCertificate({ region, ...vars }),
    // The form or dialog shows the error where the user can act on it.
    meta: { errorNotification: false },
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
