import { useMutation, useQueryClient } from '@tanstack/react-query';
import { publishDeviceEvents, type NewDeviceEvent } from '../../../api/nexigon/client';
import { nexigonDeviceQueries } from '../../../api/nexigon/queries';

/** Publishes one event as the device's agent would (to test an integration); the events list refetches. */
export function usePublishEvent(deviceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (event: NewDeviceEvent) => (await publishDeviceEvents({ deviceId, events: [event] }))[0] ?? '',
    onSuccess: () => queryClient.invalidateQueries({ queryKey: nexigonDeviceQueries.eventsKey(deviceId) }),
  });
}
