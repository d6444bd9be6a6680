import { Alert } from '@mantine/core';
import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

const subscribe = (listener: () => void) => onlineManager.subscribe(listener);
const isOnline = () => onlineManager.isOnline();

/**
 * React Query pauses queries while the browser is offline and resumes them
 * when it is back; this banner says so, so stale data is not mistaken for live.
 */
export function OfflineBanner() {
  const online = useSyncExternalStore(subscribe, isOnline, isOnline);
  if (online) return null;
  return (
    <Alert color="gray" variant="filled" mb="md" role="status" aria-label="Offline">
      You are offline. What you see may be out of date; it refreshes as soon as the connection is back.
    </Alert>
  );
}
