import { Alert } from '@mantine/core';
import { useOnline } from '../../lib/use-online';

/**
 * React Query pauses queries while the browser is offline and resumes them
 * when it is back; this banner says so, so stale data is not mistaken for live.
 */
export function OfflineBanner() {
  const online = useOnline();
  if (online) return null;
  return (
    <Alert color="gray" variant="filled" mb="md" role="status" aria-label="Offline">
      You are offline. What you see may be out of date; it refreshes as soon as the connection is back.
    </Alert>
  );
}
