import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateLb } from '../../../api/scaleway-lb/client';
import type { UpdateLbRequest } from '../../../api/scaleway-lb/types';
import { invalidateSubscribers, lbQueries } from '../../../api/scaleway-lb/queries';

export function useUpdateLb(region: string, lbId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: UpdateLbRequest) => updateLb({ region, lbId, body: vars }),
    onSuccess: (lb) => {
      queryClient.setQueryData(lbQueries.detail(region, lbId).queryKey, lb);
      return invalidateSubscribers(queryClient);
    },
  });
}
