import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateIp } from '../../../api/scaleway-lb/client';
import type { UpdateIpRequest } from '../../../api/scaleway-lb/types';
import { ipQueries, lbQueries } from './lb-queries';

export function useUpdateIp(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { ipId: string; body: UpdateIpRequest }) => updateIp({ region, ...vars }),
    // The form or dialog shows the error where the user can act on it.
    meta: { errorNotification: false },
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ipQueries.all() }), queryClient.invalidateQueries({ queryKey: lbQueries.lbs() })]),
  });
}
