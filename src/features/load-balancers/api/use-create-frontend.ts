import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createFrontend } from '../../../api/scaleway-lb/client';
import type { CreateFrontendRequest } from '../../../api/scaleway-lb/types';
import { invalidateLb } from './lb-queries';

export function useCreateFrontend(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: CreateFrontendRequest) => createFrontend({ region, lbId, body: vars }),
    // The form or dialog shows the error where the user can act on it.
    meta: { errorNotification: false },
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
