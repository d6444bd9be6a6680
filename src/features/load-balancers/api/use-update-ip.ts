import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateIp } from '../../../api/scaleway-lb/client';
import type { UpdateIpRequest } from '../../../api/scaleway-lb/types';
import { invalidateIps } from '../../../api/scaleway-lb/queries';

export function useUpdateIp(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { ipId: string; body: UpdateIpRequest }) => updateIp({ region, ...vars }),
    onSuccess: () => invalidateIps(queryClient),
  });
}
