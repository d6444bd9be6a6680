import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createIp } from '../../../api/scaleway-lb/client';
import type { CreateIpRequest } from '../../../api/scaleway-lb/types';
import { ipQueries, lbQueries } from './lb-queries';

export function useCreateIp(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: CreateIpRequest) => createIp({ region, body: vars }),
    // The form or dialog shows the error where the user can act on it.
    meta: { errorNotification: false },
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ipQueries.all() }), queryClient.invalidateQueries({ queryKey: lbQueries.lbs() })]),
  });
}
