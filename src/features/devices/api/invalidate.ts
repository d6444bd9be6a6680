import type { QueryClient } from '@tanstack/react-query';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';

/**
 * After a change to a device: everything cached about it (details, audit
 * log...) is stale; only what is on screen refetches. The fleet list too when
 * the change shows there (name, pending certificates).
 */
export function invalidateDevice(queryClient: QueryClient, deviceId: string, options: { fleet?: boolean } = {}): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: nexigonDeviceQueries.deviceKey(deviceId) }),
    options.fleet ? queryClient.invalidateQueries({ queryKey: nexigonDeviceQueries.fleet().queryKey }) : null,
  ]);
}
