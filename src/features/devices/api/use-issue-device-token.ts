import { useMutation, useQueryClient } from '@tanstack/react-query';
import { issueDeviceToken } from '../../../api/nexigon/client';
import { invalidateDevice } from '../../../api/nexigon/queries';

/** The token lives only in this mutation's state: never in the query cache, the URL or storage. */
export function useIssueDeviceToken(deviceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { validForSecs: number; claims?: unknown }) => issueDeviceToken({ deviceId, ...input }),
    onSuccess: () => invalidateDevice(queryClient, deviceId),
  });
}
