import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setDeviceProperty } from '../../../api/nexigon/client';
import { invalidateDevice } from '../../../api/nexigon/queries';

export interface PropertyWrite {
  name: string;
  value: unknown;
  protected: boolean;
  /** Compare-and-swap: the version the user edited. Absent only when creating. */
  expectedVersion?: number;
}

/**
 * A compare-and-swap write. `VersionConflict` and `Deleted` are answers, not
 * errors: the caller shows them and lets the user decide.
 */
export function useSetProperty(deviceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (write: PropertyWrite) =>
      setDeviceProperty({
        deviceId,
        name: write.name,
        value: write.value,
        protected: write.protected,
        ...(write.expectedVersion !== undefined ? { expectedVersion: write.expectedVersion } : {}),
      }),
    onSuccess: () => invalidateDevice(queryClient, deviceId),
  });
}
