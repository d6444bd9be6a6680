import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createIp } from '../../../api/scaleway-lb/client';
import type { CreateIpRequest } from '../../../api/scaleway-lb/types';
import { invalidateIps } from '../../../api/scaleway-lb/queries';

export function useCreateIp(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: CreateIpRequest) => createIp({ region, body: vars }),
    onSuccess: () => invalidateIps(queryClient),
  });
}
