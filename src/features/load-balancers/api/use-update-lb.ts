import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateLb } from '../../../api/scaleway-lb/client';
import type { UpdateLbRequest } from '../../../api/scaleway-lb/types';
import { lbQueries, subscriberQueries } from './lb-queries';

export function useUpdateLb(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: UpdateLbRequest) => updateLb({ region, lbId, body: vars }),
    // The form or dialog shows the error where the user can act on it.
    meta: { errorNotification: false },
    onSuccess: (lb) => {
      queryClient.setQueryData(lbQueries.detail(region, lbId).queryKey, lb);
      return Promise.all([queryClient.invalidateQueries({ queryKey: lbQueries.lists() }), queryClient.invalidateQueries({ queryKey: subscriberQueries.all() })]);
    },
  });
}
