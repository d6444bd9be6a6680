import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createLb } from '../../../api/scaleway-lb/client';
import type { CreateLbRequest } from '../../../api/scaleway-lb/types';
import { ipQueries, lbQueries } from './lb-queries';

export function useCreateLb(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateLbRequest) => createLb({ region, body }),
    // The form shows field errors where they belong.
    meta: { errorNotification: false },
    onSuccess: (lb) => {
      queryClient.setQueryData(lbQueries.detail(region, lb.id).queryKey, lb);
      return Promise.all([queryClient.invalidateQueries({ queryKey: lbQueries.lists() }), queryClient.invalidateQueries({ queryKey: ipQueries.all() })]);
    },
  });
}
