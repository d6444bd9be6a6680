import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createLb } from '../../../api/scaleway-lb/client';
import type { CreateLbRequest } from '../../../api/scaleway-lb/types';
import { invalidateIps, lbQueries } from '../../../api/scaleway-lb/queries';

export function useCreateLb(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateLbRequest) => createLb({ region, body }),
    onSuccess: (lb) => {
      queryClient.setQueryData(lbQueries.detail(region, lb.id).queryKey, lb);
      return invalidateIps(queryClient);
    },
  });
}
