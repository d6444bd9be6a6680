import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateBackend } from '../../../api/scaleway-lb/client';
import type { UpdateBackendRequest } from '../../../api/scaleway-lb/types';
import { invalidateLb } from './lb-queries';

export function useUpdateBackend(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { backendId: string; body: UpdateBackendRequest }) => updateBackend({ region, ...vars }),
    // The form or dialog shows the error where the user can act on it.
    meta: { errorNotification: false },
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
