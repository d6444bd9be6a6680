import { useMutation, useQueryClient } from '@tanstack/react-query';
import { issueHttpProxyToken } from '../../../api/nexigon/client';
import { invalidateDevice } from '../../../api/nexigon/queries';

export function useIssueProxyToken(deviceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { validForSecs: number; hostname?: string; port?: number; redirect?: string }) => issueHttpProxyToken({ deviceId, ...input }),
    onSuccess: () => invalidateDevice(queryClient, deviceId),
  });
}
