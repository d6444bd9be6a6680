import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createFrontend } from '../../../api/scaleway-lb/client';
import type { CreateFrontendRequest } from '../../../api/scaleway-lb/types';
import { invalidateLb } from '../../../api/scaleway-lb/queries';

export function useCreateFrontend(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: CreateFrontendRequest) => createFrontend({ region, lbId, body: vars }),
    onSuccess: () => invalidateLb(queryClient, region, lbId),
  });
}
